/** Self-check quizzes for the crm lessons, keyed by lesson slug ("crm/..."). */
import type { QuizSet } from "../quiz";

export const crmQuizzes: QuizSet = {};
