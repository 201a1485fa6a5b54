/**
 * Every expected answer of every question set names a page and a heading id that exist in the built site:
 * a rewritten heading changes its id, and an answer pointing at a gone id can never be found.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { questionSets } from "./eval.mjs";

const dist = process.env.OUT_DIR ?? "dist";

/** The ids of a built page's elements (decoded), or undefined when the page does not exist. */
const idsCache = new Map();
export function pageIds(page) {
  if (idsCache.has(page)) return idsCache.get(page);
  const file = join(dist, decodeURIComponent(page), "index.html");
  const ids = existsSync(file)
    ? new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    : undefined;
  idsCache.set(page, ids);
  return ids;
}

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
