/** Japanese national holidays from @holiday-jp/holiday_jp (the official Cabinet Office list, 1970–2050). */
import holidays from "@holiday-jp/holiday_jp/lib/holidays.js";

const table = holidays as Record<string, { name: string } | undefined>;
const years = Object.keys(table).map((d) => Number(d.slice(0, 4)));

/** First and last year the holiday list covers. */
export const HOLIDAY_YEARS = { first: Math.min(...years), last: Math.max(...years) } as const;

/** Japanese name of the national holiday on `iso` ("元日", "こどもの日 振替休日"), or undefined. */
export function nationalHoliday(iso: string): string | undefined {
  return table[iso]?.name;
}
