/** Writes large round amounts the way Japanese guides do: 500000 円 -> "50万円", 3800000 人 -> "380万人". */

const MAN = 10_000;

/** `n` in units of 万 with its unit ("50万円"); amounts under 1万 or not a whole number of 万 keep plain digits. */
export function formatMan(n: number, unit: string): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (Math.abs(n) >= MAN && n % MAN === 0) return `${(n / MAN).toLocaleString("ja-JP")}万${unit}`;
  return `${n.toLocaleString("ja-JP")}${unit}`;
}
