/** Parsing and writing the list-valued settings: closed weekdays, closed date ranges, sale periods. */
import { daysBetween, isIsoDate } from "./dates";
import { WEEKDAY_CODES, type ClosedRange, type WeekdayCode } from "./business";
import type { SalePeriod } from "./sales";

/** Longest sale name kept. */
export const SALE_NAME_MAX = 30;
/** Most closure ranges or sale periods one timeline takes. */
export const MAX_PERIODS = 20;
/** Longest single closure range in days (a shop closed for longer cannot plan shipping with this tool). */
export const MAX_CLOSURE_DAYS = 31;

/** "sat,sun" -> ["sat","sun"] (order of the week, duplicates dropped); null when any item is unknown. */
export function parseWeekdays(text: string): WeekdayCode[] | null {
  const items = text
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (!items.every((s) => (WEEKDAY_CODES as readonly string[]).includes(s))) return null;
  return WEEKDAY_CODES.filter((c) => items.includes(c));
}

/** Parses "2026-12-29..2027-01-04" or a single "2026-08-13"; null when malformed or reversed. */
export function parseRange(text: string): ClosedRange | null {
  const [start = "", end = start, extra] = text.trim().split("..");
  if (extra !== undefined || !isIsoDate(start) || !isIsoDate(end) || end < start) return null;
  return { start, end };
}

/** True when a closure range is at most MAX_CLOSURE_DAYS long. */
export const closureFits = (r: ClosedRange) => daysBetween(r.start, r.end) < MAX_CLOSURE_DAYS;

/** Comma-separated closure ranges; null when any item is malformed or too long, or there are too many. */
export function parseRanges(text: string): ClosedRange[] | null {
  const items = text.split(",").filter((s) => s.trim() !== "");
  if (items.length > MAX_PERIODS) return null;
  const ranges = items.map(parseRange);
  return ranges.every((r) => r !== null && closureFits(r)) ? (ranges as ClosedRange[]) : null;
}

/** Writes ranges back: "2026-12-29..2027-01-04,2026-08-13". */
export function formatRanges(ranges: readonly ClosedRange[]): string {
  return ranges.map((r) => (r.start === r.end ? r.start : `${r.start}..${r.end}`)).join(",");
}

/** Removes the characters the list syntax uses, control characters and extra spaces from a sale name. */
export function cleanSaleName(name: string): string {
  return name
    .replace(/[,:\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SALE_NAME_MAX);
}

/** Why a typed sale name cannot be stored as typed (Japanese), or undefined when it can. */
export function saleNameProblem(name: string): string | undefined {
  if (/[,:]/u.test(name)) return "セール名に「,」と「:」は使えません。「、」や「：」に置き換えてください。";
  if (/\p{Cc}/u.test(name)) return "セール名に制御文字は使えません。";
  if (name.trim().length > SALE_NAME_MAX) return `セール名は${SALE_NAME_MAX}文字までにしてください。`;
  return undefined;
}

/** True when some sale name in the URL text was shortened or had characters replaced when read. */
export function salesRewritten(text: string): boolean {
  return text
    .split(",")
    .filter((s) => s.includes(":"))
    .some((item) => {
      const name = item.slice(item.indexOf(":") + 1);
      return name.trim() !== "" && cleanSaleName(name) !== name.replace(/\s+/g, " ").trim();
    });
}

/** "2026-12-04..2026-12-11:スーパーSALE,…" -> sale periods; null when any item is malformed. */
export function parseSales(text: string): SalePeriod[] | null {
  const out: SalePeriod[] = [];
  const items = text.split(",").filter((s) => s.trim() !== "");
  if (items.length > MAX_PERIODS) return null;
  for (const item of items) {
    const colon = item.indexOf(":");
    if (colon < 0) return null;
    const range = parseRange(item.slice(0, colon));
    const name = cleanSaleName(item.slice(colon + 1));
    if (!range || name === "") return null;
    out.push({ name, ...range });
  }
  return out;
}

/** Writes sale periods back in the `parseSales` syntax. */
export function formatSales(sales: readonly SalePeriod[]): string {
  return sales.map((s) => `${s.start}..${s.end}:${cleanSaleName(s.name)}`).join(",");
}
