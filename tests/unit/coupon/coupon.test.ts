import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  couponBreakEven,
  divRoundHalfUp,
  profitWithCouponAt,
  type CouponInput,
} from "../../../src/lib/coupon";

const example: CouponInput = { n: 2000, base: 8, lift: 12, aov: 4000, margin: 40, discount: 300 };

describe("the contract's example", () => {
  it("n=2000 base=8 lift=12 aov=4000 margin=40 discount=300", () => {
    expect(couponBreakEven(example)).toEqual({
      perOrder: 1600,
      profitBase: 256_000,
      profitCoupon: 312_000,
      gain: 56_000,
      breakevenTenths: 98,
    });
  });
});

describe("worked cases", () => {
  it("no break-even when the discount eats the whole gross profit of an order", () => {
    expect(couponBreakEven({ ...example, discount: 1600 }).breakevenTenths).toBeNull();
    expect(couponBreakEven({ ...example, discount: 2000 }).breakevenTenths).toBeNull();
    expect(couponBreakEven({ ...example, discount: 1599 }).breakevenTenths).not.toBeNull();
  });

  it("a loss per coupon order is negative and rounds half away from zero", () => {
    // per = 1600, discount 2000: each coupon order loses 400; 1 × 12.5% × −400 = −50.
    expect(couponBreakEven({ ...example, n: 1, lift: 12.5, discount: 2000 }).profitCoupon).toBe(-50);
    // 1 × 0.01% × 4000 × 12.5% = 0.05 → 0; 1 × 12.5% × 4 yen = 0.5 → 1.
    expect(couponBreakEven({ n: 1, base: 12.5, lift: 0, aov: 4, margin: 100, discount: 0 }).profitBase).toBe(
      1,
    );
    expect(
      couponBreakEven({ n: 1, base: 0, lift: 12.5, aov: 8, margin: 100, discount: 12 }).profitCoupon,
    ).toBe(-1);
  });

  it("decimal percents are exact (no floating-point drift): 3 × 33.33% × 3,000 × 33.33%", () => {
    // 3 × 0.3333 × 999.9 = 999.80001 → 1000
    expect(
      couponBreakEven({ n: 3, base: 33.33, lift: 0, aov: 3000, margin: 33.33, discount: 0 }).profitBase,
    ).toBe(1000);
  });

  it("break-even rounds half up at one decimal: 5% × 100 / (100 − 25) = 6.666… → 6.7", () => {
    expect(
      couponBreakEven({ n: 1, base: 5, lift: 5, aov: 1000, margin: 10, discount: 25 }).breakevenTenths,
    ).toBe(67);
  });

  it("profit by rate matches profit-coupon at the lift", () => {
    expect(profitWithCouponAt(example, 12)).toBe(312_000);
    expect(profitWithCouponAt(example, 8)).toBe(208_000);
  });

  it("divRoundHalfUp", () => {
    expect([5n, 15n, 25n, -5n, -15n, 4n, -4n].map((x) => divRoundHalfUp(x, 10n))).toEqual([
      1n,
      2n,
      3n,
      -1n,
      -2n,
      0n,
      0n,
    ]);
  });
});

const pct = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);
const inputs = fc.record({
  n: fc.integer({ min: 1, max: 1_000_000 }),
  base: pct,
  lift: pct,
  aov: fc.integer({ min: 1, max: 10_000_000 }),
  margin: pct,
  discount: fc.integer({ min: 0, max: 1_000_000 }),
});

describe("properties", () => {
  it("gain is the difference of the rounded profits", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = couponBreakEven(i);
        expect(r.gain).toBe(r.profitCoupon - r.profitBase);
      }),
    );
  });

  it("at the break-even rate the coupon pays for itself: profit with the coupon there is within rounding of profit-base", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = couponBreakEven(i);
        if (r.breakevenTenths === null) return;
        // The exact break-even rate b satisfies n × b × (per − d) = n × base × per; rounding b to 0.1 moves profit by at most
        // n × 0.05% × (per − d), plus 1 yen of rounding on each side.
        const atBreakeven = profitWithCouponAt(i, r.breakevenTenths / 10);
        const slack = i.n * 0.0005 * (r.perOrder - i.discount) + 2;
        expect(Math.abs(atBreakeven - r.profitBase)).toBeLessThanOrEqual(slack);
      }),
    );
  });

  it("above the break-even rate the coupon gains, below it loses (beyond rounding)", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = couponBreakEven(i);
        if (r.breakevenTenths === null) return;
        const b = r.breakevenTenths / 10;
        if (i.lift >= b + 0.1) expect(r.gain).toBeGreaterThanOrEqual(-1);
        if (i.lift <= b - 0.1) expect(r.gain).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("without a coupon discount the break-even rate is the base rate", () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = couponBreakEven({ ...i, discount: 0 });
        if (r.perOrder <= 0) expect(r.breakevenTenths).toBeNull();
        else expect(r.breakevenTenths).toBe(Number(divRoundHalfUp(BigInt(Math.round(i.base * 100)), 10n)));
      }),
    );
  });
});
