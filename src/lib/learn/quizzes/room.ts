/** Self-check quizzes for the room lessons, keyed by lesson slug ("room/..."). */
import type { QuizSet } from "../quiz";

export const roomQuizzes: QuizSet = {};
