import { describe, expect, it } from "vitest";
import { questionKey, slugOfKey } from "../../../src/lib/learn/question-key";
import { quizzes } from "../../../src/lib/learn/quizzes";

const q = { question: "ROOMの報酬は何で受け取る?", choices: ["楽天キャッシュ", "現金", "楽天ポイント"] };

describe("question keys", () => {
  it("are the lesson slug plus a hash of the wording and choices", () => {
    const key = questionKey("/room/rewards/", q);
    expect(key).toMatch(/^room\/rewards#[0-9a-z]+$/);
    expect(slugOfKey(key)).toBe("room/rewards");
    expect(questionKey("room/rewards", { ...q })).toBe(key);
  });

  it("change when the wording or the order of choices changes, so old answers are not applied to a new question", () => {
    const key = questionKey("room/rewards", q);
    expect(questionKey("room/rewards", { ...q, question: `${q.question} ` })).not.toBe(key);
    expect(questionKey("room/rewards", { ...q, choices: [...q.choices].reverse() })).not.toBe(key);
  });

  it("are unique across every quiz on the site", () => {
    const keys = Object.entries(quizzes).flatMap(([slug, qs]) => qs.map((x) => questionKey(slug, x)));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
