/** The ランク別比較's URL parameters and result names — the only place they are written. */
import type { Rank } from "../facts";
import { rateParam } from "../reward/params";
import type { RewardRules } from "../reward/rules";
import { choiceParam, defineParams, intParam } from "../url-state";

/** Largest monthly sales accepted (100億円): keeps the arithmetic exact and the chart readable. */
export const MAX_SALES = 10_000_000_000;
export const MAX_AVG = 100_000_000;

/** The parameter set for the given rules. */
export function rankParamsFor(rules: RewardRules) {
  return defineParams({
    sales: intParam({
      name: "sales",
      label: "紹介経由の月間売上",
      default: 300_000,
      min: 0,
      max: MAX_SALES,
      unit: "円",
    }),
    avg: intParam({ name: "avg", label: "平均商品単価", default: 3000, min: 1, max: MAX_AVG, unit: "円" }),
    rate: rateParam(rules, "rate"),
    rank: choiceParam({
      name: "rank",
      label: "現在のランク",
      values: rules.ranks as [Rank, ...Rank[]],
      default: "C",
    }),
  });
}

/** Result name (`<output name>`) of a rank's monthly total: `total-S` … `total-E`. */
export function rankOutputName(rank: Rank): string {
  return `total-${rank}`;
}

/** Result names for the documentation table. */
export function rankOutputs(rules: RewardRules) {
  return rules.ranks.map((r) => ({ name: rankOutputName(r), label: `${r}ランクの場合の月間報酬(ポイント)` }));
}
