/** The URL parameters of the timeline page and the plan built from them. */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import { TIMELINE_DEFAULTS, TIMELINE_PARAMS } from "../../../src/lib/timeline/params";
import { eventNotes, planTimeline } from "../../../src/lib/timeline/plan";
import { planIcs } from "../../../src/lib/timeline/plan-ics";
import { timelineFactsFromFacts } from "../../../src/lib/timeline/from-facts";

describe("parameter schemas", () => {
  it("accepts values inside the bounds and rejects the rest", () => {
    expect(TIMELINE_PARAMS.ship.schema.safeParse("3")).toEqual({ success: true, data: 3 });
    expect(TIMELINE_PARAMS.ship.schema.safeParse("31").success).toBe(false);
    expect(TIMELINE_PARAMS.coupon.schema.safeParse("0").success).toBe(false);
    expect(TIMELINE_PARAMS.transit.schema.safeParse("-1").success).toBe(false);
    expect(TIMELINE_PARAMS.transit.schema.safeParse("1e1").success).toBe(false);
    expect(TIMELINE_PARAMS.order.schema.safeParse("2026-02-29").success).toBe(false);
    expect(TIMELINE_PARAMS.order.schema.safeParse("2050-01-01").success).toBe(false);
    expect(TIMELINE_PARAMS.closed.schema.safeParse("sun,mon,tue,wed,thu,fri,sat").success).toBe(false);
    expect(TIMELINE_PARAMS.closed.schema.safeParse("")).toEqual({ success: true, data: [] });
    expect(TIMELINE_PARAMS.holidays.schema.safeParse("2026-12-29..2027-01-04").success).toBe(true);
  });
  it("reads full-width digits and Japanese date forms in a hand-edited URL", () => {
    expect(TIMELINE_PARAMS.ship.schema.safeParse("３")).toEqual({ success: true, data: 3 });
    expect(TIMELINE_PARAMS.order.schema.safeParse("2026/1/5")).toEqual({ success: true, data: "2026-01-05" });
    expect(TIMELINE_PARAMS.order.schema.safeParse("<script>").success).toBe(false);
  });
  it("writes back what it reads", () => {
    const text = "2026-12-04..2026-12-11:スーパーSALE,2026-12-20..2026-12-20:5と0のつく日";
    const parsed = TIMELINE_PARAMS.sales.schema.safeParse(text);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(TIMELINE_PARAMS.sales.format(parsed.data)).toBe(text);
  });
});

describe("plan", () => {
  it("uses today's Tokyo date when no order date is given", () => {
    const plan = planTimeline(TIMELINE_DEFAULTS, "2026-01-05");
    expect(plan.order).toBe("2026-01-05");
    expect(plan.ok && plan.events.find((e) => e.id === "ship")?.date).toBe("2026-01-06");
  });
  it("turns 0 into 'not sent' for the replenishment and lapsed mails", () => {
    const plan = planTimeline(
      { ...TIMELINE_DEFAULTS, order: "2026-01-05", cycle: 0, lapse: 0 },
      "2000-01-01",
    );
    expect(plan.ok && plan.events.map((e) => e.id)).not.toContain("replenish");
    expect(plan.ok && plan.events.map((e) => e.id)).not.toContain("lapsed");
  });
  it("warns about a sale that starts right after the coupon ends", () => {
    const sales = [{ name: "お買い物マラソン", start: "2026-01-29", end: "2026-02-02" }];
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order: "2026-01-05", sales }, "2000-01-01");
    // arrival 01-08, coupon 01-15..01-28: ends one day before the sale
    expect(plan.ok && plan.warnings).toEqual([{ sale: sales[0], kind: "before", gapDays: 1 }]);
  });
  it("exports every event and every sale to .ics, and reminds that reviews may not be rewarded", () => {
    const sales = [{ name: "スーパーSALE", start: "2026-03-04", end: "2026-03-11" }];
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order: "2026-01-05", sales }, "2000-01-01");
    if (!plan.ok) throw new Error(plan.error);
    const { reviewRule } = timelineFactsFromFacts();
    const notes = eventNotes(reviewRule.text);
    const ics = planIcs(plan, sales, "20260101T000000Z", notes);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(plan.events.length + 1);
    for (const e of plan.events) {
      const day = e.date.replace(/-/g, "");
      // Mails go out in the sending window (10:00-12:00 by default); the other steps are all-day entries.
      expect(ics).toContain(e.mail ? `DTSTART;TZID=Asia/Tokyo:${day}T100000` : `DTSTART;VALUE=DATE:${day}`);
    }
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("DTEND;VALUE=DATE:20260312");
    expect(notes.review).toContain(reviewRule.text);
    expect(ics.replace(/\r\n /g, "")).toContain(`DESCRIPTION:${notes.review.replace(/,/g, "\\,")}`);
  });
});
