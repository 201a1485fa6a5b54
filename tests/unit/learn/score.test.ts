import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCorrect, scoreQuiz, scoreSummary, type AnswerState } from "../../../src/lib/learn/score";

describe("quiz scoring", () => {
  it("counts right answers and unanswered questions", () => {
    const states: AnswerState[] = [
      { chosen: 1, answer: 1 },
      { chosen: 0, answer: 2 },
      { chosen: null, answer: 0 },
    ];
    expect(scoreQuiz(states)).toEqual({
      correct: 1,
      answered: 2,
      total: 3,
      allAnswered: false,
      allCorrect: false,
    });
    expect(scoreSummary(scoreQuiz(states))).toBe("3問中1問正解(残り1問)");
  });

  it("a wrong answer never completes the lesson: 4問中3問正解 says what completes it", () => {
    const score = scoreQuiz([
      { chosen: 2, answer: 2 },
      { chosen: 0, answer: 1 },
      { chosen: 1, answer: 1 },
      { chosen: 3, answer: 3 },
    ]);
    expect(score.allAnswered).toBe(true);
    expect(score.allCorrect).toBe(false);
    const text = scoreSummary(score);
    expect(text).toMatch(/^4問中3問正解。全問正解すると、このレッスンが完了になります。/);
    expect(text).not.toContain("完了にしました");
    // Completed by its button already: the summary does not contradict the status.
    expect(scoreSummary(score, true)).not.toContain("完了");
  });

  it("every answer right completes the lesson", () => {
    const score = scoreQuiz([
      { chosen: 2, answer: 2 },
      { chosen: 1, answer: 1 },
    ]);
    expect(score.allCorrect).toBe(true);
    expect(scoreSummary(score)).toBe("2問中2問正解。このレッスンを完了にしました。");
  });

  it("an empty quiz is never answered or right", () => {
    expect(scoreQuiz([])).toMatchObject({ allAnswered: false, allCorrect: false });
  });

  it("an unchecked question is never correct", () => {
    expect(isCorrect(null, 0)).toBe(false);
  });

  it("property: 0 <= correct <= answered <= total; all right implies all answered; completion text iff all right", () => {
    const state = fc.record({
      chosen: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      answer: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(state, { maxLength: 8 }), fc.boolean(), (states, done) => {
        const s = scoreQuiz(states);
        expect(s.correct).toBeGreaterThanOrEqual(0);
        expect(s.correct).toBeLessThanOrEqual(s.answered);
        expect(s.answered).toBeLessThanOrEqual(s.total);
        expect(s.allAnswered).toBe(states.length > 0 && states.every((x) => x.chosen !== null));
        expect(s.allCorrect).toBe(states.length > 0 && states.every((x) => x.chosen === x.answer));
        if (s.allCorrect) expect(s.allAnswered).toBe(true);
        expect(s.correct).toBe(states.filter((x) => x.chosen === x.answer).length);
        expect(scoreSummary(s, done).includes("完了にしました")).toBe(s.allCorrect);
      }),
    );
  });
});
