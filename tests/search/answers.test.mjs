/**
 * Every expected answer of every question set names a page and a heading id that exist in the built site:
 * a rewritten heading changes its id, and an answer pointing at a gone id can never be found.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pageIds } from "./built-ids.mjs";
import { questionSets } from "./eval.mjs";

test("every expected answer's page and #id exist in the built site", () => {
  const dead = [];
  for (const set of questionSets())
    for (const { q, answers } of set.questions)
      for (const a of answers) {
        const [page = "", id] = a.split("#");
        const ids = pageIds(page);
        if (!ids) dead.push(`${set.name}: ${q} -> ${a} (no page)`);
        else if (id && !ids.has(id)) dead.push(`${set.name}: ${q} -> ${a} (no #id)`);
      }
  assert.deepEqual(dead, []);
});
