/** Quiz scoring: which answers are right, whether the quiz is complete, and the summary sentence. Pure; no DOM. */

/** One question's state: the index the reader checked (null until checked) and the right index. */
export interface AnswerState {
  chosen: number | null;
  answer: number;
}

export interface QuizScore {
  correct: number;
  answered: number;
  total: number;
  /** Every question has been checked at least once. */
  complete: boolean;
}

/** True when the chosen choice is the right one. */
export function isCorrect(chosen: number | null, answer: number): boolean {
  return chosen !== null && chosen === answer;
}

/** Counts right and checked answers. */
export function scoreQuiz(states: readonly AnswerState[]): QuizScore {
  const answered = states.filter((s) => s.chosen !== null).length;
  const correct = states.filter((s) => isCorrect(s.chosen, s.answer)).length;
  return {
    correct,
    answered,
    total: states.length,
    complete: states.length > 0 && answered === states.length,
  };
}

/** The sentence announced after each check: 「3問中2問正解」, plus the completion note when complete. */
export function scoreSummary(score: QuizScore): string {
  const base = `${score.total}問中${score.correct}問正解`;
  if (!score.complete) return `${base}(残り${score.total - score.answered}問)`;
  return `${base}。このレッスンを完了にしました。`;
}
