/** Calendar-date arithmetic on ISO strings (YYYY-MM-DD) through UTC day numbers, so the browser's time zone never matters. */

const DAY_MS = 86_400_000;
/** Japan has no daylight saving time: Asia/Tokyo is always UTC+9. */
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** Day number (days since 1970-01-01) of a valid ISO date, or null for anything else ("2026-02-30", "abc"). */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** True when the string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  return dayNumber(iso) !== null;
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of an ISO date the caller has already validated; throws on an invalid one. */
function mustDay(iso: string): number {
  const day = dayNumber(iso);
  if (day === null) throw new RangeError(`not an ISO date: ${iso}`);
  return day;
}

/** The date `n` calendar days after (or before, when negative) `iso`. */
export function addDays(iso: string, n: number): string {
  return isoOfDay(mustDay(iso) + n);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return mustDay(b) - mustDay(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(mustDay(iso) * DAY_MS).getUTCDay();
}

/** Today's date in Asia/Tokyo for the given instant. */
export function tokyoToday(now: Date): string {
  return isoOfDay(Math.floor((now.getTime() + TOKYO_OFFSET_MS) / DAY_MS));
}
