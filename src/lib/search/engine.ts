/** Question search over a Pagefind index: analyse, run sub-queries, fuse by rank, re-rank by section, pick a direct answer. */
import { analyzeQuery, hasRomaji, type AnalyzedQuery } from "./analyze.ts";
import { asksIndex, asksIndexInSteps, type AsksData, type AsksLookup } from "./asks.ts";
import { directAnswer, type DirectAnswer } from "./answer.ts";
import type { OutOfScope } from "./intent.ts";
import { hasKanaChunk, kanaWordIndex, needsKanaWords } from "./kana-words.ts";
import { lexiconFrom, type Lexicon, type LexiconData } from "./lexicon.ts";
import { KIND_FILTER, pageKind, type PageKind } from "./page-kind.ts";
import { reciprocalRankFusion, rankByScore } from "./fuse.ts";
import { containsWord, fold } from "./normalize.ts";
import { excerpt } from "./sections.ts";
import { namesCalculator, pageScorer, queryPairs, sortRanked, type PageRecord } from "./rerank.ts";
import { PAGE_FILTER } from "./page-filter.ts";
import { buildSubQueries } from "./subqueries.ts";
import { mayHoldSlip } from "./slips.ts";
import { KEYWORD_FILTER, questionKey } from "./keywords.ts";

/** The subset of Pagefind's API the engine uses (the browser bundle or pagefind.js driven from Node). */
export interface PagefindLike {
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data: () => Promise<PageRecord> }[] } | null>;
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
  /** Words of the query found in the best section, for the landing highlight (not those only a question word's answer says). */
  words: string[];
  /** The page's kind (frontmatter). */
  kind: PageKind;
  score: number;
  /** Other sections of the page that answer nearly as well (each with a query word), best first. */
  also: { url: string; section: string }[];
}

/** What one search returns: the hits, and what to say above them. */
export interface SearchResult {
  /** The query as typed. */
  query: string;
  /** The query as read when romaji was read as kana (ru-mu -> るーむ) or a katakana slip as the word (クポン -> クーポン). */
  reading?: string;
  hits: SearchHit[];
  /** The best hit's answer sentence or figure, linked to it. */
  answer?: DirectAnswer & { hit: SearchHit };
  /** Set when the question asks for something the site deliberately leaves out. */
  outOfScope?: OutOfScope;
}

/**
 * How many results each sub-query contributes and how many pages are re-ranked. 20 pages re-ranked (12, and 16 for a
 * question asking for a calculator, before 2026-12-05): +2 first hits on the tuning sets, none lost; 24 and 30 gain
 * nothing more. A calculator page that names the question's topic only in its title and intro, which once needed a
 * longer list of its own, is within the 20.
 */
export const LIMITS = { perSubQuery: 20, rerank: 20, results: 10 } as const;

/**
 * "quick": candidates from the heading keywords only (a Pagefind filter: no word-index chunk to load) and fewer
 * pages re-ranked. Used for the first results; the full search, with the word index, follows.
 */
export interface SearchOptions {
  quick?: boolean;
  /**
   * Awaited after the question is analysed and before each page is scored. The browser yields to its event loop
   * there, so the search is a series of short tasks instead of a few long ones that block the page; the evaluation
   * passes none.
   */
  pause?: () => Promise<void>;
  /** Read the chunks typed in kana of a question with kanji as the site's words (AnalyzeOptions.kanaChunks). */
  kanaChunks?: boolean;
  /** Read unknown words as the words a slip may hide (AnalyzeOptions.repairSlips). */
  repairSlips?: boolean;
  /**
   * Also take a query word in a section's own questions as evidence for it (readers' wordings such as 安く見せる that
   * the guide's text does not use): the last retry of a search that found nothing.
   */
  askedEvidence?: boolean;
  /**
   * Also take a section whose own questions are close to the whole query in wording (pair similarity of at least
   * CLOSE_WORDING) as evidence for it: the very last retry, for a question none of whose words the pages or the
   * section questions hold as typed.
   */
  closeWording?: boolean;
}
const QUICK = { rerank: 6 } as const;
/** Pair similarity (asks.ts) a section's own question needs to the whole query to count as evidence in the last retry. */
export const CLOSE_WORDING = 0.3;
/**
 * Weight of the heading-keyword ranking next to the word sub-queries in the fusion: above the whole-question
 * sub-query (2), since a page whose title and headings name the question's words is about them, while the word index
 * also ranks pages that name them in passing (measured: 1.5 -> 3 gives one more first hit on the tuned sets, none
 * fewer; 6 and more lose).
 */
