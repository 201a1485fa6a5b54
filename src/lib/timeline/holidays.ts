/**
 * Japanese national holidays from @holiday-jp/holiday_jp (the Cabinet Office's list), as a compact 2000–2050 table.
 * The table is data, registered with `setHolidayData`: the server and tests import holiday-data.ts (which registers
 * it); the timeline island gets it as a prop from the page, like the facts, so it is not part of the island's code.
 */
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from "./holiday-table";

/** The table as generated: holiday names and one run per year (see scripts/gen-holidays.mjs). */
export interface HolidayData {
  names: readonly string[];
  runs: string;
}

/** First and last year the holiday list covers. */
export const HOLIDAY_YEARS = { first: HOLIDAY_FIRST_YEAR, last: HOLIDAY_LAST_YEAR } as const;

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

let data: HolidayData | undefined;
/** "YYYY-MM-DD" -> name, decoded from the registered runs on first use. */
let table: Map<string, string> | undefined;

/** Registers the holiday table (idempotent for the same object). */
export function setHolidayData(d: HolidayData): void {
  if (d === data) return;
  data = d;
  table = undefined;
}

function decode(d: HolidayData): Map<string, string> {
  const map = new Map<string, string>();
  d.runs.split(" ").forEach((run, i) => {
    for (const [, mmdd = "", code = ""] of run.matchAll(/(\d{4})([a-z])/gi)) {
      const lower = code.toLowerCase();
      const name = d.names[lower.charCodeAt(0) - 97] ?? "";
      map.set(
        `${HOLIDAY_FIRST_YEAR + i}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`,
        code === lower ? name : `${name} 振替休日`,
      );
    }
  });
  return map;
}

/** Japanese name of the national holiday on `iso` ("元日", "こどもの日 振替休日"), or undefined. Throws before registration. */
export function nationalHoliday(iso: string): string | undefined {
  if (!data) throw new Error("holiday data not registered: import holiday-data.ts or call setHolidayData()");
  table ??= decode(data);
  return table.get(iso);
}
