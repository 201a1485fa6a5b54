/**
 * Site-wide quiz rules, over every quiz file in src/lib/learn/quizzes (new files are picked up as they are added):
 * no answer position holds more than 40% of the correct answers, and each day of the learning path has a scenario.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { quizSet, type QuizQuestion } from "../../../src/lib/learn/quiz";
import { learningPath, pathByDay } from "../../../src/lib/learn/path";

const DIR = "src/lib/learn/quizzes";
/** Highest share of correct answers one position may hold. */
const MAX_SHARE = 0.4;

/** Every quiz set exported by every file in the quizzes folder, validated. */
async function allQuizzes(): Promise<Map<string, QuizQuestion[]>> {
  const all = new Map<string, QuizQuestion[]>();
  const files = readdirSync(DIR).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".d.ts"));
  for (const file of files) {
    const mod: Record<string, unknown> = await import(pathToFileURL(join(process.cwd(), DIR, file)).href);
    for (const value of Object.values(mod)) {
      const parsed = quizSet.safeParse(value);
      if (!parsed.success) continue;
      for (const [slug, qs] of Object.entries(parsed.data)) all.set(slug, [...(all.get(slug) ?? []), ...qs]);
    }
  }
  return all;
}

const quizzes = await allQuizzes();
const questions = [...quizzes.values()].flat();

/** A scenario stem quotes what someone at a client says (「…」) and asks a question. */
const isScenario = (q: QuizQuestion) =>
  q.scenario === true && /「[^」]{8,}」/.test(q.question) && /\?$/.test(q.question);

describe("quizzes across the site", () => {
  it("reads the quiz files", () => {
    expect(quizzes.size).toBeGreaterThanOrEqual(18);
    expect(questions.length).toBeGreaterThanOrEqual(40);
  });

  it(`spreads correct answers: no position holds more than ${MAX_SHARE * 100}% of them`, () => {
    const counts = new Map<number, number>();
    for (const q of questions) counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1);
    const shares = [...counts].map(([pos, n]) => [pos, n / questions.length] as const);
    for (const [pos, share] of shares)
      expect(share, `position ${pos + 1}: ${(share * 100).toFixed(1)}%`).toBeLessThanOrEqual(MAX_SHARE);
  });

  it("every answer points at a choice, choices are distinct and stems end with ?", () => {
    for (const [slug, qs] of quizzes)
      for (const q of qs) {
        expect(q.answer, `${slug}: ${q.question}`).toBeLessThan(q.choices.length);
        expect(new Set(q.choices).size, `${slug}: ${q.question}`).toBe(q.choices.length);
        expect(q.question, slug).toMatch(/\?$/);
      }
  });

  it("the right answer is not given away by being the longest (or the shortest) choice most of the time", () => {
    const only = (pick: (lengths: number[]) => number) =>
      questions.filter((q) => {
        const len = q.choices.map((c) => c.length);
        return len[q.answer] === pick(len) && len.filter((l) => l === len[q.answer]).length === 1;
      }).length / questions.length;
    expect(
      only((len) => Math.max(...len)),
      "longest",
    ).toBeLessThanOrEqual(0.5);
    expect(
      only((len) => Math.min(...len)),
      "shortest",
    ).toBeLessThanOrEqual(0.5);
  });

  it("each day of the learning path has at least one scenario question", () => {
    const missing = pathByDay(learningPath)
      .filter((d) => !d.entries.some((e) => (quizzes.get(e.slug) ?? []).some(isScenario)))
      .map((d) => `day ${d.day}`);
    expect(missing).toEqual([]);
  });

  it("every quizzed lesson is on the learning path", () => {
    const onPath = new Set(learningPath.map((e) => e.slug));
    expect([...quizzes.keys()].filter((s) => !onPath.has(s))).toEqual([]);
  });
});
