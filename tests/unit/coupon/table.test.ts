/** The table of profit by repurchase rate under the coupon calculator. */
import { describe, expect, it } from "vitest";
import { couponBreakEven, profitByRate, type CouponInput } from "../../../src/lib/coupon";

/** Per order 4,000 × 40% = 1,600 yen; 500 off leaves 1,100, so the break-even rate is 8 × 1,600 / 1,100 = 11.6%. */
const input: CouponInput = { n: 1000, base: 8, lift: 12, aov: 4000, margin: 40, discount: 500 };
const rates = (i: CouponInput) => profitByRate(i).map((r) => r.rate);
const flagged = (i: CouponInput, flag: "breakeven" | "expected") =>
  profitByRate(i)
    .filter((r) => r[flag])
    .map((r) => r.rate);

describe("profit by repurchase rate", () => {
  it("has a row at every point from base to base + 20, the break-even rate between them, in order", () => {
    expect(rates(input)).toEqual([8, 9, 10, 11, 11.6, ...Array.from({ length: 17 }, (_, i) => 12 + i)]);
    expect(flagged(input, "breakeven")).toEqual([11.6]);
    expect(flagged(input, "expected")).toEqual([12]);
  });

  it("gives each row's profit and its gain over no coupon, which changes sign at the break-even rate", () => {
    const { profitBase } = couponBreakEven(input);
    const rows = profitByRate(input);
    for (const r of rows) expect(r.gain).toBe(r.profit - profitBase);
    expect(rows.find((r) => r.rate === 11)?.gain).toBeLessThan(0);
    expect(rows.find((r) => r.rate === 12)?.gain).toBeGreaterThan(0);
    expect(rows.find((r) => r.rate === 8)?.profit).toBe(8 * 10 * 1100);
  });

  it("stops at 100% and keeps a top that the whole points miss (base 85.5: 100 is not on the grid)", () => {
    expect(rates({ ...input, base: 90, lift: 95 })).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    const top = { ...input, base: 85.5, lift: 100 };
    expect(rates(top).at(-1)).toBe(100);
    expect(flagged(top, "expected")).toEqual([100]);
  });

  it("adds an expected rate between two points, and none outside the table", () => {
    expect(flagged({ ...input, lift: 12.5 }, "expected")).toEqual([12.5]);
    expect(rates({ ...input, lift: 12.5 })).toContain(12.5);
    expect(rates({ ...input, lift: 5 })).not.toContain(5);
    expect(rates({ ...input, lift: 50 })).not.toContain(50);
    expect(flagged({ ...input, lift: 50 }, "expected")).toEqual([]);
  });

  it("adds no break-even row when it falls outside the table or does not exist", () => {
    // 1,500 off leaves 100 yen: break-even at 8 × 16 = 128%, past the table's top.
    expect(rates({ ...input, discount: 1500 })).toHaveLength(21);
    expect(flagged({ ...input, discount: 1500 }, "breakeven")).toEqual([]);
    // The discount eats the whole margin: no rate breaks even, even from a base of 0.
    const never = { ...input, base: 0, lift: 3, discount: 1600 };
    expect(couponBreakEven(never).breakevenTenths).toBeNull();
    expect(rates(never)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(flagged(never, "breakeven")).toEqual([]);
  });

  it("keeps a break-even rate rounded below a fractional base out of the table", () => {
    // No discount: break-even is the base itself, 8.54, rounded to tenths as 8.5 (below the first row).
    const free = { ...input, base: 8.54, lift: 9, discount: 0 };
    expect(couponBreakEven(free).breakevenTenths).toBe(85);
    expect(rates(free)[0]).toBe(8.54);
    expect(rates(free)).not.toContain(8.5);
  });
});
