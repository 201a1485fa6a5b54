/** Worked cases for the CRM timeline core: dates, business days, events, sale warnings, lists, calendar grid, .ics. */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import { addDays, dayNumber, daysBetween, tokyoToday, weekday } from "../../../src/lib/timeline/dates";
import { closedReason, nthBusinessDayAfter, type ShopCalendar } from "../../../src/lib/timeline/business";
import { buildTimeline, type TimelineInput } from "../../../src/lib/timeline/events";
import { formatJaDate } from "../../../src/lib/timeline/format";
import { nationalHoliday } from "../../../src/lib/timeline/holidays";
import { saleWarnings } from "../../../src/lib/timeline/sales";
import { formatSales, parseRanges, parseSales, parseWeekdays } from "../../../src/lib/timeline/lists";
import { monthGrid, monthsBetween } from "../../../src/lib/timeline/calendar";
import { escapeIcsText, foldIcsLine, toIcs } from "../../../src/lib/timeline/ics";

const weekend: ShopCalendar = { closedWeekdays: ["sat", "sun"], closedRanges: [] };
const base: TimelineInput = {
  ...weekend,
  order: "2026-01-05",
  ship: 1,
  transit: 2,
  usage: 2,
  review: 5,
  couponAfter: 7,
  coupon: 14,
  cycle: null,
  lapse: null,
};
const dateOf = (input: TimelineInput, id: string) => {
  const t = buildTimeline(input);
  if (!t.ok) throw new Error(t.error);
  return t.events.find((e) => e.id === id)?.date;
};

describe("dates", () => {
  it("rejects impossible dates and does day arithmetic across month and year ends", () => {
    expect(dayNumber("2026-02-29")).toBeNull();
    expect(dayNumber("2028-02-29")).not.toBeNull();
    expect(dayNumber("2026-1-5")).toBeNull();
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(weekday("2026-01-05")).toBe(1);
  });
  it("takes today's date in Tokyo, not in UTC", () => {
    expect(tokyoToday(new Date("2026-01-04T15:00:00Z"))).toBe("2026-01-05");
    expect(tokyoToday(new Date("2026-01-04T14:59:59Z"))).toBe("2026-01-04");
  });
  it("formats with the Japanese weekday", () => {
    expect(formatJaDate("2026-01-05")).toBe("2026年1月5日(月)");
    expect(formatJaDate("2027-01-01")).toBe("2027年1月1日(金)");
  });
});

describe("business days", () => {
  it("skips Golden Week: an order on Saturday 2026-05-02 ships on Thursday 2026-05-07", () => {
    expect(nationalHoliday("2026-05-06")).toContain("振替休日");
    expect(nthBusinessDayAfter("2026-05-02", 1, weekend)).toBe("2026-05-07");
    expect(closedReason("2026-05-04", weekend)).toBe("祝日(みどりの日)");
  });
  it("skips a year-end closure range and New Year's Day", () => {
    const cal: ShopCalendar = { ...weekend, closedRanges: [{ start: "2026-12-29", end: "2027-01-04" }] };
    expect(nthBusinessDayAfter("2026-12-30", 1, cal)).toBe("2027-01-05");
    expect(nthBusinessDayAfter("2026-12-28", 0, cal)).toBe("2026-12-28");
    expect(nthBusinessDayAfter("2026-12-28", 1, cal)).toBe("2027-01-05");
    expect(closedReason("2027-01-04", cal)).toBe("休業期間");
  });
  it("ship 0 means the order day itself when the shop works that day", () => {
    expect(nthBusinessDayAfter("2026-01-05", 0, weekend)).toBe("2026-01-05");
    expect(nthBusinessDayAfter("2026-01-10", 0, weekend)).toBe("2026-01-13"); // Sat, Sun, 成人の日
  });
  it("gives up when every weekday is closed", () => {
    const all: ShopCalendar = {
      closedWeekdays: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"],
      closedRanges: [],
    };
    expect(nthBusinessDayAfter("2026-01-05", 1, all)).toBeNull();
    expect(buildTimeline({ ...base, ...all }).ok).toBe(false);
  });
});

