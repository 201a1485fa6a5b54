import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CORRECT_TO_LEAVE,
  addDays,
  dayOf,
  daysBetween,
  dueDay,
  dueKeys,
  isDay,
  isDue,
  nextReviewDay,
  recordAnswer,
  type Review,
} from "../../../src/lib/learn/review";

const K = "crm/why#abc";
/** Answers `key` on each [day, correct] in turn. */
const play = (steps: [string, boolean][], review: Review = {}) =>
  steps.reduce((r, [day, correct]) => recordAnswer(r, K, correct, day), review);

describe("spaced review schedule (fixed clock)", () => {
  it("a wrong answer comes back 1, 3 and 7 days later, then every 7 days", () => {
    expect([0, 1, 2, 3, 4].map((n) => dueDay("2026-11-23", n))).toEqual([
      "2026-11-24",
      "2026-11-26",
      "2026-11-30",
      "2026-12-07",
      "2026-12-14",
    ]);
    const r = play([["2026-11-23", false]]);
    expect(r[K]).toEqual({ since: "2026-11-23", next: "2026-11-24", streak: 0, at: "2026-11-23" });
    expect(dueKeys(r, "2026-11-23")).toEqual([]);
    expect(dueKeys(r, "2026-11-24")).toEqual([K]);
    expect(nextReviewDay(r, "2026-11-23")).toBe("2026-11-24");
  });

  it("leaves after two correct answers in a row on its due days", () => {
    let r = play([
      ["2026-11-23", false],
      ["2026-11-24", true],
    ]);
    expect(r[K]).toMatchObject({ streak: 1, next: "2026-11-26" });
    r = play([["2026-11-26", true]], r);
    expect(r[K]).toBeUndefined();
  });

  it("a wrong answer on a due day starts the count again but keeps the dates (1, 3, 7, 14)", () => {
    const r = play([
      ["2026-11-23", false],
      ["2026-11-24", true],
      ["2026-11-26", false],
    ]);
    expect(r[K]).toMatchObject({ streak: 0, next: "2026-11-30", since: "2026-11-23" });
    const r2 = play(
      [
        ["2026-11-30", true],
        ["2026-12-07", true],
      ],
      r,
    );
    expect(play([["2026-11-30", true]], r)[K]).toMatchObject({ streak: 1, next: "2026-12-07" });
    expect(r2[K]).toBeUndefined();
  });

  it("answers given before the due day do not count; a new mistake still resets the count", () => {
    const wrong = play([["2026-11-23", false]]);
    expect(play([["2026-11-23", true]], wrong)).toBe(wrong);
    const halfway = play(
      [
        ["2026-11-23", false],
        ["2026-11-24", true],
      ],
      {},
    );
    expect(play([["2026-11-25", true]], halfway)).toBe(halfway);
    expect(play([["2026-11-25", false]], halfway)[K]).toMatchObject({ streak: 0, next: "2026-11-26" });
  });

  it("an overdue question is due, and its next date is the next one on its schedule", () => {
    const r = play([["2026-11-23", false]]);
    expect(isDue(r[K], "2026-12-02")).toBe(true);
    expect(play([["2026-12-02", true]], r)[K]).toMatchObject({ streak: 1, next: "2026-12-07" });
  });

  it("a right answer to a question not on the list changes nothing", () => {
    const r: Review = {};
    expect(recordAnswer(r, K, true, "2026-11-23")).toBe(r);
  });

  it("days are local calendar days and count across months and years", () => {
    expect(dayOf(new Date(2026, 10, 23, 23, 59))).toBe("2026-11-23");
    expect(dayOf(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-11-23", "2026-12-07")).toBe(14);
    expect(isDay("2026-02-30")).toBe(false);
    expect(isDay("2026-11-23")).toBe(true);
  });

  const day0 = fc.date({ min: new Date("2025-01-01"), max: new Date("2030-01-01"), noInvalidDate: true });
  /** A first mistake, then answers on later days (gaps of 0-10 days), right or wrong. */
  const history = fc.tuple(
    day0,
    fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.boolean()), { maxLength: 30 }),
  );

  it("property: while on the list, the next date is after the last answer and on the 1-3-7-then-weekly schedule", () => {
    fc.assert(
      fc.property(history, ([start, steps]) => {
        let day = start.toISOString().slice(0, 10);
        let r = recordAnswer({}, K, false, day);
        const since = day;
        const schedule = new Set(Array.from({ length: 80 }, (_, n) => dueDay(since, n)));
        for (const [gap, correct] of steps) {
          day = addDays(day, gap);
          r = recordAnswer(r, K, correct, day);
          const item = r[K];
          if (!item) return; // left the list; the next property checks how
          expect(item.next > day).toBe(true);
          expect(schedule.has(item.next)).toBe(true);
          expect(item.streak).toBeLessThan(CORRECT_TO_LEAVE);
          expect(item.since).toBe(since);
        }
      }),
    );
  });

  it("property: a question leaves only on a due day, after two correct due answers in a row, never before day 3", () => {
    fc.assert(
      fc.property(history, ([start, steps]) => {
        let day = start.toISOString().slice(0, 10);
        const since = day;
        let r = recordAnswer({}, K, false, day);
        let dueCorrectInRow = 0;
        for (const [gap, correct] of steps) {
          day = addDays(day, gap);
          const before = r[K];
          if (!before) break;
          const due = isDue(before, day);
          r = recordAnswer(r, K, correct, day);
          if (due) dueCorrectInRow = correct ? dueCorrectInRow + 1 : 0;
          else if (!correct) dueCorrectInRow = 0;
          expect(r[K] === undefined).toBe(dueCorrectInRow >= CORRECT_TO_LEAVE);
          if (!r[K]) expect(daysBetween(since, day)).toBeGreaterThanOrEqual(3);
        }
      }),
    );
  });
});
