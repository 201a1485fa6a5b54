/** Japanese date input: "2026-01-05", "2026/1/5", "2026年1月5日(月)", full-width digits -> ISO "2026-01-05". */
import { fail, ok, type InputResult } from "./result";

const PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/u,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/u,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/u,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
  /^(\d{4})(\d{2})(\d{2})$/u,
];

/** Whether y-m-d is a real calendar date (proleptic Gregorian, no time zone involved). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[m - 1] ?? 0);
}

/** Writes a calendar date as YYYY-MM-DD. */
export function toIsoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Parses a date typed by a Japanese user into ISO YYYY-MM-DD; a trailing weekday "(月)" is ignored. Never throws. */
export function parseDateInput(raw: string): InputResult<string> {
  const s = raw
    .normalize("NFKC")
    .replace(/\s/gu, "")
    .replace(/\((?:[月火水木金土日](?:曜日?)?)\)$/u, "");
  if (s === "") return fail("日付を入力してください。");
  for (const re of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isCalendarDate(y, mo, d)) return fail("存在しない日付です。");
    if (y < 1900 || y > 2999) return fail("1900年から2999年までの日付を入力してください。");
    return ok(toIsoDate(y, mo, d));
  }
  return fail("日付は 2026-01-05 や 2026年1月5日 の形で入力してください。");
}
