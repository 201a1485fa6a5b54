/** Japanese national holidays from @holiday-jp/holiday_jp (the official Cabinet Office list), as a compact 2000–2050 table. */
import { HOLIDAY_TABLE } from "./holiday-table";

const table = new Map(
  HOLIDAY_TABLE.split("|").map((entry) => {
    const [date = "", name = ""] = entry.split("=");
    return [date, name];
  }),
);
const years = [...table.keys()].map((d) => Number(d.slice(0, 4)));

/** First and last year the holiday list covers. */
export const HOLIDAY_YEARS = { first: Math.min(...years), last: Math.max(...years) } as const;

/** Japanese name of the national holiday on `iso` ("元日", "こどもの日 振替休日"), or undefined. */
export function nationalHoliday(iso: string): string | undefined {
  return table.get(iso);
}
