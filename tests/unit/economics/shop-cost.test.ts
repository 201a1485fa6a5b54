import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTenthsPercent, roundYen, shopCost } from "../../../src/lib/economics";

describe("shopCost", () => {
  it("3,000円 at 3% with a 30% fee is 90 + 27 = 117円, 3.9% of the sale", () => {
    expect(shopCost({ price: 3000, ratePct: 3, feePct: 30 })).toEqual({
      ratePart: 90,
      fee: 27,
      total: 117,
      totalPct: 3.9,
    });
  });

  it("keeps fractions (the rounding Rakuten applies is not published)", () => {
    const c = shopCost({ price: 2980, ratePct: 3, feePct: 30 });
    expect(c.ratePart).toBe(89.4);
    expect(c.fee).toBeCloseTo(26.82, 10);
    expect(c.total).toBeCloseTo(116.22, 10);
    expect(roundYen(c.total)).toBe(116);
  });

  it("total is the rate part plus the fee, and grows with the price (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 10000 }),
        (price, rateH, feeH) => {
          const c = shopCost({ price, ratePct: rateH / 100, feePct: feeH / 100 });
          expect(c.total).toBeCloseTo(c.ratePart + c.fee, 6);
          expect(c.total).toBeCloseTo((price * c.totalPct) / 100, 4);
          const more = shopCost({ price: price + 1, ratePct: rateH / 100, feePct: feeH / 100 });
          expect(more.total).toBeGreaterThanOrEqual(c.total);
        },
      ),
    );
  });
});

describe("formatTenthsPercent", () => {
  it("writes tenths of a percent with one decimal", () => {
    expect(formatTenthsPercent(98)).toBe("9.8%");
    expect(formatTenthsPercent(90)).toBe("9.0%");
    expect(formatTenthsPercent(1234)).toBe("123.4%");
    expect(formatTenthsPercent(-5)).toBe("−0.5%");
  });
});
