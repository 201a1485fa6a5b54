import { describe, expect, it } from "vitest";
import { learningPath, pathByDay } from "../../../src/lib/learn/path";
import { quizFor } from "../../../src/lib/learn/quizzes";
import { practiceQuizzes } from "../../../src/lib/learn/quizzes/practice";
import { rulesQuizzes } from "../../../src/lib/learn/quizzes/rules";

const sets = { ...rulesQuizzes, ...practiceQuizzes };
const questions = Object.values(sets).flat();
/** A scenario question quotes what someone at a client's shop says (「…」) and asks what to do. */
const isScenario = (q: { question: string; scenario?: boolean | undefined }) =>
  q.scenario === true && q.question.includes("「");

describe("quizzes of the rules, economics and practice lessons", () => {
  it("quiz only lessons on the path, 2 to 4 questions each", () => {
    const onPath = new Set(learningPath.map((e) => e.slug));
    for (const [slug, qs] of Object.entries(sets)) {
      expect(onPath.has(slug), slug).toBe(true);
      expect(qs.length, slug).toBeGreaterThanOrEqual(2);
      expect(qs.length, slug).toBeLessThanOrEqual(4);
    }
  });

  it("questions flagged as scenarios quote a client (「…」)", () => {
    for (const q of questions.filter((x) => x.scenario)) expect(q.question, q.question).toContain("「");
    expect(questions.filter((x) => x.scenario).length).toBeGreaterThanOrEqual(10);
  });

  it("every answer points at a choice, choices are distinct and stems end with a half-width ?", () => {
    for (const q of questions) {
      expect(q.answer, q.question).toBeLessThan(q.choices.length);
      expect(new Set(q.choices).size, q.question).toBe(q.choices.length);
      expect(q.question.endsWith("?"), q.question).toBe(true);
    }
  });

  it("no answer position holds more than 40% of these questions", () => {
    const counts = new Map<number, number>();
    for (const q of questions) counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1);
    for (const [pos, n] of counts) expect(n / questions.length, `position ${pos}`).toBeLessThanOrEqual(0.4);
  });

  it("every day of the path has at least one scenario question", () => {
    for (const { day, entries } of pathByDay()) {
      const scenarios = entries.flatMap((e) => quizFor(e.slug)).filter(isScenario);
      expect(scenarios.length, `day ${day}`).toBeGreaterThanOrEqual(1);
    }
  });
});
