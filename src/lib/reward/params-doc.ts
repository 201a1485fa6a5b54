/** Descriptions of the reward tool's URL parameters for the developer notes (server side only). */
import { formatNumber } from "../format";
import { MAX_COMPARED_LINES, MAX_EXTRA_LINES } from "./params";
import type { RewardRules } from "./rules";

/** How `rate` is written: a plain rate or a genre key (shared with the rank comparison). */
export function rateDoc(rules: RewardRules, tableHint: string): string {
  const keys = rules.genres
    .slice(0, 3)
    .map((g) => g.key)
    .join("、");
  return `${rules.rates.join(" / ")}(%)、またはジャンルのキー(${keys} など。${tableHint})`;
}

/** Descriptions by parameter name. */
export function rewardParamDocs(rules: RewardRules): Record<string, string> {
  return {
    rate: rateDoc(rules, "下のジャンル表を参照"),
    rank: rules.ranks.join(" / "),
    tax: "incl(入力した価格のまま)/ excl(税抜に換算)",
    round: "unit(1個ごと)/ line(行ごと)",
    cart: `「料率またはジャンル.価格.数量」を _ でつないだもの(例: food.5000.2_pc.30000.1、最大${formatNumber(MAX_EXTRA_LINES)}行)`,
    sameBuyer: "off(当てはめない)/ on(カート全体を同じ人が同じ月に買ったとして上限を当てはめる)",
    cmp: "off / rank(同じカートを rank2 のランクと比べる)/ cart(cart2 のカートと比べる)",
    rank2: rules.ranks.join(" / "),
    cart2: `比べるカートの全商品を cart と同じ書き方で(最大${formatNumber(MAX_COMPARED_LINES)}行)。空なら1つ目のカートの写し`,
  };
}
