/** Question search over a Pagefind index: analyse, run sub-queries, fuse by rank, re-rank by section. */
import { analyzeQuery, type AnalyzedQuery, type Lexicon } from "./analyze.ts";
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
  score: number;
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

/** Runs the question search; returns at most LIMITS.results hits, best first. */
export async function searchQuestion(
  pagefind: PagefindLike,
  query: string,
  lex: Lexicon,
  base = "/",
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const analyzed = analyzeQuery(query, lex);
  if (!analyzed.normalized) return [];
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
  return rerank(weighted, pages, base)
    .slice(0, LIMITS.results)
    .map(({ page, section, score }) => {
      const isTop = section.id === "_top";
      const title = page.meta.title ?? page.url;
      const hay = fold(`${section.heading}\n${section.body}`);
      return {
        url: isTop ? page.url : `${page.url}#${encodeURIComponent(section.id)}`,
        pageUrl: page.url,
        title,
        section: isTop ? "" : section.heading,
        excerpt: excerpt(section.body || section.heading, words),
        words: words.filter((w) => hay.includes(w)),
        score,
      };
    });
}