export const FUSION_WEIGHTS = { keywords: 3 };

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
    // A number with its counter (3日目) is as rare as the words typed: its looser forms (3日, 日目) are common.
    const typed = c.number !== undefined && found.get(c.text)?.length ? [c.text] : c.variants;
    const pages = new Set(typed.flatMap((v) => found.get(v) ?? []));
    if (pages.size === 0) return c;
    const scale = Math.min(RARITY_RANGE[1], Math.max(RARITY_RANGE[0], idf(pages.size) / reference));
    return { ...c, weight: c.weight * scale };
  });
  return { ...q, concepts };
}

/** Bounds of the rarity factor applied to content words. */
export const RARITY_RANGE = [0.4, 1.8] as const;

/**
 * Every variant of every concept, longest first (for <mark> and landing highlights). With `answerWords`, a question
 * word's concept leaves out the words only its answer says (どこ -> RMS, 画面): on the landing page they would mark
 * words the reader did not type.
 */
export function highlightWords(q: AnalyzedQuery, answerWords?: ReadonlySet<string>): string[] {
  const variants = (c: AnalyzedQuery["concepts"][number]) =>
    answerWords && c.question ? c.variants.filter((v) => !answerWords.has(v)) : c.variants;
  return [...new Set(q.concepts.flatMap(variants))]
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
}

type Response = Awaited<ReturnType<PagefindLike["search"]>>;
const responses = new WeakMap<PagefindLike, Map<string, Promise<Response>>>();
/** Most Pagefind responses kept per instance (keystrokes repeat the same words and filters). */
const RESPONSE_CACHE_LIMIT = 500;

/**
 * pagefind.search with a memo per instance: a search over a static index always gives the same answer, and
 * while typing every keystroke repeats most words (Pagefind spends several ms in JS per call).
 */
function cachedSearch(
  pagefind: PagefindLike,
  term: string | null,
  filters?: Record<string, { any: string[] }>,
) {
  let cache = responses.get(pagefind);
  if (!cache) {
    cache = new Map();
    responses.set(pagefind, cache);
  }
  const key = JSON.stringify([term, filters ?? null]);
  let r = cache.get(key);
  if (!r) {
    if (cache.size >= RESPONSE_CACHE_LIMIT) cache.clear();
    r = pagefind.search(term, filters ? { filters } : undefined);
    const c = cache;
    r.catch(() => c.delete(key));
    cache.set(key, r);
  }
  return r;
}

const pageCounts = new WeakMap<PagefindLike, Promise<number>>();

