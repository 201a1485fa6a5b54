/** The per-unit caps as a line reports them (normalCapped, bonusCapped), defaults, and the rules built from the facts. */
import { describe, expect, it } from "vitest";
import {
  bonusCapPerUnit,
  genreRates,
  normalCapPerUnit,
  sameBuyerMonthlyCap,
  yenPerPoint,
} from "../../../src/lib/facts";
import { defaultSettings, genresWithRate, lineReward, type RewardSettings } from "../../../src/lib/reward";
import { ruleFigure, rewardRules as rules } from "../../../src/lib/reward/from-facts";

const normalCap = rules.normalCap.value;
const bonusCap = rules.bonusCap.value;
const settings = (tax: RewardSettings["tax"], rounding: RewardSettings["rounding"]) => ({ tax, rounding });

describe("cap flags", () => {
  it("a unit reward exactly at the cap is not capped; one point more is", () => {
    // 4%: the normal reward reaches the cap at cap × 25 yen.
    const at = cap(normalCap * 25, "4", "C");
    expect([at.normal, at.normalCapped]).toEqual([normalCap, false]);
    const over = cap(normalCap * 25 + 25, "4", "C");
    expect([over.normal, over.normalCapped]).toEqual([normalCap, true]);
    // Just below the cap, nothing is capped.
    expect(cap(normalCap * 25 - 25, "4", "C").normalCapped).toBe(false);
  });

  it("the bonus flag follows the bonus cap on its own (rank S, 3%)", () => {
    const rate = rules.bonusByRank.S;
    const atCap = (bonusCap * 100) / rate;
    const at = cap(atCap, "2", "S");
    expect([at.bonus, at.bonusCapped]).toEqual([bonusCap, false]);
    const over = cap(atCap + 100, "2", "S");
    expect([over.bonus, over.bonusCapped, over.normalCapped]).toEqual([bonusCap, true, false]);
    // Ranks without a bonus are never bonus-capped, whatever the price.
    expect(cap(100_000_000, "4", "E")).toMatchObject({ bonus: 0, bonusCapped: false, normalCapped: true });
  });

  it("flags judge one unit's price (tax-exclusive under excl), not the line", () => {
    const many = lineReward(rules, { rate: "4", price: 1000, qty: 9999 }, "S", settings("incl", "line"));
    expect([many.normalCapped, many.bonusCapped]).toEqual([false, false]);
    // At 4% the cap is reached at cap × 25 yen; that price plus 10% tax is over it as entered, at it without tax.
    const priceAtCap = normalCap * 25;
    const incl = lineReward(
      rules,
      { rate: "4", price: (priceAtCap * 11) / 10, qty: 1 },
      "C",
      settings("incl", "unit"),
    );
    const excl = lineReward(
      rules,
      { rate: "4", price: (priceAtCap * 11) / 10, qty: 1 },
      "C",
      settings("excl", "unit"),
    );
    expect(incl.normalCapped).toBe(true);
    expect(excl.base).toBe(priceAtCap);
    expect(excl.normalCapped).toBe(false);
  });
});

describe("settings", () => {
  it("the default is the price as entered (incl), rounded per unit", () => {
    expect(defaultSettings).toEqual({ tax: "incl", rounding: "unit" });
    const line = { rate: "3", price: 333, qty: 3 };
    expect(lineReward(rules, line, "A")).toEqual(lineReward(rules, line, "A", settings("incl", "unit")));
    expect(lineReward(rules, line, "A")).not.toEqual(lineReward(rules, line, "A", settings("incl", "line")));
  });

  it("under incl the price is the base and no tax is assumed", () => {
    const r = lineReward(rules, { rate: "food", price: 10_800, qty: 1 }, "C", settings("incl", "unit"));
    expect([r.base, r.taxPct]).toEqual([10_800, 0]);
  });

  it("an unknown rate choice throws and names it", () => {
    expect(() => lineReward(rules, { rate: "nope", price: 1000, qty: 1 }, "C")).toThrow("unknown rate: nope");
  });
});

describe("rules from the facts", () => {
  it("figures carry whether the fact is only reported", () => {
    const pairs = [
      [rules.normalCap, normalCapPerUnit],
      [rules.bonusCap, bonusCapPerUnit],
      [rules.sameBuyerMonthlyCap, sameBuyerMonthlyCap],
      [rules.yenPerPoint, yenPerPoint],
    ] as const;
    for (const [figure, fact] of pairs)
      expect(figure).toMatchObject({ value: fact.value, reported: fact.status === "reported" });
  });

  it("the reported flag follows the fact's status (official, reported and editorial facts)", () => {
    expect(ruleFigure({ ...normalCapPerUnit, status: "official" })).toMatchObject({
      value: 1000,
      reported: false,
    });
    expect(ruleFigure({ ...normalCapPerUnit, status: "reported" })).toMatchObject({
      value: 1000,
      reported: true,
    });
    expect(ruleFigure({ ...normalCapPerUnit, status: "editorial" }).reported).toBe(false);
  });

  it("genresWithRate lists the genres of one rate, in table order", () => {
    for (const rate of rules.rates) {
      const expected = genreRates.genres.filter((g) => g.rate === rate).map((g) => g.key);
      expect(genresWithRate(rules, rate).map((g) => g.key)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});

/** One unit of `price` at `rate` and `rank`, default settings. */
function cap(price: number, rate: string, rank: Parameters<typeof lineReward>[2]) {
  return lineReward(rules, { rate, price, qty: 1 }, rank);
}
