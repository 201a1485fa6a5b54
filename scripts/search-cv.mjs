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
  trainingSectionQuestions,
} from "../tests/search/eval.mjs";
import { loadPagefind } from "../tests/search/pagefind-node.mjs";

const dist = process.env.OUT_DIR ?? "dist";
const ASKS = "src/lib/search/asks";
/**
 * Batches left out together: the later training batches, two at a time (batches 1–20 stay in every fold).
 * FOLDS='[[21,22]]' searches only the folds given.
 */
const FOLDS = process.env.FOLDS
  ? JSON.parse(process.env.FOLDS)
  : [
      [21, 22],
      [23, 24],
      [25, 26],
      [42, 43],
      [44, 45],
      [48, 49],
      [50, 51],
      [62, 63],
      [64, 65],
      [68, 69],
      [70, 71],
      [74, 75],
      [76, 77],
      [78, 79],
      [80, 81],
      [82, 83],
      [84, 85],
      [86, 87],
      [88, 89],
      [90, 91],
      [92, 93],
      [96, 97],
      [98, 99],
      [100, 101],
      [104, 105],
      [106, 107],
      [108, 109],
      [110, 111],
      [112, 113],
      [114, 115],
      [116, 117],
      [118, 119],
      [130, 131],
      [132, 133],
      [134, 135],
      [136, 137],
      [138, 139],
      [140, 141],
      [144, 145],
      [146, 147],
      [150, 151],
      [152, 153],
      [158, 159],
      [160, 161],
      [162, 163],
      [168, 169],
      [170, 171],
      [174, 175],
      [176, 177],
      [180, 181],
      [182, 183],
      [186, 187],
      [190, 191],
      [195, 196],
      [197, 198],
      [199, 200],
      [204, 205],
      [206, 207],
      [208, 209],
      [210, 211],
      [212, 213],
      [214, 215],
      [216, 217],
      [218, 219],
      [220, 221],
      [222, 223],
      [232, 233],
      [234, 235],
      [242, 243],
      [244, 245],
      [246, 247],
      [248, 249],
      [252, 253],
      [254, 255],
      [258, 259],
      [260, 261],
      [264, 265],
      [266, 267],
      [270, 271],
      [272, 273],
      [274, 275],
      [276, 277],
      [280, 281],
      [284, 285],
      [286, 287],
      [288, 289],
      [290, 291],
      [292, 293],
      [294, 295],
      [296, 297],
      [298, 299],
      [302, 303],
    ];

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
