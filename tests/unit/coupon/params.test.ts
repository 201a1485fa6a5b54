/** The coupon calculator's URL parameters and its table of profit by repurchase rate. */
import { describe, expect, it } from "vitest";
import { couponBreakEven, profitByRate } from "../../../src/lib/coupon";
import { couponParams } from "../../../src/lib/coupon/params";

describe("coupon URL parameters", () => {
  it("reads the contract's example; defaults are that example", () => {
    const { values, notices } = couponParams.parse("n=2000&base=8&lift=12&aov=4000&margin=40&discount=300");
    expect(notices).toEqual([]);
    expect(values).toEqual(couponParams.defaults);
    expect(couponParams.serialize(values)).toBe("v=1");
  });
  it("reads percents with up to 2 decimals, and yen as the reward tool does (NFKC, commas, 円, ¥)", () => {
    const { values, notices } = couponParams.parse(
      `base=7.25&lift=${encodeURIComponent("１２．５%")}&aov=${encodeURIComponent("¥4,980")}&discount=${encodeURIComponent("５００円")}`,
    );
    expect(notices).toEqual([]);
    expect(values).toMatchObject({ base: 7.25, lift: 12.5, aov: 4980, discount: 500 });
  });
  it("rejects 3 decimals, n below 1 and percents over 100 with notices", () => {
    const { values, notices } = couponParams.parse("base=8.125&n=0&margin=101&lift=-1");
    expect(values).toEqual(couponParams.defaults);
    expect(notices.map((n) => n.param)).toEqual(["n", "base", "lift", "margin"]);
  });
  it("writes v=1 and the parameters that differ from the defaults", () => {
    expect(couponParams.serialize({ ...couponParams.defaults, lift: 12.5, cmp: "on" })).toBe(
      "v=1&lift=12.5&cmp=on",
    );
  });
});

describe("profit by repurchase rate", () => {
  const example = { n: 2000, base: 8, lift: 12, aov: 4000, margin: 40, discount: 300 };
  it("runs from base to base + 20 points with the break-even and expected rates marked", () => {
    const rows = profitByRate(example);
    expect(rows[0]).toMatchObject({ rate: 8, gain: 208_000 - 256_000 });
    expect(rows.at(-1)?.rate).toBe(28);
    expect(rows.find((r) => r.breakeven)?.rate).toBe(9.8);
    expect(rows.find((r) => r.expected)).toMatchObject({ rate: 12, profit: 312_000, gain: 56_000 });
    expect(rows.filter((r) => Number.isInteger(r.rate))).toHaveLength(21);
    // Below break-even the coupon loses money, above it gains.
    for (const r of rows) if (!r.breakeven) expect(r.gain < 0).toBe(r.rate < 9.8);
  });
  it("stops at 100 % and has no break-even row when the discount eats the margin", () => {
    const rows = profitByRate({ ...example, base: 90, discount: 2000 });
    expect(rows.at(-1)?.rate).toBe(100);
    expect(rows.some((r) => r.breakeven)).toBe(false);
    expect(couponBreakEven({ ...example, discount: 2000 }).breakevenTenths).toBeNull();
  });
});
