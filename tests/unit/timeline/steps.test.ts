/** Mail settings of the timeline: base date per mail, the closed-day rule, the repurchase day, the sending window, holiday coverage. */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import { buildTimeline, type TimelineInput } from "../../../src/lib/timeline/events";
import { HOLIDAY_SOURCE, HOLIDAY_YEARS } from "../../../src/lib/timeline/holidays";
import { TIMELINE_DEFAULTS, timelineParams } from "../../../src/lib/timeline/params";
import { coverageWarning, eventNotes, planTimeline } from "../../../src/lib/timeline/plan";
import { planIcs } from "../../../src/lib/timeline/plan-ics";

const base: TimelineInput = {
  closedWeekdays: ["sat", "sun"],
  closedRanges: [],
  order: "2026-01-05", // Monday
  ship: 1, // Tue 01-06
  transit: 2, // arrival Thu 01-08
  usage: 2,
  review: 5,
  couponAfter: 7,
  coupon: 14,
  cycle: null,
  lapse: null,
};
const events = (input: TimelineInput) => {
  const t = buildTimeline(input);
  if (!t.ok) throw new Error(t.error);
  return Object.fromEntries(t.events.map((e) => [e.id, e]));
};

describe("base date per mail", () => {
  it("counts each mail from the order, the ship day or the arrival", () => {
    const e = events({ ...base, bases: { review: "ship", usage: "order", thanks: "ship", coupon: "order" } });
    expect(e.review?.date).toBe("2026-01-11"); // ship 01-06 + 5
    expect(e.usage?.date).toBe("2026-01-07"); // order 01-05 + 2
    expect(e.thanks?.date).toBe("2026-01-06"); // on the ship day
    expect(e["coupon-start"]?.date).toBe("2026-01-12");
    expect(e["coupon-end"]?.date).toBe("2026-01-25");
  });
  it("keeps today's dates when no base is chosen", () => {
    const e = events(base);
    expect([e.thanks?.date, e.usage?.date, e.review?.date]).toEqual([
      "2026-01-05",
      "2026-01-10",
      "2026-01-13",
    ]);
  });
});

describe("mails on closed days", () => {
  // usage: arrival 01-08 + 2 = Sat 01-10; review 01-13 Tue (open); coupon 01-15 Thu.
  it("sends anyway by default", () => {
    expect(events(base).usage?.date).toBe("2026-01-10");
    expect(events(base).usage?.movedFrom).toBeUndefined();
  });
  it("moves to the previous business day, or to the next one", () => {
    expect(events({ ...base, onClosed: "prev" }).usage).toMatchObject({
      date: "2026-01-09",
      movedFrom: "2026-01-10",
    });
    // 01-12 is 成人の日 (Monday): the next business day after Sat 01-10 is Tue 01-13.
    expect(events({ ...base, onClosed: "next" }).usage).toMatchObject({
      date: "2026-01-13",
      movedFrom: "2026-01-10",
    });
  });
  it("never moves a mail before the order day: it goes to the next business day instead", () => {
    const sat = { ...base, order: "2026-01-10", onClosed: "prev" as const };
    expect(events(sat).thanks).toMatchObject({ date: "2026-01-13", movedFrom: "2026-01-10" });
  });
  it("moves the coupon's end with its start", () => {
    const e = events({ ...base, couponAfter: 9, onClosed: "next" }); // 01-17 Sat -> 01-19 Mon
    expect(e["coupon-start"]?.date).toBe("2026-01-19");
    expect(e["coupon-end"]?.date).toBe("2026-02-01");
  });
});

describe("repurchase day", () => {
  it("cancels the mails dated after it, and the coupon's end with a cancelled start", () => {
    const e = events({ ...base, cycle: 30, lapse: 90, rebuy: "2026-01-12" });
    expect(e.usage?.cancelled).toBeUndefined(); // 01-10
    for (const id of ["review", "coupon-start", "coupon-end", "replenish", "lapsed"])
      expect(e[id]?.cancelled, id).toBe(true);
    expect(e.ship?.cancelled).toBeUndefined();
  });
  it("ignores a repurchase day before the order, and says so", () => {
    const plan = planTimeline(
      { ...TIMELINE_DEFAULTS, order: "2026-01-05", rebuy: "2026-01-01" },
      "2026-01-05",
    );
    expect(plan.ok && plan.rebuyIgnored).toBe(true);
    expect(plan.ok && plan.events.some((e) => e.cancelled)).toBe(false);
  });
  it("leaves cancelled mails out of the .ics file", () => {
    const plan = planTimeline(
      { ...TIMELINE_DEFAULTS, order: "2026-01-05", rebuy: "2026-01-12" },
      "2026-01-05",
    );
    if (!plan.ok) throw new Error(plan.error);
    const ics = planIcs(plan, [], "20260101T000000Z", eventNotes("x"));
    expect(ics).not.toContain("SUMMARY:レビュー依頼メール");
    expect(ics).toContain("SUMMARY:使い方メール");
  });
});

describe("sending window", () => {
  it("puts the window's times on the mails in the .ics file", () => {
    const { values } = timelineParams.parse("order=2026-01-05&sendFrom=9:30&sendTo=１８：００");
    expect([values.sendFrom, values.sendTo]).toEqual(["09:30", "18:00"]);
    const plan = planTimeline(values, "2026-01-05");
    if (!plan.ok) throw new Error(plan.error);
    const ics = planIcs(plan, [], "20260101T000000Z", eventNotes("x"), {
      start: values.sendFrom,
      end: values.sendTo,
    });
    expect(ics).toContain("DTSTART;TZID=Asia/Tokyo:20260113T093000\r\nDTEND;TZID=Asia/Tokyo:20260113T180000");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260106"); // the ship day stays all-day
  });
  it("a window that ends before it starts falls back to the default with a notice", () => {
    const { values, notices } = timelineParams.parse("sendFrom=13:00&sendTo=12:00");
    expect([values.sendFrom, values.sendTo]).toEqual(["10:00", "12:00"]);
    expect(notices.map((n) => n.param)).toEqual(["sendFrom"]);
  });
});

describe("holiday coverage", () => {
  it("names its source and the years it covers", () => {
    expect(HOLIDAY_SOURCE.url).toMatch(/^https:\/\/www8\.cao\.go\.jp\//);
    expect(HOLIDAY_YEARS.last).toBe(2050);
  });
  it("warns about years past the list", () => {
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order: "2049-12-31", lapse: 730 }, "2026-01-05");
    expect(plan.ok && plan.uncovered).toEqual([2051]);
    expect(coverageWarning([2051])).toContain("2050年まで");
    expect(coverageWarning([])).toBe("");
  });
});
