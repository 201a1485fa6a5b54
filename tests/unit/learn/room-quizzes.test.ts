import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quizSet } from "../../../src/lib/learn/quiz";
import { roomQuizzes } from "../../../src/lib/learn/quizzes/room";

const entries = Object.entries(roomQuizzes);

describe("room quizzes", () => {
  it("validate against the quiz schema", () => {
    expect(() => quizSet.parse(roomQuizzes)).not.toThrow();
  });

  it("cover every room lesson with 2 to 4 questions", () => {
    const lessons = [
      "about",
      "rewards",
      "rank",
      "limits",
      "merits",
      "setup",
      "daily",
      "audience",
      "sales",
      "marketing-mix",
    ];
    expect(Object.keys(roomQuizzes).sort()).toEqual(lessons.map((l) => `room/${l}`).sort());
    for (const [, questions] of entries) {
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(4);
    }
  });

  it.each(entries)("%s is keyed by an existing lesson file", (slug) => {
    expect(existsSync(`src/content/docs/${slug}.mdx`)).toBe(true);
  });

  it.each(entries)("%s: every answer points at a choice and choices are distinct", (_slug, questions) => {
    for (const q of questions) {
      expect(q.answer).toBeLessThan(q.choices.length);
      expect(new Set(q.choices).size).toBe(q.choices.length);
    }
  });
});
