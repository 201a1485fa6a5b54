/** The plan behind the timeline page at its edges: the order-date range, optional mails, errors, notes and .ics. */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import {
  DAY_PARAMS,
  ORDER_RANGE,
  TIMELINE_DEFAULTS,
  timelineParams,
  readOrderDate,
} from "../../../src/lib/timeline/params";
import { eventNotes, planTimeline } from "../../../src/lib/timeline/plan";
import { DAY_DOCS, timelineParamDocs } from "../../../src/lib/timeline/params-doc";
import { paramRows } from "../../../src/lib/url-state/doc";
import { planIcs } from "../../../src/lib/timeline/plan-ics";

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe("order date", () => {
  it(`is read inside ${ORDER_RANGE.min}..${ORDER_RANGE.max}, both ends included`, () => {
    expect(readOrderDate(ORDER_RANGE.min)).toBe(ORDER_RANGE.min);
    expect(readOrderDate(ORDER_RANGE.max)).toBe(ORDER_RANGE.max);
    expect(readOrderDate("1999-12-31")).toBeNull();
    expect(readOrderDate("2050-01-01")).toBeNull();
    expect(readOrderDate("not a date")).toBeNull();
    expect(readOrderDate("2026年1月5日")).toBe("2026-01-05");
  });
});

describe("day-count parameters", () => {
  it("describe what they count and their whole-number range", () => {
    const rows = new Map(paramRows(timelineParams, timelineParamDocs).map((r) => [r.name, r]));
    for (const [name, p] of Object.entries(DAY_PARAMS)) {
      expect(rows.get(name)?.accepts).toBe(
        `${DAY_DOCS[name as keyof typeof DAY_DOCS]}(${p.min}〜${p.max}の整数)`,
      );
      expect(rows.get(name)?.label).toBe(p.label);
    }
  });
});

describe("planTimeline", () => {
  const order = "2026-01-05";

  it("sends the replenishment and lapsed mails when their day counts are set", () => {
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order, cycle: 30, lapse: 90 }, "2000-01-01");
    const ids = plan.ok ? plan.events.map((e) => e.id) : [];
    expect(ids).toContain("replenish");
    expect(ids).toContain("lapsed");
  });

  it("reports an error, with the order date, when no business day is left to ship", () => {
    const closed = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order, closed: [...closed] }, "2000-01-01");
    expect(plan).toEqual({ ok: false, order, error: expect.stringMatching(JAPANESE) });
  });

  it("warns about a sale that overlaps the coupon period, judged on the coupon's own dates", () => {
    const plan = planTimeline(TIMELINE_DEFAULTS, order);
    if (!plan.ok) throw new Error(plan.error);
    const start = plan.events.find((e) => e.id === "coupon-start")?.date ?? "";
    const end = plan.events.find((e) => e.id === "coupon-end")?.date ?? "";
    expect(start < end).toBe(true);
    const on = (s: string, e: string) => [{ name: "セール", start: s, end: e }];
    const warned = (s: string, e: string) =>
      planTimeline({ ...TIMELINE_DEFAULTS, order, sales: on(s, e), saleWarn: 0 }, "x");
    for (const [s, e] of [
      [start, start],
      [end, end],
      ["2026-01-01", start],
    ] as const) {
      const p = warned(s, e);
      expect(p.ok && p.warnings.map((w) => w.kind), `${s}..${e}`).toEqual(["overlap"]);
    }
    // Between the order and the coupon start: no overlap, and no "before" warning with saleWarn 0.
    const p = warned(order, order);
    expect(p.ok && p.warnings).toEqual([]);
  });
});

describe("event notes and .ics", () => {
  it("explain every event in Japanese; the review note ends with the rule it is given", () => {
    const notes = eventNotes("特典と引き換えにレビューを依頼しない");
    for (const [id, text] of Object.entries(notes)) expect(text, id).toMatch(JAPANESE);
    expect(notes.review.endsWith("楽天のルール: 特典と引き換えにレビューを依頼しない。")).toBe(true);
  });

  it("give each event a unique uid and name the calendar after the order", () => {
    const sales = [{ name: "スーパーSALE", start: "2026-03-04", end: "2026-03-11" }];
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order: "2026-01-05", sales }, "x");
    if (!plan.ok) throw new Error(plan.error);
    const ics = planIcs(plan, sales, "20260101T000000Z", eventNotes("r")).replace(/\r\n /g, "");
    const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    expect(uids).toHaveLength(plan.events.length + 1);
    expect(new Set(uids).size).toBe(uids.length);
    // UIDs name the order date, so the same plan imported twice updates its entries instead of doubling them.
    for (const uid of uids) expect(uid).toMatch(/20260105.*@crm-timeline$|2026-01-05.*@crm-timeline$/);
    expect(ics).toContain("SUMMARY:セール: スーパーSALE");
    expect(ics).toMatch(/^X-WR-CALNAME:購入後CRMタイムライン\(2026-01-05注文\)/m);
  });
});
