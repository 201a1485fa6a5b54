/** All lesson quizzes, merged from each section's file and validated once. */
import { quizSet, type QuizSet } from "./quiz";
import { crmQuizzes } from "./quizzes/crm";
import { practiceQuizzes } from "./quizzes/practice";
import { roomQuizzes } from "./quizzes/room";
import { rulesQuizzes } from "./quizzes/rules";

export const quizzes: QuizSet = quizSet.parse({
  ...roomQuizzes,
  ...crmQuizzes,
  ...rulesQuizzes,
  ...practiceQuizzes,
});

/** Quiz questions for a lesson slug, or an empty list. */
export function quizFor(slug: string) {
  return quizzes[slug.replace(/^\/|\/$/g, "")] ?? [];
}
