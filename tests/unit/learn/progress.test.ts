import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PROGRESS_KEY,
  cleanSlug,
  countDone,
  emptyProgress,
  isDone,
  markDone,
  markUndone,
  parseProgress,
  progressLabel,
  serializeProgress,
} from "../../../src/lib/learn/progress";

const slugArb = fc.stringMatching(/^[a-z]{1,8}\/[a-z-]{1,12}$/);
const at = new Date("2026-11-23T10:00:00Z");

describe("progress storage model", () => {
  it("uses a versioned key", () => {
    expect(PROGRESS_KEY).toMatch(/:v1$/);
  });

  it("treats missing, broken and foreign values as nothing done", () => {
    for (const raw of [
      null,
      undefined,
      "",
      "{",
      "[]",
      '{"version":2,"done":{}}',
      '{"version":1,"done":[]}',
      '{"version":1,"done":{"a":3}}',
    ]) {
      expect(parseProgress(raw)).toEqual(emptyProgress());
    }
  });

  it("marks a lesson done and keeps it through a save and load", () => {
    const p = markDone(emptyProgress(), "/crm/why/", at);
    expect(isDone(p, "crm/why")).toBe(true);
    const again = parseProgress(serializeProgress(p));
    expect(isDone(again, "/crm/why/")).toBe(true);
    expect(again.done["crm/why"]).toBe("2026-11-23T10:00:00.000Z");
  });

  it("keeps the first completion time", () => {
    const first = markDone(emptyProgress(), "crm/why", at);
    const second = markDone(first, "crm/why", new Date("2027-01-01T00:00:00Z"));
    expect(second.done["crm/why"]).toBe(first.done["crm/why"]);
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
