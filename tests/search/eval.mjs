/** Search quality over the built index: Success@1, MRR@10 and zero-result rate, judged by section link and by page. */
import { readFileSync, readdirSync } from "node:fs";
import { loadPagefind } from "./pagefind-node.mjs";
import { join } from "node:path";
import { createSearch } from "../../src/lib/search/index.ts";
import { asksFromWire, fitsAsk } from "../../src/lib/search/asks.ts";
import { ALSO_LIMIT } from "../../src/lib/search/rerank.ts";

/** The evaluation questions ({ q, answers, batch? }[]). */
export function loadQuestions(file = new URL("./questions.json", import.meta.url)) {
  return JSON.parse(readFileSync(file, "utf8")).questions;
}

/**
 * Batches whose questions are also section questions (src/lib/search/asks/batches/, written by
 * scripts/asks-from-batches.mjs): readers' wordings the search learns from. Their figures measure fit, not unseen
 * wording; the gated set and every other batch stay out of the asks files (tests/search/asks.test.mjs).
 */
export const TRAINING_BATCHES = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 18, 20, 21, 22, 23, 24, 25, 26, 42, 43, 44, 45, 48, 49, 50, 51, 62,
  63, 64, 65, 68, 69, 70, 71, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93,
  96, 97, 98, 99, 100, 101, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
  130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 144, 145, 146, 147, 150, 151, 152, 153, 158,
  159, 160, 161, 162, 163, 168, 169, 170, 171, 174, 175, 176, 177, 180, 181, 182, 183, 186, 187, 190, 191,
  195, 196, 197, 198, 199, 200, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218,
  219, 220, 221, 222, 223, 232, 233, 234, 235, 242, 243, 244, 245, 246, 247, 248, 249, 252, 253, 254, 255,
  258, 259, 260, 261, 264, 265, 266, 267, 270, 271, 272, 273, 274, 275, 276, 277, 280, 281, 284, 285, 286,
  287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 302, 303, 308, 309, 310, 311, 312, 313,
  316, 317, 318, 319, 320, 321, 326, 327, 328, 329, 340, 342, 343, 345, 344, 348, 349, 351, 352,
];

/**
 * Batches whose misses a session reads to find what to change (they are no section questions): their figures are
 * tuned. Every batch in neither list is held-out: only its counts are read, never its questions or misses.
 */
export const TUNING_BATCHES = [36, 37, 40, 41, 54, 55, 60, 61, 120, 121, 122, 123, 124, 125];

/**
 * Every question set, in report order: the gated set, then each batch (questions-unseen.json holds batches 1–5; each
 * questions-batch*.json file holds one later batch). `batch`: the batch number (none for the gated set); `training`:
 * its questions are section questions too; `tuning`: its misses are read (a batch with neither is held-out: its
 * figures measure unseen wording).
 */
export function questionSets() {
  const dir = new URL("./", import.meta.url);
  const sets = [{ name: "gated (questions.json)", questions: loadQuestions() }];
  const batchSet = (batch, name, questions) => {
    const training = TRAINING_BATCHES.includes(batch);
    const tuning = TUNING_BATCHES.includes(batch);
    const label = training ? " [training]" : tuning ? " [tuning]" : "";
    return { name: `${name}${label}`, training, tuning, batch, questions };
  };
  const unseen = loadQuestions(new URL("questions-unseen.json", dir));
  for (const b of [...new Set(unseen.map((x) => x.batch))].sort((a, c) => a - c))
    sets.push(
      batchSet(
        b,
        `batch ${b}`,
        unseen.filter((x) => x.batch === b),
      ),
    );
  for (const f of readdirSync(dir)
    .filter((n) => /^questions-batch.*\.json$/.test(n))
    .sort()) {
    const questions = loadQuestions(new URL(f, dir));
    const batch = questions[0]?.batch ?? f;
    sets.push(batchSet(batch, `batch ${batch} (${f})`, questions));
  }
  return sets;
}

