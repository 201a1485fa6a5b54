/** Edges of the timeline's list syntax, form rows, event order and .ics text. */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import { buildTimeline, EVENT_TITLES } from "../../../src/lib/timeline/events";
import { foldIcsLine, icsStamp, toIcs } from "../../../src/lib/timeline/ics";
import {
  cleanSaleName,
  formatRanges,
  MAX_PERIODS,
  parseRange,
  parseRanges,
  parseSales,
  SALE_NAME_MAX,
} from "../../../src/lib/timeline/lists";
import { checkRangeRows, rowsOfPeriods } from "../../../src/lib/timeline/rows";

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const days = (n: number, from = "2026-01-01") => {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe("closure ranges", () => {
  it("read one date or start..end, trimmed, and nothing else", () => {
    expect(parseRange(" 2026-08-13 ")).toEqual({ start: "2026-08-13", end: "2026-08-13" });
    expect(parseRange("2026-12-29..2027-01-04")).toEqual({ start: "2026-12-29", end: "2027-01-04" });
    for (const bad of [
      "2026-01-05..2026-01-06..2026-01-07",
      "x..2026-01-05",
      "2026-01-05..x",
      "2026-01-06..2026-01-05",
    ])
      expect(parseRange(bad), bad).toBeNull();
  });

  it(`take blank items as nothing, at most ${MAX_PERIODS} items, and fail as a whole on one bad item`, () => {
    expect(parseRanges("2026-01-05, ,2026-01-06")).toHaveLength(2);
    const many = (n: number) => Array.from({ length: n }, (_, i) => days(i * 2)).join(",");
    expect(parseRanges(many(MAX_PERIODS))).toHaveLength(MAX_PERIODS);
    expect(parseRanges(many(MAX_PERIODS + 1))).toBeNull();
    expect(parseRanges(`2026-01-05,2026-02-01..${days(40, "2026-02-01")}`)).toBeNull();
  });

  it("write one-day ranges as one date", () => {
    expect(
      formatRanges([
        { start: "2026-08-13", end: "2026-08-13" },
        { start: "2026-12-29", end: "2027-01-04" },
      ]),
    ).toBe("2026-08-13,2026-12-29..2027-01-04");
  });
});

describe("sale periods", () => {
  it("need a date range and a name after a colon", () => {
    expect(parseSales("2026-12-04..2026-12-11:スーパーSALE, ")).toEqual([
      { name: "スーパーSALE", start: "2026-12-04", end: "2026-12-11" },
    ]);
    for (const bad of ["2026-01-05x", "2026-01-05..2026-01-06:", "x..y:名前", "2026-01-05..2026-01-06: , "])
      expect(parseSales(bad), bad).toBeNull();
    const many = (n: number) => Array.from({ length: n }, (_, i) => `${days(i)}:s${i}`).join(",");
    expect(parseSales(many(MAX_PERIODS))).toHaveLength(MAX_PERIODS);
    expect(parseSales(many(MAX_PERIODS + 1))).toBeNull();
  });

  it("names lose list syntax, control characters and runs of spaces, and are cut at the limit", () => {
    expect(cleanSaleName(" a,b:c\u0001d \t  e ")).toBe("a b c d e");
    expect(cleanSaleName("x".repeat(SALE_NAME_MAX + 5))).toHaveLength(SALE_NAME_MAX);
  });
});

describe("form rows", () => {
  it("skip rows whose fields are all blank, spaces included; a blank end means one day", () => {
    const r = checkRangeRows(
      [
        { start: " ", end: " ", name: " " },
        { start: "2026-01-05", end: " ", name: "" },
      ],
      false,
    );
    expect(r).toEqual({ periods: [{ name: "", start: "2026-01-05", end: "2026-01-05" }], errors: [{}, {}] });
  });

  it("a closure may span 31 days at most; a sale may be longer", () => {
    const row = (end: string) => [{ start: "2026-01-01", end, name: "セール" }];
    expect(checkRangeRows(row("2026-01-31"), false).periods).toHaveLength(1);
    expect(checkRangeRows(row("2026-02-01"), false).errors[0]?.end).toMatch(/31日まで/);
    expect(checkRangeRows(row("2026-03-01"), true).periods).toHaveLength(1);
  });

  it("a bad end date gets its own message only when something was typed there", () => {
    const bad = checkRangeRows([{ start: "2026-01-05", end: "x", name: "" }], false);
    expect(bad.periods).toBeNull();
    expect(bad.errors[0]?.end).toMatch(JAPANESE);
    const badStart = checkRangeRows([{ start: "x", end: "", name: "" }], false);
    expect(badStart.errors[0]).toEqual({ start: expect.stringMatching(JAPANESE) });
  });

  it("one bad row withholds every period", () => {
    const r = checkRangeRows(
      [
        { start: "2026-01-05", end: "", name: "" },
        { start: "2026-01-09", end: "2026-01-08", name: "" },
      ],
      false,
    );
    expect(r.periods).toBeNull();
  });

  it("rows of periods leave a one-day end and a missing name blank", () => {
    expect(
      rowsOfPeriods([
        { start: "2026-01-05", end: "2026-01-05" },
        { start: "2026-01-05", end: "2026-01-07", name: "x" },
      ]),
    ).toEqual([
      { start: "2026-01-05", end: "", name: "" },
      { start: "2026-01-05", end: "2026-01-07", name: "x" },
    ]);
  });
});

describe("events", () => {
  const input = {
    order: "2026-01-05",
    ship: 0,
    transit: 0,
    usage: 0,
    review: 0,
    couponAfter: 0,
    coupon: 1,
    cycle: null,
    lapse: 1,
    closedWeekdays: [],
    closedRanges: [],
  };

  it("come in date order; events of one day keep the documented order", () => {
    const t = buildTimeline(input);
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
      "lapsed",
    ]);
  });

  it("a later event listed earlier moves after an earlier one listed later", () => {
    const t = buildTimeline({ ...input, transit: 3, lapse: 1 });
    if (!t.ok) throw new Error(t.error);
    const ids = t.events.map((e) => e.id);
    expect(ids.indexOf("lapsed")).toBeLessThan(ids.indexOf("arrival"));
    const dates = t.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("have Japanese titles", () => {
    for (const [id, title] of Object.entries(EVENT_TITLES)) expect(title, id).toMatch(JAPANESE);
  });
});

describe(".ics", () => {
  it("folds lines longer than 75 octets only", () => {
    expect(foldIcsLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldIcsLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });

  it("has the calendar and event properties calendar apps need", () => {
    const ics = toIcs([{ uid: "u1", date: "2026-01-05", summary: "件名" }], "20260105T000000Z", "名前");
    const lines = ics.split("\r\n");
    for (const line of [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//rakuten-room-crm-guide//crm-timeline//JA",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:名前",
      "X-WR-TIMEZONE:Asia/Tokyo",
      "BEGIN:VEVENT",
      "UID:u1",
      "DTSTAMP:20260105T000000Z",
      "DTSTART;VALUE=DATE:20260105",
      "DTEND;VALUE=DATE:20260106",
      "SUMMARY:件名",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
    ])
      expect(lines, line).toContain(line);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).not.toContain("DESCRIPTION");
  });

  it("stamps an instant in UTC basic form", () => {
    expect(icsStamp(new Date("2026-01-05T03:04:05.678Z"))).toBe("20260105T030405Z");
  });
});
