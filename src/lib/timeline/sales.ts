/** Sale periods the user enters, and warnings when the coupon ends just before a sale or overlaps one. */
import { daysBetween } from "./dates";

/** A sale period typed by the user (the site never publishes predicted sale dates). */
export interface SalePeriod {
  name: string;
  start: string;
  end: string;
}

/** A coupon/sale conflict worth a warning. */
export interface SaleWarning {
  sale: SalePeriod;
  /** `overlap`: the coupon is valid during the sale; `before`: it expires `gapDays` before the sale starts. */
  kind: "overlap" | "before";
  gapDays: number;
}

/**
 * Warnings for a coupon valid from `couponStart` to `couponEnd` (both included): an overlap with a sale, or an
 * expiry 1..`withinDays` days before a sale starts (the customer would likely have bought during the sale).
 */
export function saleWarnings(
  couponStart: string,
  couponEnd: string,
  sales: readonly SalePeriod[],
  withinDays: number,
): SaleWarning[] {
  const out: SaleWarning[] = [];
  for (const sale of sales) {
    if (couponStart <= sale.end && sale.start <= couponEnd) {
      out.push({ sale, kind: "overlap", gapDays: 0 });
      continue;
    }
    const gap = daysBetween(couponEnd, sale.start);
    if (gap >= 1 && gap <= withinDays) out.push({ sale, kind: "before", gapDays: gap });
  }
  return out;
}

/** Japanese sentence for a warning. */
export function saleWarningText(w: SaleWarning): string {
  return w.kind === "overlap"
    ? `クーポンの有効期間が「${w.sale.name}」の期間と重なります。セールの値引きと重ねて使われる前提で、割引率や条件を見直してください。`
    : `クーポンが「${w.sale.name}」開始の${w.gapDays}日前に切れます。セールまで有効にするか、開始日をずらすことを検討してください。`;
}
