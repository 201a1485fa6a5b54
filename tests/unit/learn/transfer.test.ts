import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyProgress, isDone, type LessonRecord, type Progress } from "../../../src/lib/learn/progress";
import type { ReviewItem } from "../../../src/lib/learn/review";
import {
  CODE_PREFIX,
  MERGE_RULE,
  decodeImport,
  encodeCode,
  exportFile,
  exportFileName,
  mergeProgress,
} from "../../../src/lib/learn/transfer";

const now = new Date("2026-11-23T10:00:00Z");
const iso = fc
  .date({ min: new Date("2025-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = iso.map((t) => t.slice(0, 10));
const slug = fc.constantFrom("crm/why", "crm/reviews", "room/about", "room/rank", "tools/reward");
const quiz = fc.record({
  answers: fc.dictionary(fc.stringMatching(/^[a-z]{1,4}\/[a-z]{1,4}#[0-9a-z]{1,6}$/), fc.nat(4)),
  correct: fc.constant(1),
  total: fc.constant(2),
  at: iso,
});
const completion = fc.record(
  { done: iso, via: fc.constantFrom("quiz" as const, "button" as const) },
  { requiredKeys: ["done"] },
);
const lesson: fc.Arbitrary<LessonRecord> = fc
  .tuple(fc.option(completion, { nil: undefined }), fc.option(quiz, { nil: undefined }))
  .map(([c, q]) => ({ ...c, ...(q ? { quiz: q } : {}) }));
const item: fc.Arbitrary<ReviewItem> = fc.record({ since: day, next: day, streak: fc.nat(1), at: day });
const progress: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(2 as const),
  lessons: fc.dictionary(slug, lesson),
  review: fc.dictionary(fc.constantFrom("crm/why#a", "crm/why#b", "room/rank#c"), item),
});

describe("export, import and merge of the learning record", () => {
  const sample: Progress = {
    version: 2,
    lessons: {
      "crm/why": {
        done: "2026-11-20T01:00:00.000Z",
        via: "quiz",
        quiz: { answers: { "crm/why#a": 1 }, correct: 1, total: 1, at: "2026-11-20T01:00:00.000Z" },
      },
    },
    review: { "room/rank#c": { since: "2026-11-22", next: "2026-11-23", streak: 0, at: "2026-11-22" } },
  };

  it("a file and a code both read back to the same record", () => {
    expect(decodeImport(exportFile(sample, now))).toEqual(sample);
    const code = encodeCode(sample);
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(decodeImport(code)).toEqual(sample);
    // Pasted with line breaks and spaces, e.g. from a chat message.
    expect(decodeImport(`  ${code.slice(0, 20)}\n${code.slice(20, 50)} ${code.slice(50)}\n`)).toEqual(sample);
    expect(exportFileName(now)).toBe("rakuten-guide-progress-2026-11-23.json");
  });

  it("anything else is refused, not half read", () => {
    const code = encodeCode(sample);
    for (const text of [
      "",
      "hello",
      "{}",
      JSON.stringify(sample), // a bare record is not an export file
      JSON.stringify({ app: "other", progress: sample }),
      code.slice(0, code.length - 8),
      `${CODE_PREFIX}!!!`,
      `${CODE_PREFIX}${btoa('{"version":2,"lessons":{"a":{"done":1}},"review":{}}')}`,
    ]) {
      expect(decodeImport(text)).toBeNull();
    }
  });

  it("states the merge rule, and follows it: done stays done with the earlier date, newer answers win", () => {
    expect(MERGE_RULE).toContain("完了日は早いほう");
    const here: Progress = {
      version: 2,
      lessons: {
        "crm/why": {
          done: "2026-11-25T00:00:00.000Z",
          via: "button",
          quiz: { answers: {}, correct: 0, total: 2, at: "2026-11-25T00:00:00.000Z" },
        },
        "room/about": { done: "2026-11-21T00:00:00.000Z", via: "button" },
      },
      review: { "room/rank#c": { since: "2026-11-22", next: "2026-11-24", streak: 1, at: "2026-11-23" } },
    };
    const merged = mergeProgress(here, sample);
    expect(merged.lessons["crm/why"]).toEqual({
      done: "2026-11-20T01:00:00.000Z",
      via: "quiz",
      quiz: here.lessons["crm/why"]?.quiz,
    });
    expect(merged.lessons["room/about"]).toEqual(here.lessons["room/about"]);
    expect(merged.review["room/rank#c"]).toEqual(here.review["room/rank#c"]);
  });

  it("property: merging is idempotent, commutative, has the empty record as identity and loses no completed lesson", () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const ab = mergeProgress(a, b);
        expect(mergeProgress(a, a)).toEqual(a);
        expect(mergeProgress(a, emptyProgress())).toEqual(a);
        expect(mergeProgress(emptyProgress(), a)).toEqual(a);
        expect(ab).toEqual(mergeProgress(b, a));
        for (const p of [a, b])
          for (const [s, l] of Object.entries(p.lessons)) {
            if (!l.done) continue;
            expect(isDone(ab, s)).toBe(true);
            expect((ab.lessons[s]?.done ?? "") <= l.done).toBe(true);
          }
        expect(Object.keys(ab.review).sort()).toEqual(
          [...new Set([...Object.keys(a.review), ...Object.keys(b.review)])].sort(),
        );
      }),
    );
  });

  it("property: any record survives a file and a code unchanged", () => {
    fc.assert(
      fc.property(progress, (p) => {
        expect(decodeImport(exportFile(p, now))).toEqual(p);
        expect(decodeImport(encodeCode(p))).toEqual(p);
      }),
    );
  });
});
