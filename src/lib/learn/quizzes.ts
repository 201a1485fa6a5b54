/** All lesson quizzes, merged from each section's file and validated once. */
import { quizSet, type QuizSet } from "./quiz";
import { crmQuizzes } from "./quizzes/crm";
import { roomQuizzes } from "./quizzes/room";

export const quizzes: QuizSet = quizSet.parse({ ...roomQuizzes, ...crmQuizzes });

/** Quiz questions for a lesson slug, or an empty list. */
export function quizFor(slug: string) {
  return quizzes[slug.replace(/^\/|\/$/g, "")] ?? [];
}