/** The questions of the gated set and the held-out batches: their figures must stay unseen wording. */
export const unseenQuestions = (sets = questionSets()) =>
  new Set(sets.filter((s) => !s.training).flatMap((s) => s.questions.map(({ q }) => q)));

/**
 * Each training question under each section its key names ({ page: "room/limits/", id, q, set }), leaving out a
 * question that is also an unseen one (a short keyword query two writers both typed) and a run-on question longer than
 * a section question may be (fitsAsk: /search/asks.json would reject it).
 */
export function trainingSectionQuestions(sets = questionSets()) {
  const unseen = unseenQuestions(sets);
  return sets
    .filter((s) => s.training)
    .flatMap((set) =>
      set.questions
        .filter(({ q }) => !unseen.has(q) && fitsAsk(q))
        .flatMap(({ q, answers }) =>
          answers.map((a) => {
            const [path = "", hash = ""] = a.split("#");
            return {
              page: path.replace(/^\//, ""),
              id: hash ? decodeURIComponent(hash) : "_top",
              q,
              set: set.name,
            };
          }),
        ),
    );
}

/** "/room/rank/?hl=x#%E3%83%A9" -> "/room/rank/#ラ" (decoded, no query, "#_top" dropped). */
export function canonical(url) {
  const [pathAndQuery, hash = ""] = url.split("#");
  const path = decodeURIComponent((pathAndQuery ?? "").split("?")[0] ?? "");
  const id = decodeURIComponent(hash);
  return id && id !== "_top" ? `${path}#${id}` : path;
}

/** Whether a result URL answers at section level: same page and section, or same page when the answer names no section. */
export function isAnswer(url, answers) {
  const got = canonical(url);
  return answers.some((a) => (a.includes("#") ? got === a : got.split("#")[0] === a));
}

/** Whether a result URL is on a page that answers (any section of it). */
export function isAnswerPage(url, answers) {
  const page = canonical(url).split("#")[0];
  return answers.some((a) => a.split("#")[0] === page);
}

/** Success@1 and MRR@10 of ranked URL lists under one judge. */
function judge(runs, accepts) {
  let hits1 = 0;
  let rr = 0;
  for (const { urls, answers } of runs) {
    const at = urls.findIndex((u) => accepts(u, answers));
    if (at === 0) hits1++;
    if (at >= 0) rr += 1 / (at + 1);
  }
  const n = runs.length || 1;
  return { success1: hits1 / n, mrr10: rr / n, hits1 };
}

/**
 * Runs every question through `rank(q) -> Promise<string[]>` (result URLs, best first) and scores it both
 * ways: `section` (the link must open the answering section) and `page` (the link's page answers).
 * The top-level success1/mrr10 are the section-level figures.
 */
export async function evaluate(questions, rank) {
  const runs = [];
  let zero = 0;
  const misses = [];
  for (const { q, answers } of questions) {
    const urls = (await rank(q)).slice(0, 10);
    if (urls.length === 0) zero++;
    runs.push({ urls, answers });
    if (!urls[0] || !isAnswer(urls[0], answers))
      misses.push({ q, got: urls.slice(0, 3).map(canonical), want: answers });
  }
  const section = judge(runs, isAnswer);
  const page = judge(runs, isAnswerPage);
  const n = questions.length;
  return {
    n,
    success1: section.success1,
    mrr10: section.mrr10,
    section,
    page,
    zeroRate: zero / n,
    zero,
    misses,
  };
}

/**
 * How many questions the first result answers through any of its links (`firstLinks(q) -> Promise<string[]>`): its
 * own link and the other sections listed under it.
 */
export async function firstResultHits(questions, firstLinks) {
  let hits = 0;
  for (const { q, answers } of questions) if ((await firstLinks(q)).some((u) => isAnswer(u, answers))) hits++;
  return hits;
}

/** Links a first result shows at most: its own and ALSO_LIMIT more sections (Pagefind's sub-results alike). */
const FIRST_RESULT_LINKS = 1 + ALSO_LIMIT;

/**
 * Pagefind's sub-results of a page in the order its UI ranks them (most matched words, page order on ties), at most
 * `limit`; the page URL when there are none.
 */
export function pagefindSubResults(data, limit = FIRST_RESULT_LINKS) {
  const subs = [...(data.sub_results ?? [])].sort((a, b) => b.locations.length - a.locations.length);
  return subs.length ? subs.slice(0, limit).map((s) => s.url) : [data.url];
}

/**
 * The sub-result Pagefind itself ranks first on a page: most matched words (Pagefind's UI orders a page's
 * sub-results this way), page order on ties; the page URL when there are none.
 */
export const pagefindBestSubResult = (data) => pagefindSubResults(data, 1)[0];

/**
 * Pagefind for the question search, with every response kept: the evaluation asks thousands of questions of one static
 * index and their words repeat (the engine keeps only its last 500 responses, as suits a browser). A response keeps
 * what the engine reads, each result's id and loader, and one loader per page, as the engine keeps one record per page.
 */
export function memoized(pagefind) {
  const responses = new Map();
  const loaders = new Map();
  const slim = (r) =>
    r && {
      results: r.results.map(({ id, data }) => {
        if (!loaders.has(id)) loaders.set(id, data);
        return { id, data: loaders.get(id) };
      }),
    };
  const search = (term, options) => {
    const key = JSON.stringify([term, options ?? null]);
    if (!responses.has(key)) responses.set(key, pagefind.search(term, options).then(slim));
    return responses.get(key);
  };
  return { ...pagefind, search };
}

/** The search data the browser loads, read from the built site (OUT_DIR or dist): lexicon, section questions, kana words. */
export function builtSearchData(dist) {
  const built = (file) =>
    JSON.parse(readFileSync(join(dist ?? process.env.OUT_DIR ?? "dist", "search", file), "utf8"));
  return {
    lexicon: built("lexicon.json"),
    asks: asksFromWire(built("asks.json")),
    kanaWords: built("kana-words.json"),
  };
}

/** Ranking functions over one loaded index: Pagefind as configured by default, and the question search. */
export async function rankers(dist) {
  const pagefind = await loadPagefind(dist);
  // The same engine and data the browser uses (it loads the questions for the full search, the kana words for a
  // question typed without kanji).
  const engine = createSearch({ pagefind: memoized(pagefind), ...builtSearchData(dist) });
  /** The full search of a question, once per question (the bench judges each result two ways). */
  const results = new Map();
  const searched = (q) => {
    if (!results.has(q)) results.set(q, engine.search(q));
    return results.get(q);
  };
  return {
    engine,
    /** Default Pagefind with the plain query; each page links to its best sub-result (judged by page too). */
    async pagefindDefault(q) {
      const r = await pagefind.search(q);
      const data = await Promise.all((r?.results ?? []).slice(0, 10).map((x) => x.data()));
      return data.map(pagefindBestSubResult);
    },
    /** Default Pagefind's first page with up to three of its sub-results, as its UI lists them under the page. */
    async pagefindFirstLinks(q) {
      const first = (await pagefind.search(q))?.results?.[0];
      return first ? pagefindSubResults(await first.data()) : [];
    },
    /** The question search's first result: its link and the page's other sections listed under it. */
    async questionSearchFirstLinks(q) {
      const first = (await searched(q)).hits[0];
      return first ? [first.url, ...first.also.map((a) => a.url)] : [];
    },
    /** This site's question search (src/lib/search). */
    async questionSearch(q) {
      return (await searched(q)).hits.map((h) => h.url);
    },
    /** Its first pass (heading keywords only, no word index): what the search page shows first. */
    async questionSearchQuick(q) {
      return (await engine.search(q, { quick: true })).hits.map((h) => h.url);
    },
  };
}
