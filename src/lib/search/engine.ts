/** Question search over a Pagefind index: analyse, run sub-queries, fuse by rank, re-rank by section, pick a direct answer. */
import { analyzeQuery, type AnalyzedQuery } from "./analyze.ts";
import { directAnswer, type DirectAnswer } from "./answer.ts";
import type { OutOfScope } from "./intent.ts";
import { lexiconFrom, type Lexicon, type LexiconData } from "./lexicon.ts";
import { pageKind, type PageKind } from "./page-kind.ts";
import { reciprocalRankFusion, rankByScore } from "./fuse.ts";
import { fold } from "./normalize.ts";
import { excerpt } from "./sections.ts";
import { rerank, type PageRecord } from "./rerank.ts";
import { buildSubQueries } from "./subqueries.ts";

/** The subset of Pagefind's API the engine uses (the browser bundle or pagefind.js driven from Node). */
export interface PagefindLike {
  search(term: string | null): Promise<{ results: { id: string; data: () => Promise<PageRecord> }[] } | null>;
}

export interface SearchHit {
  /** Page URL plus #heading-id of the best section (no fragment for the page top). */
  url: string;
  pageUrl: string;
  title: string;
  /** Heading of the best section ("" when it is the page top). */
  section: string;
  /** Escaped HTML with matched words in <mark>. */
  excerpt: string;
  /** Words of the query found in the best section (highlighted on the landing page). */
  words: string[];
  /** The page's kind (frontmatter). */
  kind: PageKind;
  score: number;
}

/** What one search returns: the hits, and what to say above them. */
export interface SearchResult {
  /** The query as typed. */
  query: string;
  /** The query as read when romaji was read as kana (ru-mu -> るーむ). */
  reading?: string;
  hits: SearchHit[];
  /** The best hit's answer sentence or figure, linked to it. */
  answer?: DirectAnswer & { hit: SearchHit };
  /** Set when the question asks for something the site deliberately leaves out. */
  outOfScope?: OutOfScope;
}

/** How many results each sub-query contributes and how many pages are re-ranked. */
export const LIMITS = { perSubQuery: 20, rerank: 12, results: 10 } as const;

/**
 * "quick": the words as typed only (no synonym sub-queries) and fewer pages re-ranked. Used for the first
 * instant results while typing: fewer index chunks and fragments to fetch; the full search follows.
 */
export interface SearchOptions {
  quick?: boolean;
}
const QUICK = { variantsSearched: 1, rerank: 8 } as const;

/**
 * Scales content concepts by rarity (inverse document frequency over the pages their variants occur on):
 * generic words (楽天, 使い方) count less than specific ones (ショップタグ, 税込). Question words keep their weight.
 */
export function weighByRarity(
  q: AnalyzedQuery,
  found: Map<string, string[]>,
  pageCount: number,
): AnalyzedQuery {
  if (pageCount <= 0) return q;
  const idf = (df: number) => Math.log(1 + pageCount / (df + 1));
  const reference = idf(0.2 * pageCount);
  const concepts = q.concepts.map((c) => {
    if (c.weight !== 1) return c;
    const pages = new Set(c.variants.flatMap((v) => found.get(v) ?? []));
    if (pages.size === 0) return c;
    const scale = Math.min(RARITY_RANGE[1], Math.max(RARITY_RANGE[0], idf(pages.size) / reference));
    return { ...c, weight: c.weight * scale };
  });
  return { ...q, concepts };
}

/** Bounds of the rarity factor applied to content words. */
export const RARITY_RANGE = [0.4, 1.8] as const;

/** Every variant of every concept, longest first (for <mark> and landing highlights). */
export function highlightWords(q: AnalyzedQuery): string[] {
  return [...new Set(q.concepts.flatMap((c) => c.variants))]
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
}

const pageCounts = new WeakMap<PagefindLike, Promise<number>>();

/** Number of indexed pages (asked once per Pagefind instance). */
function countPages(pagefind: PagefindLike): Promise<number> {
  let n = pageCounts.get(pagefind);
  if (!n) {
    n = pagefind.search(null).then((r) => r?.results.length ?? 0);
    pageCounts.set(pagefind, n);
  }
  return n;
}

const pageRecords = new WeakMap<PagefindLike, Map<string, Promise<PageRecord>>>();

