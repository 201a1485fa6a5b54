/** Date-range rows typed in the form: Japanese dates, blank rows, reversed ranges, sale names. */
import { describe, expect, it } from "vitest";
import { checkRangeRows, rowsOfPeriods } from "../../../src/lib/timeline/rows";

describe("checkRangeRows", () => {
  it("reads Japanese and full-width dates, a blank end meaning one day, and skips blank rows", () => {
    const r = checkRangeRows(
      [
        { start: "２０２６年１２月２９日", end: "2027/1/4", name: "" },
        { start: "", end: "", name: "" },
        { start: "2026-08-13", end: "", name: "" },
      ],
      false,
    );
    expect(r.periods).toEqual([
      { name: "", start: "2026-12-29", end: "2027-01-04" },
      { name: "", start: "2026-08-13", end: "2026-08-13" },
    ]);
  });
  it("gives a message per field for a reversed range, a bad date and a missing sale name", () => {
    const r = checkRangeRows(
      [
        { start: "2026-12-10", end: "2026-12-01", name: "スーパーSALE" },
        { start: "2026-02-30", end: "", name: "x" },
        { start: "2026-03-01", end: "", name: "  " },
      ],
      true,
    );
    expect(r.periods).toBeNull();
    expect(r.errors[0]?.end).toContain("開始日");
    expect(r.errors[1]?.start).toBeDefined();
    expect(r.errors[2]?.name).toContain("名前");
  });
  it("limits one closure to a month", () => {
    const r = checkRangeRows([{ start: "2026-01-01", end: "2026-03-01", name: "" }], false);
    expect(r.periods).toBeNull();
    expect(r.errors[0]?.end).toContain("日まで");
  });
  it("round-trips periods through rows", () => {
    const periods = [{ name: "お買い物マラソン", start: "2026-01-09", end: "2026-01-16" }];
    expect(checkRangeRows(rowsOfPeriods(periods), true).periods).toEqual(periods);
  });
});
