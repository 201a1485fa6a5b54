import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bonusCapPerUnit, bonusRateFor, normalCapPerUnit, ranks, type Rank } from "../../../src/lib/facts";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";
import {
  cartReward,
  lineReward,
  rateChoices,
  reducedGenreNames,
  resolveRate,
  taxRateFor,
  unitBonus,
  unitNormal,
  withoutTax,
  type LineInput,
  type RewardSettings,
} from "../../../src/lib/reward";

const rankArb = fc.constantFrom(...ranks);
const choiceArb = fc.constantFrom(...rateChoices(rules));
const settingsArb = fc.record({
  tax: fc.constantFrom("incl" as const, "excl" as const),
  rounding: fc.constantFrom("unit" as const, "line" as const),
});
const lineArb = fc.record({
  rate: choiceArb,
  price: fc.integer({ min: 0, max: 100_000_000 }),
  qty: fc.integer({ min: 1, max: 9999 }),
});

describe("worked cases", () => {
  it("5,000円 × 4% = 200 points", () => {
    expect(unitNormal(rules, 5000, 4)).toBe(200);
  });
  it("fractions are dropped: 999円 × 3% = 29 points", () => {
    expect(unitNormal(rules, 999, 3)).toBe(29);
  });
  it("the normal reward stops at the per-unit cap: 100,000円 × 2% = 2,000 -> 1,000", () => {
    expect(unitNormal(rules, 100_000, 2)).toBe(normalCapPerUnit.value);
  });
  it("rank bonus: S 3%, A 2%, B 1%, C/D/E nothing (10,000円)", () => {
    expect(ranks.map((r) => unitBonus(rules, 10_000, r))).toEqual([300, 200, 100, 0, 0, 0]);
  });
  it("a line of 3 × 5,000円 food at rank A: 600 + 300 = 900", () => {
    const r = lineReward(rules, { rate: "food", price: 5000, qty: 3 }, "A");
    expect([r.ratePct, r.normal, r.bonus, r.total]).toEqual([4, 600, 300, 900]);
  });
  it("unit vs line rounding: 3 × 333円 at 3%", () => {
    const line = { rate: "3", price: 333, qty: 3 };
    expect(lineReward(rules, line, "C", { tax: "incl", rounding: "unit" }).normal).toBe(27); // 9 × 3
    expect(lineReward(rules, line, "C", { tax: "incl", rounding: "line" }).normal).toBe(29); // floor(999 × 0.03)
  });
  it("tax-exclusive base: 11,000円 at 10% -> 10,000円; food 10,800円 at 8% -> 10,000円", () => {
    const excl: RewardSettings = { tax: "excl", rounding: "unit" };
    expect(lineReward(rules, { rate: "pc", price: 11_000, qty: 1 }, "C", excl)).toMatchObject({
      base: 10_000,
      normal: 200,
    });
    expect(lineReward(rules, { rate: "food", price: 10_800, qty: 1 }, "C", excl)).toMatchObject({
      base: 10_000,
      taxPct: 8,
    });
    expect(withoutTax(1100, 10)).toBe(1000);
  });
  it("tax rates and reduced-rate genres come from the rules, not from the core", () => {
    const other = { ...rules, tax: { standard: 20, reduced: 5, reducedGenres: ["pc"] } };
    expect(taxRateFor(other, "pc")).toBe(5);
    expect(taxRateFor(other, "food")).toBe(20);
    expect(taxRateFor(rules, "food")).toBe(8);
    expect(reducedGenreNames(rules)).toBe("食品、スイーツ・お菓子、水・ソフトドリンク");
  });
  it("a cart sums its lines", () => {
    const cart = cartReward(
      rules,
      [
        { rate: "4", price: 5000, qty: 1 },
        { rate: "pc", price: 80_000, qty: 2 },
      ],
      "S",
    );
    expect(cart.lines.map((l) => l.total)).toEqual([350, 2 * (1000 + 1000)]);
    expect([cart.normal, cart.bonus, cart.total]).toEqual([200 + 2000, 150 + 2000, 350 + 4000]);
  });
  it("resolves plain rates and genre keys, and nothing else", () => {
    expect(resolveRate(rules, "3")?.rate).toBe(3);
    expect(resolveRate(rules, "watch")).toMatchObject({ rate: 2, genre: { key: "watch" } });
    expect(resolveRate(rules, "5")).toBeUndefined();
    expect(resolveRate(rules, "__proto__")).toBeUndefined();
    expect(() => lineReward(rules, { rate: "x", price: 1, qty: 1 }, "C")).toThrow();
  });
});