/** A page's record, fetched once per Pagefind instance (Pagefind fetches the fragment again on every data() call). */
function pageData(pagefind: PagefindLike, id: string, load: () => Promise<PageRecord>): Promise<PageRecord> {
  let cache = pageRecords.get(pagefind);
  if (!cache) {
    cache = new Map();
    pageRecords.set(pagefind, cache);
  }
  let record = cache.get(id);
  if (!record) {
    record = load();
    record.catch(() => cache.delete(id));
    cache.set(id, record);
  }
  return record;
}

/** Whether a word is a bare number: a number alone is no evidence that a page answers (alert(1) matches every "1"). */
const NUMBER_ONLY = /^[\d.,]+$/u;

/** Runs the question search: at most LIMITS.results hits, best first, with a direct answer when the best hit has one. */
export async function searchQuestion(
  pagefind: PagefindLike,
  query: string,
  lex: Lexicon,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const analyzed = analyzeQuery(query, lex);
  const base: SearchResult = {
    query,
    hits: [],
    ...(analyzed.reading ? { reading: analyzed.reading } : {}),
    ...(analyzed.outOfScope ? { outOfScope: analyzed.outOfScope } : {}),
  };
  if (!analyzed.normalized) return base;
  const subs = options.quick ? buildSubQueries(analyzed, QUICK.variantsSearched) : buildSubQueries(analyzed);
  const [pageCount, ...responses] = await Promise.all([
    countPages(pagefind),
    ...subs.map((s) => pagefind.search(s.text)),
  ]);
  const loaders = new Map<string, () => Promise<PageRecord>>();
  const found = new Map<string, string[]>();
  const lists = responses.map((r, i) => {
    const ids = (r?.results ?? []).map((res) => res.id);
    found.set(subs[i]?.text ?? "", ids);
    const results = (r?.results ?? []).slice(0, LIMITS.perSubQuery);
    for (const res of results) if (!loaders.has(res.id)) loaders.set(res.id, res.data);
    return { ids: results.map((res) => res.id), weight: subs[i]?.weight ?? 1 };
  });
  const weighted = weighByRarity(analyzed, found, pageCount);
  const fusedScores = reciprocalRankFusion(lists);
  const top = rankByScore(fusedScores).slice(0, options.quick ? QUICK.rerank : LIMITS.rerank);
  const pages = await Promise.all(
    top.map(async (id) => ({
      page: await pageData(pagefind, id, loaders.get(id) as () => Promise<PageRecord>),
      fused: fusedScores.get(id) ?? 0,
    })),
  );
  const words = highlightWords(analyzed);
  // Evidence: a word of the query that is not a bare number, when the query has one.
  const evidence = words.some((w) => !NUMBER_ONLY.test(w)) ? (w: string) => !NUMBER_ONLY.test(w) : () => true;
  const ranked = rerank(weighted, pages).filter(({ page, section }) => {
    const hay = fold(`${page.meta.title ?? ""}\n${section.heading}\n${section.body}`);
    return words.some((w) => evidence(w) && hay.includes(w));
  });
  const hits = ranked.slice(0, LIMITS.results).map(({ page, section, score }): SearchHit => {
    const isTop = section.id === "_top";
    const hay = fold(`${section.heading}\n${section.body}`);
    return {
      url: isTop ? page.url : `${page.url}#${encodeURIComponent(section.id)}`,
      pageUrl: page.url,
      title: page.meta.title ?? page.url,
      section: isTop ? "" : section.heading,
      excerpt: excerpt(section.body || section.heading, words),
      words: words.filter((w) => hay.includes(w)),
      kind: pageKind(page.meta),
      score,
    };
  });
  const best = ranked[0];
  const first = hits[0];
  const answer =
    best && first
      ? directAnswer(analyzed, first.kind, best.section, (text) => words.some((w) => fold(text).includes(w)))
      : undefined;
  return { ...base, hits, ...(answer && first ? { answer: { ...answer, hit: first } } : {}) };
}

/** A question search bound to one Pagefind instance and one lexicon: the single entry point for the browser and the evaluation. */
export interface Search {
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  readonly lexicon: Lexicon;
}

/** Creates the search from a Pagefind instance and the lexicon (built, or the /search/lexicon.json data). */
export function createSearch({
  pagefind,
  lexicon,
}: {
  pagefind: PagefindLike;
  lexicon: Lexicon | LexiconData;
}): Search {
  const lex = "phrases" in lexicon ? lexicon : lexiconFrom(lexicon);
  return { lexicon: lex, search: (query, options = {}) => searchQuestion(pagefind, query, lex, options) };
}
