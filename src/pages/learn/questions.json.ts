/** /learn/questions.json: every quiz question by key, for the review list (precached, so review works offline). */
import { getCollection } from "astro:content";
import { quizzes } from "../../lib/learn/quizzes";
import { reviewQuestions } from "../../lib/learn/review-questions";

export async function GET() {
  const titles = new Map((await getCollection("docs")).map((e) => [e.id, e.data.title]));
  return new Response(JSON.stringify(reviewQuestions(quizzes, titles)), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