describe("properties", () => {
  it("per unit, rewards never exceed their caps and are never negative", () => {
    fc.assert(
      fc.property(lineArb, rankArb, settingsArb, (line, rank, settings) => {
        const r = lineReward(rules, line, rank, settings);
        expect(r.normal).toBeGreaterThanOrEqual(0);
        expect(r.bonus).toBeGreaterThanOrEqual(0);
        expect(r.normal).toBeLessThanOrEqual(normalCapPerUnit.value * line.qty);
        expect(r.bonus).toBeLessThanOrEqual(bonusCapPerUnit.value * line.qty);
        expect(Number.isInteger(r.total)).toBe(true);
      }),
    );
  });

  it("rewards grow (weakly) with price", () => {
    fc.assert(
      fc.property(
        lineArb,
        fc.integer({ min: 0, max: 1_000_000 }),
        rankArb,
        settingsArb,
        (line, extra, rank, s) => {
          const low = lineReward(rules, line, rank, s);
          const high = lineReward(
            rules,
            { ...line, price: Math.min(line.price + extra, 100_000_000) },
            rank,
            s,
          );
          expect(high.normal).toBeGreaterThanOrEqual(low.normal);
          expect(high.bonus).toBeGreaterThanOrEqual(low.bonus);
        },
      ),
    );
  });

  it("a bonus only from rank B up, and higher ranks never earn less", () => {
    fc.assert(
      fc.property(lineArb, settingsArb, (line, s) => {
        const totals = ranks.map((rank: Rank) => lineReward(rules, line, rank, s));
        for (const r of totals.slice(3)) expect(r.bonus).toBe(0);
        for (let i = 1; i < totals.length; i++)
          expect(totals[i - 1]?.total ?? 0).toBeGreaterThanOrEqual(totals[i]?.total ?? 0);
        for (const rank of ranks) if (bonusRateFor(rank) === 0) expect(["C", "D", "E"]).toContain(rank);
      }),
    );
  });

  it("line rounding never gives less than unit rounding, and a cart total is the sum of its lines", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 20 }), rankArb, (lines: LineInput[], rank) => {
        const unit = cartReward(rules, lines, rank, { tax: "incl", rounding: "unit" });
        const line = cartReward(rules, lines, rank, { tax: "incl", rounding: "line" });
        expect(line.total).toBeGreaterThanOrEqual(unit.total);
        expect(unit.total).toBe(unit.lines.reduce((a, l) => a + l.normal + l.bonus, 0));
      }),
    );
  });
});

describe("the reported monthly same-buyer cap", () => {
  it("binds only above the cap and says how much it removed", async () => {
    const { sameBuyerCapped } = await import("../../../src/lib/reward");
    expect(sameBuyerCapped(2999, 3000)).toEqual({ total: 2999, cut: 0 });
    expect(sameBuyerCapped(3000, 3000)).toEqual({ total: 3000, cut: 0 });
    expect(sameBuyerCapped(4200, 3000)).toEqual({ total: 3000, cut: 1200 });
  });
  it("comes from the facts as a reported figure with a linked source", async () => {
    const { rewardRules } = await import("../../../src/lib/reward/from-facts");
    expect(rewardRules.sameBuyerMonthlyCap).toMatchObject({ value: 3000, reported: true });
    expect(rewardRules.sameBuyerMonthlyCap.source?.url).toMatch(/^https:\/\//);
  });
});
