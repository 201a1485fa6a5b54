/** The rank comparison at its edges: no average price, and a current rank the rules do not list. */
import { describe, expect, it } from "vitest";
import { rankGains, rankTotal, rankTotals } from "../../../src/lib/rank";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";

describe("rank comparison edges", () => {
  it("an average price of 0 yen earns nothing instead of dividing by zero", () => {
    expect(rankTotal(rules, { sales: 300_000, avg: 0, ratePct: 4 }, "S")).toEqual({
      rank: "S",
      perUnit: 0,
      total: 0,
    });
  });

  it("gains count from zero when the current rank is not among the rules' ranks", () => {
    const input = { sales: 300_000, avg: 3000, ratePct: 4 };
    const top = { ...rules, ranks: rules.ranks.slice(0, 2) };
    const gains = rankGains(top, input, "E");
    expect(gains.map((g) => g.gain)).toEqual(rankTotals(top, input).map((t) => t.total));
  });
});
