import { describe, expect, it } from "vitest";
import * as facts from "../../../src/lib/facts";
import { ageInDays, collectFacts, freshnessReport, olderThanMonths } from "../../../src/lib/facts/freshness";

const fact = (asOf: string, status: "official" | "reported" | "editorial") => ({
  label: `${status} ${asOf}`,
  source: "jagoo-room",
  asOf,
  status,
});

describe("fact freshness", () => {
  it("counts calendar days and whole months", () => {
    expect(ageInDays("2026-11-28", "2026-11-29")).toBe(1);
    expect(ageInDays("2025-11-29", "2026-11-29")).toBe(365);
    expect(olderThanMonths("2025-11-29", "2026-11-29", 12)).toBe(false);
    expect(olderThanMonths("2025-11-28", "2026-11-29", 12)).toBe(true);
  });

  it("lists the oldest first and flags only official facts older than 12 months", () => {
    const rows = freshnessReport(
      [
        { path: "a", fact: fact("2026-01-01", "official") },
        { path: "b", fact: fact("2020-01-01", "reported") },
        { path: "c", fact: fact("2025-06-01", "official") },
      ],
      "2026-11-29",
    );
    expect(rows.map((r) => r.path)).toEqual(["b", "c", "a"]);
    expect(rows.map((r) => r.stale)).toEqual([false, true, false]);
  });

  it("finds every fact in the facts exports, nested ones included, and none is stale today", () => {
    const found = collectFacts(facts as Record<string, unknown>);
    expect(found.some((f) => f.path.startsWith("rankBonuses["))).toBe(true);
    expect(found.some((f) => f.path === "selfPurchaseRule")).toBe(true);
    expect(freshnessReport(found, "2026-11-29").filter((r) => r.stale)).toEqual([]);
  });
});
