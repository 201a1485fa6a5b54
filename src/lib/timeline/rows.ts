/** Date-range rows as typed in the form (closures, sale periods) -> validated periods, or a message per field. */
import { parseDateInput } from "../input";
import { daysBetween } from "./dates";
import { MAX_CLOSURE_DAYS, saleNameProblem } from "./lists";
import type { SalePeriod } from "./sales";

/** One row as typed; `name` is used for sale periods only. */
export interface RangeRowText {
  start: string;
  end: string;
  name: string;
}

/** Messages for the fields of one row (none when valid). */
export interface RangeRowErrors {
  start?: string;
  end?: string;
  name?: string;
}

/** The rows checked: `periods` is null while any row has a message; blank rows are skipped. */
export function checkRangeRows(
  rows: readonly RangeRowText[],
  named: boolean,
): { periods: SalePeriod[] | null; errors: RangeRowErrors[] } {
  const errors: RangeRowErrors[] = [];
  const periods: SalePeriod[] = [];
  for (const r of rows) {
    const e: RangeRowErrors = {};
    errors.push(e);
    if (r.start.trim() === "" && r.end.trim() === "" && r.name.trim() === "") continue;
    const start = parseDateInput(r.start);
    const end = r.end.trim() === "" ? start : parseDateInput(r.end);
    // The name is stored exactly as typed (trimmed): text the link cannot carry is an error, never changed silently.
    const name = named ? r.name.trim() : "";
    if (!start.ok) e.start = start.message;
    if (!end.ok) {
      if (r.end.trim() !== "") e.end = end.message;
    } else if (start.ok && end.value < start.value) {
      e.end = "終了日は開始日と同じか、それより後にしてください。";
    } else if (!named && start.ok && daysBetween(start.value, end.value) >= MAX_CLOSURE_DAYS) {
      e.end = `休業期間は1件あたり${MAX_CLOSURE_DAYS}日までにしてください。`;
    }
    const nameProblem = !named
      ? undefined
      : name === ""
        ? "セールの名前を入力してください。"
        : saleNameProblem(name);
    if (nameProblem) e.name = nameProblem;
    if (start.ok && end.ok && !e.end && !e.name) periods.push({ name, start: start.value, end: end.value });
  }
  const valid = errors.every((e) => Object.keys(e).length === 0);
  return { periods: valid ? periods : null, errors };
}

/** Rows showing the given periods (a one-day period leaves the end field blank). */
export function rowsOfPeriods(
  periods: readonly { start: string; end: string; name?: string }[],
): RangeRowText[] {
  return periods.map((p) => ({ start: p.start, end: p.end === p.start ? "" : p.end, name: p.name ?? "" }));
}
