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
    expect(scoreQuiz(states)).toEqual({ correct: 1, answered: 2, total: 3, complete: false });
    expect(scoreSummary(scoreQuiz(states))).toBe("3問中1問正解(残り1問)");
  });

  it("is complete once every question is checked, right or wrong", () => {
    const score = scoreQuiz([
      { chosen: 2, answer: 2 },
      { chosen: 0, answer: 1 },
    ]);
    expect(score.complete).toBe(true);
    expect(scoreSummary(score)).toBe("2問中1問正解。このレッスンを完了にしました。");
  });

  it("an empty quiz is never complete", () => {
    expect(scoreQuiz([]).complete).toBe(false);
  });

  it("an unchecked question is never correct", () => {
    expect(isCorrect(null, 0)).toBe(false);
  });

  it("property: 0 <= correct <= answered <= total, complete iff all answered", () => {
    const state = fc.record({
      chosen: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      answer: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(state, { maxLength: 8 }), (states) => {
        const s = scoreQuiz(states);
        expect(s.correct).toBeGreaterThanOrEqual(0);
        expect(s.correct).toBeLessThanOrEqual(s.answered);
        expect(s.answered).toBeLessThanOrEqual(s.total);
        expect(s.complete).toBe(states.length > 0 && states.every((x) => x.chosen !== null));
        expect(s.correct).toBe(states.filter((x) => x.chosen === x.answer).length);
      }),
    );
  });
});
