/** Every quiz question by its key, with its lesson's title: what the review list on /learn/ shows (served as JSON). */
import type { QuizSet } from "./quiz";
import { questionKey } from "./question-key";

export interface ReviewQuestion {
  slug: string;
  /** The lesson's page title. */
  title: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
}

/** Question key -> question; `titles` maps a lesson slug to its page title (the slug when missing). */
export function reviewQuestions(
  quizzes: QuizSet,
  titles: ReadonlyMap<string, string>,
): Record<string, ReviewQuestion> {
  const out: Record<string, ReviewQuestion> = {};
  for (const [slug, questions] of Object.entries(quizzes)) {
    for (const q of questions) {
      out[questionKey(slug, q)] = { slug, title: titles.get(slug) ?? slug, ...q };
    }
  }
  return out;
}
