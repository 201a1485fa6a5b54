/** Search quality gate on the built site: Success@1 >= 90% on the gated set, and no question of any set without results. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluate, loadQuestions, questionSets, rankers } from "./eval.mjs";

const questions = loadQuestions();

test("the evaluation set has at least 60 questions, each with an answer", () => {
  assert.ok(questions.length >= 60, `${questions.length} questions`);
  for (const { q, answers } of questions) assert.ok(q && answers.length > 0, q);
});

test("question search: Success@1 >= 90%, no zero-result question", async () => {
  const { questionSearch } = await rankers();
  const r = await evaluate(questions, questionSearch);
  const report = r.misses
    .map((m) => `  ${m.q}\n    got  ${m.got.join(" | ")}\n    want ${m.want.join(" | ")}`)
    .join("\n");
  console.log(
    `Success@1 ${(r.success1 * 100).toFixed(1)}%  MRR@10 ${r.mrr10.toFixed(3)}  zero ${(r.zeroRate * 100).toFixed(1)}%  (n=${r.n})`,
  );
  assert.equal(r.zeroRate, 0, "questions without results");
  assert.ok(r.success1 >= 0.9, `Success@1 ${(r.success1 * 100).toFixed(1)}% < 90%\n${report}`);
});

test("every batch question gets at least one result (their ranking is reported by the bench, not gated)", async () => {
  const { questionSearch } = await rankers();
  const empty = [];
  for (const set of questionSets().filter((s) => s.batch !== undefined))
    for (const [i, { q }] of set.questions.entries())
      if ((await questionSearch(q)).length === 0)
        // A held-out question stays unread: the failure names its batch and position only.
        empty.push(`${set.name}: ${set.training || set.tuning ? q : `held-out question ${i + 1}`}`);
  assert.deepEqual(empty, []);
});
