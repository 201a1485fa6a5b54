/** Japanese national holidays from @holiday-jp/holiday_jp (the official Cabinet Office list), as a compact 2000–2050 table. */
import { HOLIDAY_FIRST_YEAR, HOLIDAY_NAMES, HOLIDAY_RUNS } from "./holiday-table";

const runs = HOLIDAY_RUNS.split(" ");

/** First and last year the holiday list covers. */
export const HOLIDAY_YEARS = {
  first: HOLIDAY_FIRST_YEAR,
  last: HOLIDAY_FIRST_YEAR + runs.length - 1,
} as const;

/** "YYYY-MM-DD" -> name, decoded from the runs on first use. */
let table: Map<string, string> | undefined;

function decode(): Map<string, string> {
  const map = new Map<string, string>();
  runs.forEach((run, i) => {
    for (const [, mmdd = "", code = ""] of run.matchAll(/(\d{4})([a-z])/gi)) {
      const lower = code.toLowerCase();
      const name = HOLIDAY_NAMES[lower.charCodeAt(0) - 97] ?? "";
      map.set(
        `${HOLIDAY_FIRST_YEAR + i}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`,
        code === lower ? name : `${name} 振替休日`,
      );
    }
  });
  return map;
}

/** Japanese name of the national holiday on `iso` ("元日", "こどもの日 振替休日"), or undefined. */
export function nationalHoliday(iso: string): string | undefined {
  table ??= decode();
  return table.get(iso);
}
