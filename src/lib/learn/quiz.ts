/** Types and validation for the self-check quizzes shown at the end of lessons. */
import { z } from "zod";

export const quizQuestion = z.object({
  question: z.string().min(1),
  choices: z.array(z.string().min(1)).min(2).max(5),
  /** Index into `choices` of the right answer. */
  answer: z.number().int().min(0),
  /** Why the answer is right (shown after answering). */
  explanation: z.string().min(1),
  /**
   * A workplace scenario: the stem quotes what a client's shop manager says (「…」) and asks what to check or answer.
   * Each day of the learning path needs at least one (tests/unit/learn/quiz-balance.test.ts).
   */
  scenario: z.boolean().optional(),
});
export type QuizQuestion = z.infer<typeof quizQuestion>;

/** Quizzes keyed by lesson slug ("room/rewards"). */
export const quizSet = z.record(z.string(), z.array(quizQuestion).min(1));
export type QuizSet = z.infer<typeof quizSet>;
