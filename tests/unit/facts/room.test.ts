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

  it("the user count is an estimate and the audience shares are ROOM's own tally", () => {
    expect(roomUsersEstimate.status).toBe("reported");
    expect(roomFemaleShare.status).toBe("official");
    expect(roomAge20to40sShare.status).toBe("official");
    expect(roomFemaleShare.asOf).toBe(roomAge20to40sShare.asOf);
  });

  it("PR menu keys are unique and priced items have positive amounts", () => {
    const keys = prMenu.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of prMenu) if (p.cost.kind !== "varies") expect(p.cost.yen).toBeGreaterThan(0);
  });

  it("influencer ranks are ranks that earn a bonus", () => {
    for (const r of influencerConditions.ranks) expect(bonusRateFor(r)).toBeGreaterThan(0);
  });

  it("the switch review is measured in weeks", () => {
    expect(switchReviewWeeks.unit).toBe("週間");
    expect(switchReviewWeeks.value).toBeGreaterThan(0);
  });
});
