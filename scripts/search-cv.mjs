/**
 * `node scripts/search-cv.mjs`: cross-validation over the training batches. Each pair of the later training batches is
 * left out of the section questions in turn and searched (the other training questions stay in), so their figures
 * measure wording the search has not learnt, like a held-out batch; the tuning batches are searched with every training
 * question. WEIGHTS='[{"asks":0.3}]' tries weight overrides (src/lib/search/rerank.ts) one after another. Held-out
 * batches are never searched. Reads the built site (OUT_DIR or dist).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { asksData } from "../src/lib/search/asks.ts";
import { createSearch } from "../src/lib/search/index.ts";
import { WEIGHTS } from "../src/lib/search/rerank.ts";
import {
  builtSearchData,
  evaluate,
  memoized,
  questionSets,
  TRAINING_BATCHES,
  trainingSectionQuestions,
} from "../tests/search/eval.mjs";
import { loadPagefind } from "../tests/search/pagefind-node.mjs";

const dist = process.env.OUT_DIR ?? "dist";
const ASKS = "src/lib/search/asks";
/** The training batches from 21 on, two at a time in list order (batches 1–20 stay in every fold). */
const LATER = TRAINING_BATCHES.filter((b) => b >= 21);
/** Batches left out together. FOLDS='[[21,22]]' searches only the folds given. */
const FOLDS = process.env.FOLDS
  ? JSON.parse(process.env.FOLDS)
  : Array.from({ length: Math.ceil(LATER.length / 2) }, (_, i) => LATER.slice(2 * i, 2 * i + 2));

const { lexicon, kanaWords } = builtSearchData(dist);
/** Pagefind with its responses kept: every fold and weight asks the same sub-queries. */
const cached = memoized(await loadPagefind(dist));
const own = readdirSync(ASKS)
  .filter((n) => n.endsWith(".json"))
  .map((n) => JSON.parse(readFileSync(join(ASKS, n), "utf8")));
const sets = questionSets();
const training = trainingSectionQuestions(sets);
const setOf = (batch) => sets.find((s) => s.batch === batch);

/** The section questions without the given batches' questions, as /search/asks.json holds them. */
function asksWithout(batches) {
  const names = new Set(batches.map((b) => setOf(b).name));
  const pages = new Map();
  for (const { page, id, q, set } of training) {
    if (names.has(set)) continue;
    const sections = pages.get(page) ?? {};
    pages.set(page, sections);
    (sections[id] ??= []).push(q);
  }
  return asksData([...own, ...[...pages].map(([page, sections]) => ({ page, sections }))], (p) => p);
}

/** Section and page hits of the sets over a search with these section questions. */
async function hits(questionSetsToSearch, asks) {
  const engine = createSearch({ pagefind: cached, lexicon, asks, kanaWords });
  const rank = async (q) => (await engine.search(q)).hits.map((h) => h.url);
  const total = { section: 0, page: 0, n: 0 };
  for (const set of questionSetsToSearch) {
    const r = await evaluate(set.questions, rank);
    total.section += r.section.hits1;
    total.page += r.page.hits1;
    total.n += r.n;
  }
  return total;
}

const foldAsks = FOLDS.map(asksWithout);
const allAsks = asksWithout([]);
const base = { ...WEIGHTS };
for (const override of JSON.parse(process.env.WEIGHTS ?? "[{}]")) {
  Object.assign(WEIGHTS, base, override);
  const cv = { section: 0, page: 0, n: 0 };
  for (const [i, fold] of FOLDS.entries()) {
    const r = await hits(fold.map(setOf), foldAsks[i]);
    for (const k of Object.keys(cv)) cv[k] += r[k];
  }
  const tuning = await hits(
    sets.filter((s) => s.tuning),
    allAsks,
  );
  console.log(
    `${JSON.stringify(override)}: cross-validation ${cv.section}/${cv.n} (page ${cv.page}), tuning ${tuning.section}/${tuning.n} (page ${tuning.page})`,
  );
}
