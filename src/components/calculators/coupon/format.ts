/** How the coupon tool writes its figures: signed yen, the break-even rate with one decimal, or none. */
import { formatNumber, formatSigned, formatYen } from "../../../lib/format";

/** 56000 -> "+56,000円", -1200 -> "−1,200円", 0 -> "±0円". */
export const signedYen = (n: number) => `${formatSigned(n)}円`;

/** tenths of a percent (98) -> the data-value "9.8"; null -> "none". */
export const breakevenValue = (tenths: number | null) =>
  tenths === null ? "none" : `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}`;

/** tenths (98) -> "9.8%"; null -> a sentence saying there is none. */
export const breakevenText = (tenths: number | null) =>
  tenths === null ? "なし(値引きが1回の粗利以上)" : `${breakevenValue(tenths)}%`;

/** A percentage as typed: 8 -> "8%", 12.5 -> "12.5%". */
export const pct = (n: number) => `${formatNumber(n)}%`;

export { formatYen };
