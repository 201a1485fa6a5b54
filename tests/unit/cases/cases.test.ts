import { describe, expect, it } from "vitest";
import { himono, ordersToRecover, tsukishiro, zakka } from "../../../src/lib/cases/cases";
import { couponQuery, LINK_VERSION } from "../../../src/lib/cases/links";
import { couponBreakEven } from "../../../src/lib/coupon";
import { rankParamsFor } from "../../../src/lib/rank/params";
import { rewardRules } from "../../../src/lib/reward/from-facts";
import { rewardParamsFor } from "../../../src/lib/reward/params";
import { lineReward } from "../../../src/lib/reward/reward";
import { planTimeline } from "../../../src/lib/timeline/plan";
import { timelineParams } from "../../../src/lib/timeline/params";

const rewardParams = rewardParamsFor(rewardRules);
const rankParams = rankParamsFor(rewardRules);

describe("case-study links reproduce the case in each calculator", () => {
  for (const c of [zakka, tsukishiro]) {
    it(`${c.name}: the reward link reads back to the item, genre and rank, and the tool computes the same reward`, () => {
      const { values, notices } = rewardParams.parse(c.room.rewardQuery);
      expect(notices).toEqual([]);
      expect(c.room.rewardQuery.startsWith(`${LINK_VERSION}&`)).toBe(true);
      expect(values).toMatchObject({ price: c.room.price, rate: c.room.genre, rank: c.room.compareRank });
      const line = lineReward(
        rewardRules,
        { rate: values.rate, price: values.price, qty: values.qty },
        values.rank,
      );
      expect(line.total).toBe(c.room.unitCompare.total);
    });

    it(`${c.name}: the rank link reads back to the month's sales, price, genre and rank`, () => {
      const { values, notices } = rankParams.parse(c.room.rankQuery);
      expect(notices).toEqual([]);
      expect(values).toMatchObject({
        sales: c.room.monthlySales,
        avg: c.room.price,
        rate: c.room.genre,
        rank: c.room.rank,
      });
    });
  }

  it("the timeline link reads back to the case's settings and gives the same dates", () => {
    const { values, notices } = timelineParams.parse(himono.timeline.query);
    expect(notices).toEqual([]);
    const plan = planTimeline(values, "2000-01-01");
    expect(plan.ok).toBe(true);
    if (plan.ok)
      expect(Object.fromEntries(plan.events.map((e) => [e.id, e.date]))).toEqual(himono.timeline.events);
    // The order date is pinned, so the link shows the same dates on any day.
    expect(new URLSearchParams(himono.timeline.query).get("order")).toBe("2026-03-06");
  });

  it("coupon links carry v=1 and the contract's parameter names, and the results are the core's", () => {
    for (const c of [himono.coupon300, himono.coupon400, tsukishiro.coupon]) {
      const p = new URLSearchParams(c.query);
      expect([...p.keys()]).toEqual(["v", "n", "base", "lift", "aov", "margin", "discount"]);
      expect(p.get("v")).toBe("1");
      expect(c.result).toEqual(couponBreakEven(c.input));
      expect(Number.isInteger(c.input.discount)).toBe(true);
    }
    expect(couponQuery({ n: 2000, base: 8, lift: 12, aov: 4000, margin: 40, discount: 300 })).toBe(
      "v=1&n=2000&base=8&lift=12&aov=4000&margin=40&discount=300",
    );
  });
});

describe("case-study figures", () => {
  it("the food shop's 400円 coupon barely pays and its 300円 coupon pays more", () => {
    expect(himono.coupon400.result.gain).toBeLessThan(himono.coupon300.result.gain);
    expect(himono.coupon300.result.gain).toBeGreaterThan(0);
  });

  it("the PR cost is recovered after ceil(cost / profit per order) orders", () => {
    expect(ordersToRecover(500_000, 1643.4)).toBe(305);
    expect(ordersToRecover(10, 5)).toBe(2);
    expect(() => ordersToRecover(10, 0)).toThrow();
    expect(tsukishiro.ordersToRecoverPr).toBe(ordersToRecover(tsukishiro.pr.yen, tsukishiro.profitPerOrder));
  });

  it("the small shop's monthly total is the referred sales' cost plus the R-SNS fee", () => {
    expect(zakka.monthlyTotal).toBeGreaterThan(Math.round(zakka.room.costPerMonth.total));
  });
});
