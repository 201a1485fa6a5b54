/** Month grids for the calendar view: weeks of seven cells, Sunday first, null outside the month. */
import { addDays, daysBetween, weekday } from "./dates";

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
  const first = `${month}-01`;
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  const length = daysBetween(first, next);
  const cells: (string | null)[] = Array.from({ length: weekday(first) }, () => null);
  for (let i = 0; i < length; i++) cells.push(addDays(first, i));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
