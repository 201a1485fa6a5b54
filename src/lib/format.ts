/** Japanese display formatting shared by guides and calculators. */

const integer = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 2 });

/** 1234567 -> "1,234,567". */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? integer.format(n) : decimal.format(n);
}

/** A number with its unit, the way Japanese UI text writes it: "1,000ポイント", "4%", "2週間". */
export function formatWithUnit(n: number, unit: string): string {
  return `${formatNumber(n)}${unit}`;
}

/** "2026-01-05" -> "2026年1月5日" (calendar date, no time zone involved). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 1234 -> "1,234円". */
export function formatYen(n: number): string {
  return `${formatNumber(n)}円`;
}

/** 1234 -> "1,234ポイント". */
export function formatPoints(n: number): string {
  return `${formatNumber(n)}ポイント`;
}

/** A signed difference: 1234 -> "+1,234", -5 -> "−5", 0 -> "±0". */
export function formatSigned(n: number): string {
  if (n === 0) return "±0";
  return n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`;
}

/** "2015-11-01" -> "2015年11月" (the month of a calendar date). */
export function formatIsoMonth(iso: string): string {
  const [y, m] = iso.split("-").map(Number);
  return `${y}年${m}月`;
}
