/** The 再購入クーポンの損益分岐's URL parameters and result names — the only place they are written. */
import { choiceParam, defineParams, intParam, percentParam } from "../url-state";

/** Largest customer count and yen amounts accepted: keeps every profit below 2^53 (exact as a number). */
export const MAX_CUSTOMERS = 10_000_000;
export const MAX_YEN = 100_000_000;

/** The second discount level compared side by side (`cmp=on`). */
export const couponParams = defineParams({
  n: intParam({
    name: "n",
    label: "クーポンを渡すお客様の数",
    default: 2000,
    min: 1,
    max: MAX_CUSTOMERS,
    unit: "人",
  }),
  base: percentParam({ name: "base", label: "クーポンなしの再購入率", default: 8, min: 0, max: 100 }),
  lift: percentParam({ name: "lift", label: "クーポンありの再購入率", default: 12, min: 0, max: 100 }),
  aov: intParam({ name: "aov", label: "平均注文額", default: 4000, min: 1, max: MAX_YEN, unit: "円" }),
  margin: percentParam({ name: "margin", label: "粗利率", default: 40, min: 0, max: 100 }),
  discount: intParam({
    name: "discount",
    label: "1回あたりの値引き額",
    default: 300,
    min: 0,
    max: MAX_YEN,
    unit: "円",
  }),
  cmp: choiceParam({
    name: "cmp",
    label: "2つ目の値引き額と比べる",
    values: ["off", "on"],
    default: "off",
  }),
  discount2: intParam({
    name: "discount2",
    label: "比べる値引き額",
    default: 500,
    min: 0,
    max: MAX_YEN,
    unit: "円",
  }),
  lift2: percentParam({ name: "lift2", label: "比べる値引き額での再購入率", default: 14, min: 0, max: 100 }),
});

/** Result names (`<output name>`), part of the documented link contract. */
export const couponOutputs = {
  profitBase: { name: "profit-base", label: "クーポンなしの粗利(円)" },
  profitCoupon: { name: "profit-coupon", label: "クーポンありの粗利(円、値引き後)" },
  gain: { name: "gain", label: "クーポンで増える粗利(円、マイナスは減る)" },
  breakeven: { name: "breakeven", label: "元が取れる再購入率(%、小数第1位。値引きが1回の粗利以上なら none)" },
} as const;

/** Result names of the compared level: `profit-coupon-2`, `gain-2`, `breakeven-2`. */
export const comparedOutputs = {
  profitCoupon: { name: "profit-coupon-2", label: "比べる値引き額での粗利(円)" },
  gain: { name: "gain-2", label: "比べる値引き額で増える粗利(円)" },
  breakeven: { name: "breakeven-2", label: "比べる値引き額で元が取れる再購入率(%)" },
} as const;
