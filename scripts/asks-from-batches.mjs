/**
 * `node scripts/asks-from-batches.mjs`: writes the questions of the training batches (TRAINING_BATCHES in
 * tests/search/eval.mjs) as section questions, one file per page in src/lib/search/asks/batches/ (named like the
 * page's own file in src/lib/search/asks/), under every section their answer key names. A question that is also one of
 * the gated set or of a held-out batch (a short keyword query two writers both typed) is left out, so it stays unseen.
 * Rewrites the folder whole, so a batch taken off the list leaves it; run it after a batch or its key changes.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { trainingSectionQuestions } from "../tests/search/eval.mjs";

const ASKS = "src/lib/search/asks";
const OUT = join(ASKS, "batches");

/** Page ("room/limits/") -> file name of its own section questions ("room-limits.json"). */
const fileOf = new Map(
  readdirSync(ASKS)
    .filter((n) => n.endsWith(".json"))
    .map((n) => [JSON.parse(readFileSync(join(ASKS, n), "utf8")).page, n]),
);

/** page -> section id -> questions, in batch order. */
const pages = new Map();
for (const { page, id, q, set } of trainingSectionQuestions()) {
  if (!fileOf.has(page)) throw new Error(`${set}: /${page} has no question file`);
  const sections = pages.get(page) ?? new Map();
  pages.set(page, sections);
  const list = sections.get(id) ?? [];
  sections.set(id, list);
  if (!list.includes(q)) list.push(q);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let count = 0;
for (const [page, sections] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
  const data = { page, sections: Object.fromEntries(sections) };
  for (const list of sections.values()) count += list.length;
  // Written as the project's formatter writes it, so `npm run lint` passes without a second step.
  const file = join(OUT, fileOf.get(page));
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(JSON.stringify(data, null, 2), options));
}
console.log(`${count} questions on ${pages.size} pages -> ${OUT}/`);
