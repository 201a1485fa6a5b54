import { describe, expect, it } from "vitest";
import { crmQuizzes } from "../../../src/lib/learn/quizzes/crm";
import { quizFor } from "../../../src/lib/learn/quizzes";
import { learningPath } from "../../../src/lib/learn/path";

describe("CRM quizzes", () => {
  const crmLessons = learningPath.filter((e) => e.slug.startsWith("crm/")).map((e) => e.slug);

  it("every CRM lesson has 2 to 4 questions", () => {
    for (const slug of crmLessons) {
      const qs = quizFor(slug);
      expect(qs.length, slug).toBeGreaterThanOrEqual(2);
      expect(qs.length, slug).toBeLessThanOrEqual(4);
    }
  });

  it("every answer index points at a choice and choices are distinct", () => {
    for (const [slug, qs] of Object.entries(crmQuizzes)) {
      for (const q of qs) {
        expect(q.answer, `${slug}: ${q.question}`).toBeLessThan(q.choices.length);
        expect(new Set(q.choices).size).toBe(q.choices.length);
      }
    }
  });

  it("only quizzes lessons that are on the path", () => {
    for (const slug of Object.keys(crmQuizzes)) expect(crmLessons).toContain(slug);
  });
});
