/** Quiz scoring: which answers are right, whether every question is answered and right, and the summary sentence. Pure; no DOM. */

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
  allAnswered: boolean;
  /** Every question's checked answer is right: the lesson is complete. */
  allCorrect: boolean;
}

/** True when the chosen choice is the right one. */
export function isCorrect(chosen: number | null, answer: number): boolean {
  return chosen !== null && chosen === answer;
}

/** Counts right and checked answers. */
export function scoreQuiz(states: readonly AnswerState[]): QuizScore {
  const answered = states.filter((s) => s.chosen !== null).length;
  const correct = states.filter((s) => isCorrect(s.chosen, s.answer)).length;
  const total = states.length;
  return {
    correct,
    answered,
    total,
    allAnswered: total > 0 && answered === total,
    allCorrect: total > 0 && correct === total,
  };
}

/**
 * The sentence announced after each check: 「3問中2問正解(残り1問)」 while answering, then either the completion or
 * what completes the lesson (`done`: the lesson is already complete, e.g. by its button).
 */
export function scoreSummary(score: QuizScore, done = false): string {
  const base = `${score.total}問中${score.correct}問正解`;
  if (!score.allAnswered) return `${base}(残り${score.total - score.answered}問)`;
  if (score.allCorrect) return `${base}。このレッスンを完了にしました。`;
  if (done) return `${base}。不正解の問題は選び直して、もう一度答え合わせできます。`;
  return `${base}。全問正解すると、このレッスンが完了になります。不正解の問題は選び直して、もう一度答え合わせできます。`;
}
