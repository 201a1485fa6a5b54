import { describe, expect, it } from "vitest";
import {
  actionLimits,
  bonusRateFor,
  influencerConditions,
  prMenu,
  rankConditions,
  ranks,
  roomAge20to40sShare,
  roomFemaleShare,
  roomUsersEstimate,
  selfPurchaseRule,
  switchReviewWeeks,
} from "../../../src/lib/facts";

describe("楽天ROOM facts", () => {
  it("rank conditions cover every rank once, in rank order", () => {
    expect(rankConditions.map((r) => r.rank).sort()).toEqual([...ranks].sort());
    expect(new Set(rankConditions.map((r) => r.rank)).size).toBe(ranks.length);
  });

  it("follow/like limits are all user reports, unique per action and window", () => {
    expect(actionLimits.every((l) => l.status === "reported")).toBe(true);
    const keys = actionLimits.map((l) => `${l.action}:${l.window}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const action of ["フォロー", "いいね"] as const) {
      const hour = actionLimits.find((l) => l.action === action && l.window === "1時間あたり");
      const day = actionLimits.find((l) => l.action === action && l.window === "24時間あたり");
      expect(hour && day && hour.value <= day.value).toBe(true);
    }
  });

  it("the user count is an estimate and the 2022 audience shares are reported with their tally date", () => {
    expect(roomUsersEstimate.status).toBe("reported");
    expect(roomFemaleShare.status).toBe("reported");
    expect(roomAge20to40sShare.status).toBe("reported");
    expect(roomFemaleShare.asOf).toBe("2022-04-01");
    expect(roomFemaleShare.asOf).toBe(roomAge20to40sShare.asOf);
  });

  it("the household rule uses the official wording (生計を同一にする), never a bare 家族", () => {
    expect(selfPurchaseRule.status).toBe("official");
    expect(selfPurchaseRule.value).toMatch(/生計を同一にする家族\(同居の親族など\)/);
  });

  it("PR menu keys are unique, priced items have positive amounts and the prices are reported", () => {
    const keys = prMenu.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of prMenu) {
      if (p.cost.kind !== "varies") expect(p.cost.yen).toBeGreaterThan(0);
      expect(p.status).toBe("reported");
    }
  });

  it("influencer ranks are ranks that earn a bonus", () => {
    for (const r of influencerConditions.ranks) expect(bonusRateFor(r)).toBeGreaterThan(0);
  });

  it("the switch review is measured in weeks", () => {
    expect(switchReviewWeeks.unit).toBe("週間");
    expect(switchReviewWeeks.value).toBeGreaterThan(0);
  });
});
