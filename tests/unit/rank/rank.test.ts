import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bonusCapPerUnit, normalCapPerUnit, ranks } from "../../../src/lib/facts";
import { rankGains, rankTotal, rankTotals } from "../../../src/lib/rank";
import { rankParamsFor } from "../../../src/lib/rank/params";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";

const rankParams = rankParamsFor(rules);

describe("worked cases", () => {
  it("300,000円 of sales at 3,000円 and 4%: 100 items × (120 + bonus)", () => {
    const totals = rankTotals(rules, { sales: 300_000, avg: 3000, ratePct: 4 });
    expect(totals.map((t) => [t.rank, t.perUnit, t.total])).toEqual([
      ["S", 210, 21_000],
      ["A", 180, 18_000],
      ["B", 150, 15_000],
      ["C", 120, 12_000],
      ["D", 120, 12_000],
      ["E", 120, 12_000],
    ]);
  });

  it("fractional item counts are rounded down once, at the end: 10,000円 / 3,000円 × 90 = 300", () => {
    expect(rankTotal(rules, { sales: 10_000, avg: 3000, ratePct: 3 }, "C").total).toBe(300);
  });

  it("caps apply per item: an average of 200,000円 at 4% and S earns 2,000 per item", () => {
    expect(rankTotal(rules, { sales: 1_000_000, avg: 200_000, ratePct: 4 }, "S")).toMatchObject({
      perUnit: 2000,
      total: 10_000,
    });
  });

  it("gains over the current rank", () => {
    const gains = rankGains(rules, { sales: 300_000, avg: 3000, ratePct: 4 }, "B");
    expect(gains.map((g) => g.gain)).toEqual([6000, 3000, 0, -3000, -3000, -3000]);
  });

  it("exact for huge numbers (BigInt division)", () => {
    expect(rankTotal(rules, { sales: 9_999_999_999, avg: 7, ratePct: 2 }, "E").total).toBe(0);
    expect(rankTotal(rules, { sales: 9_999_999_999, avg: 99_999_999, ratePct: 2 }, "S").total).toBe(200_000);
    expect(rankTotal(rules, { sales: 9_999_999_999, avg: 100, ratePct: 4 }, "E").total).toBe(399_999_999);
  });

  it("reads its URL parameters", () => {
    const { values, notices } = rankParams.parse("sales=1%2C000%2C000&avg=0&rate=pc&rank=S");
    expect(values).toMatchObject({ sales: 1_000_000, avg: 3000, rate: "pc", rank: "S" });
    expect(notices.map((n) => n.param)).toEqual(["avg"]);
  });
});

describe("properties", () => {
  const input = fc.record({
    sales: fc.integer({ min: 0, max: 10_000_000_000 }),
    avg: fc.integer({ min: 1, max: 100_000_000 }),
    ratePct: fc.constantFrom(2, 3, 4),
  });

  it("never more than the item count times both caps; never negative", () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const t of rankTotals(rules, i)) {
          expect(t.total).toBeGreaterThanOrEqual(0);
          expect(t.perUnit).toBeLessThanOrEqual(normalCapPerUnit.value + bonusCapPerUnit.value);
          expect(t.total).toBeLessThanOrEqual((i.sales / i.avg) * t.perUnit + 1e-6);
        }
      }),
    );
  });

  it("higher ranks never earn less; C, D and E earn the same; gain of the current rank is 0", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...ranks), (i, current) => {
        const g = rankGains(rules, i, current);
        for (let k = 1; k < g.length; k++)
          expect(g[k - 1]?.total ?? 0).toBeGreaterThanOrEqual(g[k]?.total ?? 0);
        expect(new Set(g.slice(3).map((t) => t.total)).size).toBe(1);
        expect(g.find((t) => t.rank === current)?.gain).toBe(0);
      }),
    );
  });

  it("grows (weakly) with sales", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...ranks), (i, extra, r) => {
        expect(rankTotal(rules, { ...i, sales: i.sales + extra }, r).total).toBeGreaterThanOrEqual(
          rankTotal(rules, i, r).total,
        );
      }),
    );
  });
});
