/** The 報酬シミュレーター's URL parameters and result names — the only place they are written. */
import { choiceParam, defineParams, intParam, listParam, type ListItemCodec } from "../url-state";
import { rateChoices, resolveRate } from "./rate";
import type { LineInput } from "./reward";
import type { RewardRules } from "./rules";

/** Highest unit price accepted (1億円) and quantity per line; keeps every product exact in integers. */
export const MAX_PRICE = 100_000_000;
export const MAX_QTY = 9_999;
/** Lines in `cart` (besides the first line given by price/qty/rate). */
export const MAX_EXTRA_LINES = 99;
/** Lines of the compared cart `cart2` (all its lines). */
export const MAX_COMPARED_LINES = MAX_EXTRA_LINES + 1;

/** One extra cart line in the URL: "<rate or genre key>.<price>.<qty>", e.g. "food.5000.2". */
export function lineCodec(rules: RewardRules): ListItemCodec<LineInput> {
  return {
    decode: (text) => {
      const m = /^([a-z0-9-]{1,20})\.(\d{1,9})\.(\d{1,4})$/u.exec(text);
      if (!m) return undefined;
      const [, rate = "", p = "", q = ""] = m;
      const price = Number(p);
      const qty = Number(q);
      if (!resolveRate(rules, rate) || price > MAX_PRICE || qty < 1 || qty > MAX_QTY) return undefined;
      return { rate, price, qty };
    },
    encode: (l) => `${l.rate}.${l.price}.${l.qty}`,
  };
}

/** The `rate` parameter, shared by the reward and rank calculators (each names it in its own params module). */
export function rateParam(rules: RewardRules, name: string) {
  return choiceParam({
    name,
    label: "料率またはジャンル",
    values: rateChoices(rules) as [string, ...string[]],
    default: String(rules.rates[0] ?? 4),
  });
}

/** The parameter set for the given rules (tool page, island and tests all call this). */
export function rewardParamsFor(rules: RewardRules) {
  return defineParams({
    price: intParam({
      name: "price",
      label: "商品価格(1個)",
      default: 5000,
      min: 0,
      max: MAX_PRICE,
      unit: "円",
    }),
    qty: intParam({ name: "qty", label: "数量", default: 1, min: 1, max: MAX_QTY, unit: "個" }),
    rate: rateParam(rules, "rate"),
    rank: choiceParam({
      name: "rank",
      label: "ROOMランク",
      values: rules.ranks as [RewardRules["ranks"][number], ...RewardRules["ranks"]],
      default: "C",
    }),
    tax: choiceParam({
      name: "tax",
      label: "価格の扱い",
      values: ["incl", "excl"],
      default: "incl",
    }),
    rounding: choiceParam({
      name: "round",
      label: "端数の切り捨て",
      values: ["unit", "line"],
      default: "unit",
    }),
    cart: listParam({
      name: "cart",
      label: "2行目以降の商品",
      item: lineCodec(rules),
      maxItems: MAX_EXTRA_LINES,
    }),
    sameBuyer: choiceParam({
      name: "sameBuyer",
      label: "同一購入者の月間上限",
      values: ["off", "on"],
      default: "off",
    }),
    cmp: choiceParam({
      name: "cmp",
      label: "比較",
      values: ["off", "rank", "cart"],
      default: "off",
    }),
    rank2: choiceParam({
      name: "rank2",
      label: "比べるランク",
      values: rules.ranks as [RewardRules["ranks"][number], ...RewardRules["ranks"]],
      default: rules.ranks[0] ?? "S",
    }),
    cart2: listParam({
      name: "cart2",
      label: "比べるカート",
      item: lineCodec(rules),
      maxItems: MAX_COMPARED_LINES,
    }),
  });
}

/** Result names (`<output name>`), part of the documented link contract. */
export const rewardOutputs = {
  normal: { name: "normal", label: "通常報酬の合計(ポイント)" },
  bonus: { name: "bonus", label: "ランクボーナスの合計(ポイント)" },
  total: {
    name: "total",
    label: "通常報酬とランクボーナスの合計(ポイント。月間上限を当てはめたときはその後の値)",
  },
  capCut: { name: "cap-cut", label: "同一購入者の月間上限で減った分(ポイント。上限を当てはめたときだけ)" },
} as const;

/** Result names of the compared cart or rank (`cmp=rank` or `cmp=cart`). */
export const comparedRewardOutputs = {
  normal: { name: "normal-2", label: "比べる条件の通常報酬(ポイント)" },
  bonus: { name: "bonus-2", label: "比べる条件のランクボーナス(ポイント)" },
  total: { name: "total-2", label: "比べる条件の合計(ポイント)" },
  diff: { name: "total-diff", label: "比べる条件の合計 − 1つ目の合計(ポイント)" },
} as const;
