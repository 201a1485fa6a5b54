import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LEGACY_PROGRESS_KEY,
  PROGRESS_KEY,
  cleanSlug,
  countDone,
  emptyProgress,
  isDone,
  lessonOf,
  markDone,
  markUndone,
  parseProgress,
  progressLabel,
  saveQuiz,
  serializeProgress,
} from "../../../src/lib/learn/progress";

const slugArb = fc.stringMatching(/^[a-z]{1,8}\/[a-z-]{1,12}$/);
const at = new Date("2026-11-23T10:00:00Z");
const quiz = {
  answers: { "crm/why#a": 1, "crm/why#b": 0 },
  correct: 1,
  total: 2,
  at: "2026-11-23T10:00:00.000Z",
};

describe("progress storage model", () => {
  it("uses a versioned key and knows the one before it", () => {
    expect(PROGRESS_KEY).toMatch(/:v2$/);
    expect(LEGACY_PROGRESS_KEY).toMatch(/:v1$/);
  });

  it("treats missing, broken and foreign values as nothing done", () => {
    for (const raw of [
      null,
      undefined,
      "",
      "{",
      "[]",
      '{"version":3,"lessons":{},"review":{}}',
      '{"version":2,"lessons":[],"review":{}}',
      '{"version":2,"lessons":{"a":{"done":"not a time"}},"review":{}}',
      '{"version":2,"lessons":{"a":{"via":"magic"}},"review":{}}',
      '{"version":2,"lessons":{},"review":{"k":{"since":"2026-13-01","next":"2026-11-24","streak":0,"at":"2026-11-23"}}}',
      '{"version":1,"done":[]}',
      '{"version":1,"done":{"a":3}}',
    ]) {
      expect(parseProgress(raw)).toEqual(emptyProgress());
    }
  });

  it("reads a v1 record: its lessons stay done, with their times", () => {
    const p = parseProgress('{"version":1,"done":{"crm/why":"2026-11-23T10:00:00.000Z"}}');
    expect(p).toEqual({
      version: 2,
      lessons: { "crm/why": { done: "2026-11-23T10:00:00.000Z" } },
      review: {},
    });
  });

  it("marks a lesson done with how, and keeps it through a save and load", () => {
    const p = markDone(emptyProgress(), "/crm/why/", at, "quiz");
    expect(isDone(p, "crm/why")).toBe(true);
    const again = parseProgress(serializeProgress(p));
    expect(lessonOf(again, "/crm/why/")).toEqual({ done: "2026-11-23T10:00:00.000Z", via: "quiz" });
  });

  it("keeps the first completion time and method", () => {
    const first = markDone(emptyProgress(), "crm/why", at, "button");
    const second = markDone(first, "crm/why", new Date("2027-01-01T00:00:00Z"), "quiz");
    expect(second).toBe(first);
  });

  it("keeps quiz answers and the score, also when the lesson is undone", () => {
    let p = saveQuiz(emptyProgress(), "crm/why", quiz);
    p = markDone(p, "crm/why", at);
    expect(lessonOf(p, "crm/why").quiz).toEqual(quiz);
    p = markUndone(p, "crm/why");
    expect(isDone(p, "crm/why")).toBe(false);
    expect(lessonOf(parseProgress(serializeProgress(p)), "crm/why")).toEqual({ quiz });
  });

  it("unmarks a lesson without touching others", () => {
    let p = markDone(emptyProgress(), "crm/why", at);
    p = markDone(p, "crm/reviews", at);
    p = markUndone(p, "crm/why");
    expect(isDone(p, "crm/why")).toBe(false);
    expect(isDone(p, "crm/reviews")).toBe(true);
  });

  it("counts only the listed lessons, once each", () => {
    let p = markDone(emptyProgress(), "crm/why", at);
    p = markDone(p, "room/about", at);
    expect(countDone(p, ["crm/why", "crm/why", "crm/reviews"])).toBe(1);
    expect(progressLabel(3, 20)).toBe("3 / 20 完了");
  });

  it("property: marking any set of lessons done counts exactly that set, and round-trips", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(slugArb, { maxLength: 15 }),
        fc.uniqueArray(slugArb, { maxLength: 15 }),
        (done, listed) => {
          const p = done.reduce((acc, s) => markDone(acc, s, at), emptyProgress());
          const expected = listed.filter((s) => done.includes(s)).length;
          expect(countDone(p, listed)).toBe(expected);
          expect(parseProgress(serializeProgress(p))).toEqual(p);
        },
      ),
    );
  });

  it("property: done then undone leaves the record as it was", () => {
    fc.assert(
      fc.property(fc.uniqueArray(slugArb, { maxLength: 10 }), slugArb, (others, slug) => {
        const base = others
          .filter((s) => s !== slug)
          .reduce((acc, s) => markDone(acc, s, at), emptyProgress());
        expect(markUndone(markDone(base, slug, at), slug)).toEqual(base);
        expect(cleanSlug(`/${slug}/`)).toBe(slug);
      }),
    );
  });
});
