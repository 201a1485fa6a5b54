/** Shop business days: not a national holiday, not a closed weekday, not inside a closed date range. */
import { addDays, dayNumber, weekday } from "./dates";
import { nationalHoliday } from "./holidays";

/** Weekday codes used in the `closed` parameter, index = getUTCDay(). */
export const WEEKDAY_CODES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** A closed period, both ends included. */
export interface ClosedRange {
  start: string;
  end: string;
}

/** What makes a day a non-business day for one shop. */
export interface ShopCalendar {
  closedWeekdays: readonly WeekdayCode[];
  closedRanges: readonly ClosedRange[];
}

/** The longest stretch of closed days searched before giving up (a shop closed for over a year). */
export const MAX_CLOSED_STRETCH = 400;

/** Why `iso` is not a business day (Japanese, for display), or null when it is one. */
export function closedReason(iso: string, cal: ShopCalendar): string | null {
  const holiday = nationalHoliday(iso);
  if (holiday) return `祝日(${holiday})`;
  if (cal.closedWeekdays.includes(WEEKDAY_CODES[weekday(iso)] as WeekdayCode)) return "定休日";
  const day = dayNumber(iso);
  for (const r of cal.closedRanges) {
    const s = dayNumber(r.start);
    const e = dayNumber(r.end);
    if (day !== null && s !== null && e !== null && day >= s && day <= e) return "休業期間";
  }
  return null;
}

/** True when the shop works (ships) on `iso`. */
export function isBusinessDay(iso: string, cal: ShopCalendar): boolean {
  return closedReason(iso, cal) === null;
}

/**
 * The n-th business day after `iso` (n = 1: the first business day after it; n = 0: `iso` itself when it is a
 * business day, otherwise the next one). Null when no business day comes within MAX_CLOSED_STRETCH days.
 */
export function nthBusinessDayAfter(iso: string, n: number, cal: ShopCalendar): string | null {
  let date = iso;
  let remaining = n;
  if (n === 0) {
    if (isBusinessDay(date, cal)) return date;
    remaining = 1;
  }
  let gap = 0;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isBusinessDay(date, cal)) {
      remaining -= 1;
      gap = 0;
    } else if (++gap > MAX_CLOSED_STRETCH) {
      return null;
    }
  }
  return date;
}

/**
 * `iso` when it is a business day, else the previous ("prev") or next ("next") business day. A previous business day
 * before `notBefore` is not used: the next one is taken instead. `iso` itself when none is found within
 * MAX_CLOSED_STRETCH days.
 */
export function businessDayOnOrNear(
  iso: string,
  direction: "prev" | "next",
  cal: ShopCalendar,
  notBefore: string,
): string {
  if (isBusinessDay(iso, cal)) return iso;
  if (direction === "prev") {
    let date = iso;
    for (let i = 0; i < MAX_CLOSED_STRETCH; i++) {
      date = addDays(date, -1);
      if (date < notBefore) break;
      if (isBusinessDay(date, cal)) return date;
    }
  }
  return nthBusinessDayAfter(iso, 0, cal) ?? iso;
}
