/** Japanese national holidays from @holiday-jp/holiday_jp (the official Cabinet Office list), as a compact 2000–2050 table. */
import { HOLIDAY_FIRST_YEAR, HOLIDAY_NAMES, HOLIDAY_RUNS } from "./holiday-table";

const runs = HOLIDAY_RUNS.split(" ");

/** First and last year the holiday list covers. */
export const HOLIDAY_YEARS = {
  first: HOLIDAY_FIRST_YEAR,
  last: HOLIDAY_FIRST_YEAR + runs.length - 1,
} as const;

/**
 * Where the holiday dates come from: the @holiday-jp/holiday_jp package, which follows the Cabinet Office's list of
 * national holidays; the link is the Cabinet Office page that explains each holiday's rule.
 */
export const HOLIDAY_SOURCE = {
  data: "@holiday-jp/holiday_jp",
  title: "各「国民の祝日」について",
  publisher: "内閣府",
  url: "https://www8.cao.go.jp/chosei/shukujitsu/gaiyou/kaku.html",
} as const;

/** True when the holiday list covers the year of `iso`. */
export const holidaysCover = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last;
};

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
