/** Edges of the Japanese number and date readers: anchors, 万, decimals, bounds, calendar rules and messages. */
import { describe, expect, it } from "vitest";
import { isCalendarDate, parseDateInput, parseNumberInput, toIsoDate } from "../../../src/lib/input";

const value = (r: { ok: boolean; value?: unknown }) => (r.ok ? r.value : undefined);
const message = (r: { ok: boolean; message?: string }) => (r.ok ? undefined : r.message);

describe("parseNumberInput edges", () => {
  it("a currency mark counts only in front, a unit only at the end", () => {
    expect(value(parseNumberInput("¥5,000"))).toBe(5000);
    expect(value(parseNumberInput("\\5000"))).toBe(5000);
    expect(value(parseNumberInput("¥5,000円"))).toBe(5000);
    expect(parseNumberInput("12¥").ok).toBe(false);
    expect(parseNumberInput("円500").ok).toBe(false);
    expect(parseNumberInput("5円0").ok).toBe(false);
  });

  it("reads 万 forms, with a sign, and nothing around them", () => {
    expect(value(parseNumberInput("12万"))).toBe(120000);
    expect(value(parseNumberInput("1.5万"))).toBe(15000);
    expect(value(parseNumberInput("1.25万"))).toBe(12500);
    expect(value(parseNumberInput("12万3400"))).toBe(123400);
    expect(value(parseNumberInput("−3万"))).toBe(-30000);
    expect(parseNumberInput("約12万").ok).toBe(false);
    expect(parseNumberInput("12万34567").ok).toBe(false);
  });

  it("reads decimals with any number of places, and a leading point", () => {
    expect(value(parseNumberInput("1.50", { integer: false }))).toBe(1.5);
    expect(value(parseNumberInput(".25", { integer: false }))).toBe(0.25);
    expect(value(parseNumberInput(".5", { integer: false }))).toBe(0.5);
    expect(value(parseNumberInput("5.", { integer: false }))).toBe(5);
    expect(parseNumberInput(".x", { integer: false }).ok).toBe(false);
  });

  it("min and max are inclusive, each checked on its own", () => {
    expect(value(parseNumberInput("1", { min: 1, max: 10 }))).toBe(1);
    expect(value(parseNumberInput("10", { min: 1, max: 10 }))).toBe(10);
    expect(message(parseNumberInput("0", { min: 1, max: 10 }))).toBe("1以上で入力してください。");
    expect(message(parseNumberInput("11", { min: 1, max: 10 }))).toBe("10以下で入力してください。");
    expect(message(parseNumberInput("12345", { max: 9999 }))).toBe("9,999以下で入力してください。");
    expect(value(parseNumberInput("5", { max: 9999 }))).toBe(5);
    expect(value(parseNumberInput("-5", { min: -10 }))).toBe(-5);
  });

  it("minus zero reads as zero", () => {
    expect(Object.is(value(parseNumberInput("-0")), 0)).toBe(true);
  });
});

describe("parseDateInput edges", () => {
  it("reads every documented form, whole strings only", () => {
    expect(value(parseDateInput("2026.1.5"))).toBe("2026-01-05");
    expect(value(parseDateInput("2026.12.31"))).toBe("2026-12-31");
    expect(value(parseDateInput("2026年12月31日"))).toBe("2026-12-31");
    expect(value(parseDateInput("20260105"))).toBe("2026-01-05");
    expect(value(parseDateInput(" 2026 - 01 - 05 "))).toBe("2026-01-05");
    for (const bad of ["x2026.1.5", "2026.1.5x", "x2026年1月5日", "2026年1月5日x", "x20260105", "202601051"])
      expect(parseDateInput(bad).ok, bad).toBe(false);
  });

  it("a weekday in brackets is ignored only at the end", () => {
    for (const s of ["2026-01-05(月)", "2026-01-05(月曜)", "2026-01-05(月曜日)"])
      expect(value(parseDateInput(s)), s).toBe("2026-01-05");
    expect(parseDateInput("2026-01-05(月)x").ok).toBe(false);
    expect(parseDateInput("(月)2026-01-05").ok).toBe(false);
  });

  it("keeps to 1900-2999, inclusive, with a message that says so", () => {
    expect(value(parseDateInput("1900-01-01"))).toBe("1900-01-01");
    expect(value(parseDateInput("2999-12-31"))).toBe("2999-12-31");
    for (const s of ["1899-12-31", "3000-01-01"])
      expect(message(parseDateInput(s)), s).toBe("1900年から2999年までの日付を入力してください。");
    expect(message(parseDateInput("2026-02-30"))).toBe("存在しない日付です。");
    expect(message(parseDateInput("5日後"))).toMatch(/2026-01-05 や 2026年1月5日/);
    expect(message(parseDateInput(" "))).toBe("日付を入力してください。");
  });

  it("isCalendarDate: whole numbers, months 1-12, days from 1, Gregorian leap years", () => {
    expect(isCalendarDate(2026, 1, 1)).toBe(true);
    expect(isCalendarDate(2026, 12, 31)).toBe(true);
    for (const [y, m, d] of [
      [2026.5, 1, 1],
      [2026, 1.5, 1],
      [2026, 1, 1.5],
      [2026, 0, 1],
      [2026, 13, 1],
      [2026, 1, 0],
      [2026, 4, 31],
    ] as const)
      expect(isCalendarDate(y, m, d), `${y}-${m}-${d}`).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2100, 2, 29)).toBe(false);
    expect(isCalendarDate(2026, 2, 29)).toBe(false);
  });

  it("toIsoDate pads years to four digits with zeros", () => {
    expect(toIsoDate(999, 1, 5)).toBe("0999-01-05");
  });
});
