import { describe, expect, it } from "vitest";
import { HOLIDAY_DATA } from "../../../src/lib/timeline/holiday-data";
import holidays from "@holiday-jp/holiday_jp/lib/holidays.js";
import { HOLIDAY_YEARS, nationalHoliday } from "../../../src/lib/timeline/holidays";

const source = holidays as Record<string, { name: string }>;
const inRange = Object.entries(source).filter(([d]) => d >= "2000-01-01" && d <= "2050-12-31");

describe("compact holiday table (scripts/gen-holidays.mjs)", () => {
  it("covers 2000–2050", () => {
    expect(HOLIDAY_YEARS).toEqual({ first: 2000, last: 2050 });
    expect(HOLIDAY_DATA.runs.split(" ")).toHaveLength(HOLIDAY_YEARS.last - HOLIDAY_YEARS.first + 1);
  });
  it("matches @holiday-jp/holiday_jp for every holiday in range (regenerate when the package updates)", () => {
    for (const [date, h] of inRange) expect(nationalHoliday(date), date).toBe(h.name);
  });
  it("has no day that the package does not list", () => {
    for (let t = Date.UTC(2000, 0, 1); t <= Date.UTC(2050, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (nationalHoliday(iso) !== undefined) expect(source[iso], iso).toBeDefined();
    }
  });
});
