import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate, parseDateInput, toIsoDate } from "../../../src/lib/input";

describe("parseDateInput", () => {
  it.each([
    ["2026-01-05", "2026-01-05"],
    ["2026/1/5", "2026-01-05"],
    ["2026年1月5日", "2026-01-05"],
    ["2026年1月5日(月)", "2026-01-05"],
    ["２０２６年１２月３１日", "2026-12-31"],
    ["２０２６／０１／０５", "2026-01-05"],
    ["2026.1.5", "2026-01-05"],
    ["20260105", "2026-01-05"],
    ["2028-02-29", "2028-02-29"],
  ])("%s -> %s", (raw, iso) => {
    expect(parseDateInput(raw)).toEqual({ ok: true, value: iso });
  });

  it("rejects impossible and malformed dates in Japanese", () => {
    expect(parseDateInput("2026-02-29")).toEqual({ ok: false, message: "存在しない日付です。" });
    expect(parseDateInput("2026-13-01")).toEqual({ ok: false, message: "存在しない日付です。" });
    expect(parseDateInput("")).toEqual({ ok: false, message: "日付を入力してください。" });
    expect(parseDateInput("1月5日").ok).toBe(false);
    expect(parseDateInput("<script>").ok).toBe(false);
  });

  it("property: every real date, written any supported way, reads back as its ISO form", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 2 }),
        (date, style) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const text = [toIsoDate(y, m, d), `${y}/${m}/${d}`, `${y}年${m}月${d}日`][style] ?? "";
          expect(isCalendarDate(y, m, d)).toBe(true);
          expect(parseDateInput(text)).toEqual({ ok: true, value: toIsoDate(y, m, d) });
        },
      ),
    );
  });

  it("property: never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof parseDateInput(s).ok).toBe("boolean");
      }),
    );
  });
});