describe("timeline", () => {
  it("computes the worked year-end example", () => {
    const input = {
      ...base,
      order: "2026-12-30",
      closedRanges: [{ start: "2026-12-29", end: "2027-01-04" }],
    };
    expect(dateOf(input, "ship")).toBe("2027-01-05");
    expect(dateOf(input, "arrival")).toBe("2027-01-07");
    expect(dateOf(input, "review")).toBe("2027-01-12");
    expect(dateOf(input, "coupon-start")).toBe("2027-01-14");
    expect(dateOf(input, "coupon-end")).toBe("2027-01-27");
    expect(dateOf(input, "thanks")).toBe("2026-12-30");
  });
  it("adds the optional mails only when set, replenishment one week before the cycle ends", () => {
    expect(dateOf({ ...base, usage: null }, "usage")).toBeUndefined();
    expect(dateOf({ ...base, cycle: 30 }, "replenish")).toBe(addDays("2026-01-08", 23));
    expect(dateOf({ ...base, lapse: 90 }, "lapsed")).toBe("2026-04-05");
  });
  it("lists events in date order with ties in the documented order", () => {
    const t = buildTimeline({ ...base, transit: 0, review: 0, couponAfter: 0, usage: 0 });
    if (!t.ok) throw new Error(t.error);
    expect(t.events.map((e) => e.id)).toEqual([
      "order",
      "thanks",
      "ship",
      "arrival",
      "usage",
      "review",
      "coupon-start",
      "coupon-end",
    ]);
  });
});

describe("sale warnings", () => {
  const sale = { name: "スーパーSALE", start: "2026-03-04", end: "2026-03-11" };
  it("warns when the coupon expires within N days before a sale", () => {
    expect(saleWarnings("2026-02-15", "2026-03-02", [sale], 3)).toEqual([
      { sale, kind: "before", gapDays: 2 },
    ]);
    expect(saleWarnings("2026-02-15", "2026-02-25", [sale], 3)).toEqual([]);
  });
  it("warns when the coupon overlaps a sale, including a one-day touch", () => {
    expect(saleWarnings("2026-03-11", "2026-03-20", [sale], 3)[0]?.kind).toBe("overlap");
    expect(saleWarnings("2026-03-12", "2026-03-20", [sale], 3)).toEqual([]);
  });
});

describe("list parameters", () => {
  it("parses weekdays, ranges and sales and rejects malformed ones", () => {
    expect(parseWeekdays("SUN, sat,sun")).toEqual(["sun", "sat"]);
    expect(parseWeekdays("sat,holiday")).toBeNull();
    expect(parseRanges("2026-12-29..2027-01-04,2026-08-13")).toEqual([
      { start: "2026-12-29", end: "2027-01-04" },
      { start: "2026-08-13", end: "2026-08-13" },
    ]);
    expect(parseRanges("2027-01-04..2026-12-29")).toBeNull();
    expect(parseRanges("2026-02-30")).toBeNull();
    expect(parseRanges("2026-01-01..2026-01-31")).toHaveLength(1);
    expect(parseRanges("2026-01-01..2026-02-01")).toBeNull(); // 32 days
    expect(parseRanges(Array.from({ length: 21 }, () => "2026-08-13").join(","))).toBeNull();
    expect(parseSales("2026-03-04..2026-03-11:スーパーSALE")).toEqual([
      { name: "スーパーSALE", start: "2026-03-04", end: "2026-03-11" },
    ]);
    expect(parseSales("2026-03-04..2026-03-11")).toBeNull();
    expect(parseSales("2026-03-04:<img src=x onerror=alert(1)>")).toEqual([
      { name: "<img src=x onerror=alert(1)>", start: "2026-03-04", end: "2026-03-04" },
    ]);
    expect(formatSales([{ name: "a,b:c", start: "2026-03-04", end: "2026-03-05" }])).toBe(
      "2026-03-04..2026-03-05:a b c",
    );
  });
});

describe("calendar grid", () => {
  it("lays out January 2026 starting on Thursday, Sunday first", () => {
    const weeks = monthGrid("2026-01");
    expect(weeks[0]).toEqual([null, null, null, null, "2026-01-01", "2026-01-02", "2026-01-03"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(monthsBetween("2026-11-20", "2027-02-01")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });
});

describe(".ics", () => {
  it("escapes text, folds long Japanese lines on character boundaries and ends all-day events the next day", () => {
    expect(escapeIcsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const long = `SUMMARY:${"レビュー依頼".repeat(10)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
    const text = toIcs(
      [{ uid: "ship-1@x", date: "2026-12-31", summary: "発送日" }],
      "20260101T000000Z",
      "CRM",
    );
    expect(text).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
