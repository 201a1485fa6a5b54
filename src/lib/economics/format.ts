/** Display helpers for the economics figures: percentages kept in tenths, signed yen. */
import { formatNumber } from "../format";

/** 98 -> "9.8%", 90 -> "9.0%" (tenths of a percent, as the coupon core returns the break-even rate). */
export function formatTenthsPercent(tenths: number): string {
  const sign = tenths < 0 ? "−" : "";
  const abs = Math.abs(tenths);
  return `${sign}${formatNumber(Math.floor(abs / 10))}.${abs % 10}%`;
}
