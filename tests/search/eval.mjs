/** Search quality over the built index: Success@1, MRR@10 and zero-result rate for a ranked-URL search function. */
import { readFileSync } from "node:fs";
import { loadPagefind } from "./pagefind-node.mjs";
import { join } from "node:path";
import { getLexicon, search } from "../../src/lib/search/index.ts";

/** The evaluation questions ({ q, answers }[]). */
export function loadQuestions(file = new URL("./questions.json", import.meta.url)) {
  return JSON.parse(readFileSync(file, "utf8")).questions;
}

/** "/room/rank/?hl=x#%E3%83%A9" -> "/room/rank/#ラ" (decoded, no query, "#_top" dropped). */
export function canonical(url) {
  const [pathAndQuery, hash = ""] = url.split("#");
  const path = decodeURIComponent((pathAndQuery ?? "").split("?")[0] ?? "");
  const id = decodeURIComponent(hash);
  return id && id !== "_top" ? `${path}#${id}` : path;
}

/** Whether a result URL answers: same page and section, or same page when the answer names no section. */
export function isAnswer(url, answers) {
  const got = canonical(url);
  return answers.some((a) => (a.includes("#") ? got === a : got.split("#")[0] === a));
}

/** Runs every question through `rank(q) -> Promise<string[]>` (result URLs, best first) and scores it. */
export async function evaluate(questions, rank) {
  let hits1 = 0;
  let rr = 0;
  let zero = 0;
  const misses = [];
  for (const { q, answers } of questions) {
    const urls = (await rank(q)).slice(0, 10);
    if (urls.length === 0) zero++;
    const at = urls.findIndex((u) => isAnswer(u, answers));
    if (at === 0) hits1++;
    else misses.push({ q, got: urls.slice(0, 3).map(canonical), want: answers });
    if (at >= 0) rr += 1 / (at + 1);
  }
  const n = questions.length;
  return { n, success1: hits1 / n, mrr10: rr / n, zeroRate: zero / n, misses };
}

/** Ranking functions over one loaded index: Pagefind as configured by default, and the question search. */
export async function rankers(dist) {
  const pagefind = await loadPagefind(dist);
  // The lexicon the browser fetches: glossary terms and the katakana words of the built pages.
  const lex = getLexicon(
    JSON.parse(readFileSync(join(dist ?? process.env.OUT_DIR ?? "dist", "search", "lexicon.json"), "utf8")),
  );
  return {
    /** Default Pagefind with the plain query; each page links to its first sub-result (as Pagefind's UI does). */
    async pagefindDefault(q) {
      const r = await pagefind.search(q);
      const data = await Promise.all((r?.results ?? []).slice(0, 10).map((x) => x.data()));
      return data.map((d) => d.sub_results?.[0]?.url ?? d.url);
    },
    /** This site's question search (src/lib/search). */
    async questionSearch(q) {
      return (await search(pagefind, q, "/", lex)).map((h) => h.url);
    },
  };
}
