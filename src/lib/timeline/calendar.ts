/**
 * Month grids for the calendar view: weeks of seven cells, Sunday first, null outside the month. Self-contained (its
 * own UTC date math): the calendar view loads on demand, and importing the timeline's modules would split them.
 */

/** A month as "YYYY-MM". */
export type MonthKey = string;

/** Every month from the month of `first` to the month of `last`, in order. */
export function monthsBetween(first: string, last: string): MonthKey[] {
  const out: MonthKey[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= end) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** Weeks of the month, each seven ISO dates or null (days of the neighbouring months). */
export function monthGrid(month: MonthKey): (string | null)[][] {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from(
    { length: new Date(Date.UTC(y, m - 1, 1)).getUTCDay() },
    () => null,
  );
  for (let d = 1; d <= length; d++) cells.push(`${month}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
