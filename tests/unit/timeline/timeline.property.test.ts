/** Property tests for the timeline core: event order, business days, and identical results in any process time zone. */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import fc from "fast-check";
import { addDays, daysBetween } from "../../../src/lib/timeline/dates";
import { isBusinessDay, nthBusinessDayAfter } from "../../../src/lib/timeline/business";
import { calendarArb, inputArb, isoArb } from "./arbitraries";
import { buildTimeline } from "../../../src/lib/timeline/events";

/** The pairs of steps that must never swap, whatever the settings. */
const mustPrecede = [
  ["order", "ship"],
  ["ship", "arrival"],
  ["arrival", "usage"],
  ["arrival", "review"],
  ["arrival", "coupon-start"],
  ["coupon-start", "coupon-end"],
  ["arrival", "replenish"],
  ["order", "lapsed"],
] as const;

describe("timeline properties", () => {
  it("keeps causal order, sorts by date, and ships on a business day", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const t = buildTimeline(input);
        expect(t.ok).toBe(true);
        if (!t.ok) return;
        const date = new Map(t.events.map((e) => [e.id, e.date]));
        for (const [a, b] of mustPrecede) {
          const da = date.get(a);
          const db = date.get(b);
          if (da && db) expect(da <= db).toBe(true);
        }
        const sorted = t.events.map((e) => e.date);
        expect(sorted).toEqual([...sorted].sort());
        expect(isBusinessDay(date.get("ship") ?? "", input)).toBe(true);
        expect(daysBetween(date.get("coupon-start") ?? "", date.get("coupon-end") ?? "")).toBe(
          input.coupon - 1,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("counts exactly n business days and never lands on a holiday or closed day", () => {
    fc.assert(
      fc.property(isoArb, fc.integer({ min: 1, max: 15 }), calendarArb, (from, n, cal) => {
        const to = nthBusinessDayAfter(from, n, cal);
        if (to === null) throw new Error("no business day found");
        expect(isBusinessDay(to, cal)).toBe(true);
        let count = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d, cal)) count++;
        expect(count).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