/** Number of indexed pages (asked once per Pagefind instance). */
function countPages(pagefind: PagefindLike): Promise<number> {
  let n = pageCounts.get(pagefind);
  if (!n) {
    n = cachedSearch(pagefind, null).then((r) => r?.results.length ?? 0);
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

type Loader = () => Promise<PageRecord>;
/**
 * One retrieval ranking for the fusion. kindWords: it counts a word that names a calculator (計算ツール, シミュレーター);
 * topicOnly: a ranking without such words, used only for calculator pages (see calculatorFusion).
 */
export interface RankedList {
  ids: string[];
  weight: number;
  kindWords?: boolean;
  topicOnly?: boolean;
}
/** Candidate pages from one retrieval path: ranked id lists for the fusion, loaders, and the pages each word is on. */
interface Candidates {
  lists: RankedList[];
  loaders: Map<string, Loader>;
  found: Map<string, string[]>;
}

/**
 * Weight factor of one sub-query's ranking in the fusion by how many pages it matches: a word on most pages
 * (使っ, ROOM) ranks pages by little more than chance, a word on a few pages (年代) points at them.
 */
export function specificity(matched: number, pageCount: number): number {
  if (pageCount <= 0 || matched <= 0) return 1;
  const idf = (df: number) => Math.log(1 + pageCount / (df + 1));
  return Math.min(SPECIFICITY_RANGE[1], Math.max(SPECIFICITY_RANGE[0], idf(matched) / idf(0.2 * pageCount)));
}

/** Bounds of the specificity factor of a sub-query's ranking. */
export const SPECIFICITY_RANGE = [0.5, 1.5] as const;

/** Candidates from the word index: Pagefind searches for the question's sub-queries (loads index chunks). */
async function wordCandidates(
  pagefind: PagefindLike,
  q: AnalyzedQuery,
  pageCount: Promise<number>,
): Promise<Candidates> {
  const subs = buildSubQueries(q);
  const kindWords = new Set(q.concepts.filter(namesCalculator).flatMap((c) => c.variants));
  const [answers, pages] = await Promise.all([
    Promise.all(subs.map((s) => cachedSearch(pagefind, s.text))),
    pageCount,
  ]);
  const loaders = new Map<string, Loader>();
  const found = new Map<string, string[]>();
  const lists = answers.map((r, i) => {
    found.set(
      subs[i]?.text ?? "",
      (r?.results ?? []).map((res) => res.id),
    );
    const results = (r?.results ?? []).slice(0, LIMITS.perSubQuery);
    for (const res of results) if (!loaders.has(res.id)) loaders.set(res.id, res.data);
    const weight = (subs[i]?.weight ?? 1) * specificity(r?.results.length ?? 0, pages);
    const named = (subs[i]?.text ?? "").split(" ").some((w) => kindWords.has(w));
    return { ids: results.map((res) => res.id), weight, ...(named ? { kindWords: true } : {}) };
  });
  return { lists, loaders, found };
}

/**
 * Candidates from the heading keywords (a Pagefind filter, one small file): pages ranked by the weight of the
 * question's concepts their title and headings name.
 */
async function keywordCandidates(pagefind: PagefindLike, q: AnalyzedQuery): Promise<Candidates> {
  const keys = q.concepts.map((c) => (c.weight < 1 ? [questionKey(c.text)] : c.variants));
  const [byConcept, hubs] = await Promise.all([
    Promise.all(keys.map((any) => cachedSearch(pagefind, null, { [KEYWORD_FILTER]: { any } }))),
    q.listIntent ? cachedSearch(pagefind, null, { [KIND_FILTER]: { any: ["hub"] } }) : undefined,
  ]);
  const loaders = new Map<string, Loader>();
  const found = new Map<string, string[]>();
  const score = new Map<string, number>();
  const topic = new Map<string, number>();
  const kind = q.concepts.filter(namesCalculator);
  byConcept.forEach((r, i) => {
    const c = q.concepts[i];
    if (!c) return;
    const ids = (r?.results ?? []).map((res) => res.id);
    if (c.weight >= 1) for (const v of c.variants) found.set(v, ids);
    for (const res of r?.results ?? []) {
      if (!loaders.has(res.id)) loaders.set(res.id, res.data);
      score.set(res.id, (score.get(res.id) ?? 0) + c.weight);
      if (!kind.includes(c)) topic.set(res.id, (topic.get(res.id) ?? 0) + c.weight);
    }
  });
  const all = { ids: rankByScore(score), weight: FUSION_WEIGHTS.keywords };
  // A question asking for an overview (一覧, どの順で読む) is answered by a hub: every hub is a candidate, those whose
  // title and headings name the question's words first (the CRM hub for 「CRMのページ、どの順番で読めばいい?」).
  const overviews = hubs ? [{ ids: hubsByScore(hubs, score, loaders), weight: FUSION_WEIGHTS.keywords }] : [];
  if (kind.length === 0) return { lists: [all, ...overviews], loaders, found };
  const topicOnly = { ids: rankByScore(topic), weight: FUSION_WEIGHTS.keywords, topicOnly: true };
  return { lists: [{ ...all, kindWords: true }, topicOnly, ...overviews], loaders, found };
}

/** The hub pages of a kind-filter response, by their heading-keyword score (ties in index order); loaders kept. */
function hubsByScore(
  hubs: Response,
  score: ReadonlyMap<string, number>,
  loaders: Map<string, Loader>,
): string[] {
  const results = hubs?.results ?? [];
  for (const res of results) if (!loaders.has(res.id)) loaders.set(res.id, res.data);
  return results
    .map((res, i) => ({ id: res.id, s: score.get(res.id) ?? 0, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((r) => r.id);
}

/**
 * The fused score a calculator page is re-ranked with. On a calculator page the words that name a calculator say
 * what the page is, not what it is about (as in conceptsForKind): a page whose text says ツール more often is no
 * better a calculator for the question. Its score is the fusion of the rankings without those words, scaled to the
 * same range as every other page's.
 */
export function calculatorFusion(lists: readonly RankedList[]): (id: string) => number {
  const full = reciprocalRankFusion(lists.filter((l) => !l.topicOnly));
  const topic = reciprocalRankFusion(lists.filter((l) => !l.kindWords));
  const maxFull = Math.max(0, ...full.values());
  const maxTopic = Math.max(0, ...topic.values()) || 1;
  return (id) => ((topic.get(id) ?? 0) / maxTopic) * maxFull;
}

/**
 * The pages of the site's questions closest to the query that the words did not make candidates (PAGE_FILTER loads
 * them by URL): a page asked about in other words is scored too. 2026-12-06: cross-validation 7,246 → 7,251/7,520,
 * tuning 1,084 → 1,085/1,120, the gated set unchanged (121/125); about 0.7 more pages loaded per question.
 */
async function askedPages(
  pagefind: PagefindLike,
  asks: AsksLookup,
  query: AnalyzedQuery,
  found: readonly { page: PageRecord }[],
) {
  const have = new Set(found.map(({ page }) => page.url));
  const urls = asks.nearestPages(queryPairs(query)).filter((url) => !have.has(url));
  if (urls.length === 0) return [];
  return (await cachedSearch(pagefind, null, { [PAGE_FILTER]: { any: urls } }))?.results ?? [];
}

/** Runs the question search: at most LIMITS.results hits, best first, with a direct answer when the best hit has one. */
export async function searchQuestion(
  pagefind: PagefindLike,
  query: string,
  lex: Lexicon,
  options: SearchOptions = {},
  asks?: () => Promise<AsksLookup | undefined>,
): Promise<SearchResult> {
  const analyzed = analyzeQuery(query, lex, {
    kanaChunks: options.kanaChunks === true,
    repairSlips: options.repairSlips === true,
  });
  const base: SearchResult = {
    query,
    hits: [],
    ...(analyzed.reading ? { reading: analyzed.reading } : {}),
    ...(analyzed.outOfScope ? { outOfScope: analyzed.outOfScope } : {}),
  };
  if (!analyzed.normalized) return base;
  await options.pause?.();
  const counted = countPages(pagefind);
  const [pageCount, keywords, fromWords, sectionAsks] = await Promise.all([
    counted,
    keywordCandidates(pagefind, analyzed),
    options.quick ? undefined : wordCandidates(pagefind, analyzed, counted),
    // The sections' own questions: a file of their own, for the full search only (not before the first results).
    options.quick ? undefined : asks?.(),
  ]);
  const lists = [...keywords.lists, ...(fromWords?.lists ?? [])];
  const loaders = new Map([...keywords.loaders, ...(fromWords?.loaders ?? [])]);
  const found = new Map([...keywords.found, ...(fromWords?.found ?? [])]);
  const weighted = weighByRarity(analyzed, found, pageCount);
  const fusedScores = reciprocalRankFusion(lists.filter((l) => !l.topicOnly));
  const calculatorFused = calculatorFusion(lists);
  const limit = options.quick ? QUICK.rerank : LIMITS.rerank;
  const top = rankByScore(fusedScores).slice(0, limit);
  const candidate = async (id: string, load: () => Promise<PageRecord>) => {
    const page = await pageData(pagefind, id, load);
    const fused = pageKind(page.meta) === "tool" ? calculatorFused(id) : (fusedScores.get(id) ?? 0);
    return { page, fused };
  };
  const byWords = await Promise.all(
    top.map((id) => candidate(id, loaders.get(id) as () => Promise<PageRecord>)),
  );
  const asked = sectionAsks ? await askedPages(pagefind, sectionAsks, analyzed, byWords) : [];
  const pages = [...byWords, ...(await Promise.all(asked.map((r) => candidate(r.id, r.data))))];
  const words = highlightWords(analyzed);
  const landingWords = highlightWords(analyzed, lex.answerWords);
  // Evidence: a word of the query that is not a bare number, when the query has one.
  const evidence = words.some((w) => !NUMBER_ONLY.test(w)) ? (w: string) => !NUMBER_ONLY.test(w) : () => true;
  const score = pageScorer(weighted, pages, sectionAsks);
  const scored = [];
  for (const p of pages) {
    await options.pause?.();
    scored.push(score(p));
  }
  /** Whether a text holds evidence for a hit: a query word (not a bare number when the query has other words). */
  const shows = (text: string) => {
    const hay = fold(text);
    return words.some((w) => evidence(w) && containsWord(hay, w));
  };
  /**
   * Whether one of a section's own questions (asks.ts) holds two of the query's words (its one word when it has one):
   * readers asked for that section in those words.
   */
  const evidenceWords = words.filter(evidence);
  const askedFor = (page: PageRecord, section: { id: string }) => {
    if (options.askedEvidence !== true) return false;
    const own = sectionAsks?.(page.url);
    const questions = own?.sections[section.id] ?? [];
    if (options.closeWording === true)
      return (own?.similarity(queryPairs(analyzed), questions) ?? 0) >= CLOSE_WORDING;
    return questions.some((q) => {
      const hay = fold(q);
      const held = evidenceWords.filter((w) => containsWord(hay, w)).length;
      return held >= Math.min(2, evidenceWords.length);
    });
  };
  // A hit needs evidence: a query word in its section, or, for a page's top (the link opens the whole page), anywhere
  // on the page (or, in the last retry, in the section's own questions).
  const ranked = sortRanked(scored).filter(({ page, section }) => {
    const text = section.id === "_top" ? page.content : `${section.heading}\n${section.body}`;
    return shows(`${page.meta.title ?? ""}\n${text}`) || askedFor(page, section);
  });
  const sectionUrl = (page: PageRecord, id: string) => `${page.url}#${encodeURIComponent(id)}`;
  const hits = ranked.slice(0, LIMITS.results).map(({ page, section, score, also = [] }): SearchHit => {
    const isTop = section.id === "_top";
    const hay = fold(`${section.heading}\n${section.body}`);
    return {
      url: isTop ? page.url : sectionUrl(page, section.id),
      pageUrl: page.url,
      title: page.meta.title ?? page.url,
      section: isTop ? "" : section.heading,
      excerpt: excerpt(section.body || section.heading, words),
      words: landingWords.filter((w) => containsWord(hay, w)),
      kind: pageKind(page.meta),
      score,
      also: also
        .filter((s) => shows(`${s.heading}\n${s.body}`))
        .map((s) => ({ url: sectionUrl(page, s.id), section: s.heading })),
    };
  });
  const best = ranked[0];
  const first = hits[0];
  const answer =
    best && first
      ? directAnswer(analyzed, first.kind, best.section, (text) =>
          words.some((w) => containsWord(fold(text), w)),
        )
      : undefined;
  return { ...base, hits, ...(answer && first ? { answer: { ...answer, hit: first } } : {}) };
}

/** A question search bound to one Pagefind instance and one lexicon: the single entry point for the browser and the evaluation. */
export interface Search {
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  readonly lexicon: Lexicon;
}

/**
 * Data given as it is or as a loader, prepared at the first call and kept; a failed load gives `fallback` and is tried
 * again at the next call.
 */
function loadedOnce<T, R>(
  source: T | (() => Promise<T>),
  fallback: R,
): (prepare: (data: T) => R | Promise<R>) => Promise<R> {
  let loaded: Promise<R> | undefined;
  return (prepare) =>
    (loaded ??= (
      typeof source === "function" ? (source as () => Promise<T>)() : Promise.resolve(source)
    ).then(prepare, () => {
      loaded = undefined;
      return fallback;
    }));
}

/**
 * Creates the search from a Pagefind instance, the lexicon (built, or the /search/lexicon.json data) and the sections'
 * questions (the /search/asks.json data, or a loader called once, at the first full search; a failed load is retried).
 */
export function createSearch({
  pagefind,
  lexicon,
  asks,
  kanaWords,
}: {
  pagefind: PagefindLike;
  lexicon: Lexicon | LexiconData;
  asks?: AsksData | (() => Promise<AsksData>);
  /** /search/kana-words.json, or a loader called once, at the first question typed without kana-kanji conversion. */
  kanaWords?: Readonly<Record<string, string>> | (() => Promise<Readonly<Record<string, string>>>);
}): Search {
  const lex = "phrases" in lexicon ? lexicon : lexiconFrom(lexicon);
  const kanaLoad = kanaWords && loadedOnce(kanaWords, lex);
  // The lexicon with the site's kana words (the plain lexicon when they fail to load).
  const withKanaWords = (): Lexicon | Promise<Lexicon> =>
    kanaLoad ? kanaLoad((words) => ({ ...lex, kanaWords: kanaWordIndex(words) })) : lex;
  // A question typed in kana or with romaji is read with the kana words from the start.
  const lexFor = (query: string) => (needsKanaWords(query) || hasRomaji(query, lex) ? withKanaWords() : lex);
  const asksLoad = loadedOnce<AsksData | undefined, AsksLookup | undefined>(asks, undefined);
  // Indexed in steps with the search's pause between them when it has one (the browser), at once otherwise.
  const loadAsks = (pause?: () => Promise<void>) =>
    asksLoad((data) => (!data ? undefined : pause ? asksIndexInSteps(data, pause) : asksIndex(data)));
  return {
    lexicon: lex,
    search: async (query, options = {}) => {
      const run = async (lexicon: Lexicon, opts: SearchOptions) =>
        searchQuestion(pagefind, query, lexicon, opts, () => loadAsks(options.pause));
      const first = await lexFor(query);
      const result = await run(first, options);
      if (result.hits.length > 0) return result;
      // A question with kanji that found nothing is read again, its chunks typed in kana as the site's words
      // (せってい 開封律: the slip alone matches nothing).
      if (kanaWords && hasKanaChunk(query)) {
        const retry = await run(await withKanaWords(), { ...options, kanaChunks: true });
        if (retry.hits.length > 0) return retry;
      }
      // Next, unknown words are read as the words a slip may hide (受信否拒: 受信; ccvr: cvr).
      if (mayHoldSlip(query)) {
        const repaired = await run(await lexFor(query), { ...options, repairSlips: true });
        if (repaired.hits.length > 0) return repaired;
      }
      // Last, the sections whose own questions hold the query's words (安く見せる), though their text does not.
      if (options.quick) return result;
      const asked = await run(first, { ...options, askedEvidence: true });
      if (asked.hits.length > 0) return asked;
      // Very last, the sections whose own questions are worded like the whole question.
      const close = await run(first, { ...options, askedEvidence: true, closeWording: true });
      return close.hits.length > 0 ? close : result;
    },
  };
}
