/**
 * Section questions: for each section, questions an editor wrote in the words readers type (src/lib/search/asks/*.json,
 * served as /search/asks.json). A section scores by the query words found in any of its questions, by the share of the
 * query its best question covers, and by how close its closest question's characters are to the query's.
 */
import type { Concept } from "./analyze.ts";
import { englishBases } from "./english.ts";
import { containsWord, fold, normalize } from "./normalize.ts";
import { asksOtherKind, questionKinds } from "./question-kinds.ts";

/** The section questions: page URL (with the site's base) → section id ("_top" for the page top) → its questions, folded. */
export type AsksData = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** One page's file in src/lib/search/asks/: its path without the base ("room/rewards/"), its sections' questions. */
export interface AsksFile {
  page: string;
  sections: Record<string, string[]>;
}

/** Strength of a match counted only through a weak variant (part of the typed word). */
export const WEAK_MATCH = 0.8;

/** Longest section question kept (characters): a longer one is a run-on of several questions, not one wording. */
export const MAX_ASK_LENGTH = 60;

/**
 * Times MAX_ASK_LENGTH a question written without Japanese script may be: English says in 60 letters what Japanese says
 * in 20 characters ("how much does a shop pay when an item sells through rakuten room" is one question, not a run-on).
 * 2026-12-07 (78 folds): cross-validation 12,033 → 12,055/12,480 (English-only questions 89.5 → 91.9%; 1.5 gave the
 * same), the gated set 124/125; the tuning batches 1,090 → 1,089 (one question whose two answers were 0.02 apart).
 */
export const LATIN_ASK_SCALE = 2;

/** A character of Japanese script: a text without one is written in Latin letters (English, romaji). */
export const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Spaces and punctuation: left out when wordings are compared (charPairs, wordingKey). */
const NOT_COMPARED = /[\s\p{P}\p{S}]/gu;

/** Whether a question is short enough to be a section question (MAX_ASK_LENGTH, scaled for English). */
export function fitsAsk(question: string): boolean {
  return (
    question.length <= (JAPANESE_SCRIPT.test(question) ? MAX_ASK_LENGTH : MAX_ASK_LENGTH * LATIN_ASK_SCALE)
  );
}

/** A number, or a range of numbers (3〜4, 3~4, 3-4), just before the end of a text (folded). */
const NUMBER_BEFORE = /(?:(\d[\d,]*)\s*[〜~-]\s*)?(\d[\d,]*)\s*$/u;

/**
 * Whether the counter `counter` (日目) occurs in `hay` without another number before it: alone, after `n` itself, or
 * after a range that includes `n` (3〜4週目 for 3週目), but not after a different number (1日目 for 5日目).
 */
export function counterFits(hay: string, counter: string, n: number): boolean {
  for (let at = hay.indexOf(counter); at >= 0; at = hay.indexOf(counter, at + 1)) {
    const m = NUMBER_BEFORE.exec(hay.slice(Math.max(0, at - 16), at));
    if (!m) return true;
    const hi = Number((m[2] ?? "").replace(/,/g, ""));
    const lo = m[1] === undefined ? hi : Number(m[1].replace(/,/g, ""));
    if (lo <= n && n <= hi) return true;
  }
  return false;
}

/** 1 when a full variant of the concept occurs in `hay` (folded), WEAK_MATCH when only a weak one does, else 0. */
export function matchStrength(hay: string, c: Concept): number {
  let best = 0;
  for (const v of c.variants) {
    if (!containsWord(hay, v)) continue;
    if (!c.weak?.includes(v)) return 1;
    if (c.number === undefined || counterFits(hay, v, c.number)) best = WEAK_MATCH;
  }
  return best;
}

/** How the query's concepts match one section's questions. */
export interface AsksMatch {
  /** Per concept, its strongest match in any of the questions (scored like a text field of the section). */
  field: ReadonlyMap<Concept, number>;
  /**
   * Share of the concepts' weight (0..1) that the best question covers. A question word counts only with a content
   * word of the same question: いつ alone says nothing about which section answers.
   */
  coverage: number;
}

const NO_MATCH: AsksMatch = { field: new Map(), coverage: 0 };

/** Matches every concept against every question of a section once, for both the field and the coverage. */
export function asksMatch(questions: readonly string[] | undefined, concepts: readonly Concept[]): AsksMatch {
  if (!questions?.length) return NO_MATCH;
  return matchBy(questions.length, concepts, (i, c) => matchStrength(questions[i] ?? "", c));
}

/** The field and the coverage of `count` questions, from each question's match strength for each concept. */
function matchBy(
  count: number,
  concepts: readonly Concept[],
  strength: (question: number, c: Concept, index: number) => number,
): AsksMatch {
  const total = concepts.reduce((s, c) => s + c.weight, 0) || 1;
  const field = new Map<Concept, number>();
  let coverage = 0;
  for (let i = 0; i < count; i++) {
    let content = 0;
    let asked = 0;
    concepts.forEach((c, j) => {
      const m = strength(i, c, j);
      if (m === 0) return;
      if (m > (field.get(c) ?? 0)) field.set(c, m);
      if (c.question) asked += c.weight * m;
      else content += c.weight * m;
    });
    if (content > 0) coverage = Math.max(coverage, (content + asked) / total);
  }
  return { field, coverage };
}

/**
 * What tells two wordings apart when they are compared (charPairs): not spaces or punctuation. マイルームってなに and
 * マイルーム って なに are one wording, and one of a section's questions: two copies took two of the closest
 * NEIGHBOURS' places and voted twice. 2026-12-07 (83 folds): cross-validation 12,829 → 12,830/13,280; tuning 1,089 and
 * the gated set 124 unchanged.
 */
export const wordingKey = (question: string): string => normalize(question).replace(NOT_COMPARED, "");

/**
 * The data served as /search/asks.json from the files: URLs with the base, questions folded for matching, one list per
 * section, each wording once (wordingKey).
 */
export function asksData(files: readonly AsksFile[], withBase: (path: string) => string): AsksData {
  const out: Record<string, Record<string, string[]>> = {};
  const seen = new Map<string[], Set<string>>();
  for (const f of files) {
    // Several files may name one page (its own questions, and the training batches' in asks/batches/): merged.
    const sections = (out[withBase(`/${f.page}`)] ??= {});
    for (const [id, qs] of Object.entries(f.sections)) {
      if (!qs.length) continue;
      const list = (sections[id] ??= []);
      let keys = seen.get(list);
      if (!keys) seen.set(list, (keys = new Set()));
      for (const q of qs.map(fold)) {
        const key = wordingKey(q);
        if (keys.has(key)) continue;
        keys.add(key);
        list.push(q);
      }
    }
  }
  return out;
}

/**
 * /search/asks.json as served: each question once, and per page and section the indices of its questions. A question
 * written for several sections (most answer keys name two or three) is not repeated: 1,160 → 557 KB, 247 → 160 KB
 * gzipped (2026-12-06).
 */
export interface AsksWire {
  questions: string[];
  pages: Record<string, Record<string, number[]>>;
}

/** The served form of the data: questions numbered in the order they first occur. */
export function asksToWire(data: AsksData): AsksWire {
  const questions: string[] = [];
  const index = new Map<string, number>();
  const numbered = (q: string) => {
    let i = index.get(q);
    if (i === undefined) index.set(q, (i = questions.push(q) - 1));
    return i;
  };
  const pages: AsksWire["pages"] = {};
  for (const [url, sections] of Object.entries(data)) {
    const out: Record<string, number[]> = (pages[url] = {});
    for (const [id, qs] of Object.entries(sections)) out[id] = qs.map(numbered);
  }
  return { questions, pages };
}

/** The data back from its served form: the same pages, sections and questions, in the same order. */
export function asksFromWire(wire: AsksWire): AsksData {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [url, sections] of Object.entries(wire.pages)) {
    const page: Record<string, string[]> = (out[url] = {});
    for (const [id, refs] of Object.entries(sections)) page[id] = refs.map((i) => wire.questions[i] ?? "");
  }
  return out;
}

/** The character pairs of a folded text, spaces and punctuation left out (what two wordings share below the word level). */
export function charPairs(text: string): Set<string> {
  const t = text.replace(NOT_COMPARED, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  // In a question written in English, each word counts whole too (shop, pays): its letter pairs are shared by any
  // English question.
  if (!JAPANESE_SCRIPT.test(text))
    for (const w of text.match(/[a-z]{3,}/g) ?? []) out.add(englishBases(w)[0] ?? w);
  return out;
}

/**
 * Each question's character pairs, computed once (the questions are a fixed set: /search/asks.json), from the question
 * normalised as the query is (何% → 何パーセント, 1ヶ月 → 1か月), so the same wording gives the same pairs.
 */
const pairsCache = new Map<string, Set<string>>();
const pairsOf = (question: string): Set<string> => {
  let pairs = pairsCache.get(question);
  if (!pairs) {
    pairs = charPairs(normalize(question));
    pairsCache.set(question, pairs);
  }
  return pairs;
};

/** Weight of a character pair: its rarity among all the questions (って and roo say less than 送料). */
export type PairWeight = (pair: string) => number;

/** Every pair alike (asksSimilarity without weights). */
const unitWeight: PairWeight = () => 1;

/**
 * How much a long query's pairs that a question lacks count against it: (reference / the query's pair weight) ^ exponent,
 * at most 1. A short query (「ランクボーナスの上限はいくら?」 weighs about 50) counts them all, as plain Jaccard does; a
 * long rambling one (a 70-character story weighs about 270) counts about a third, so a close short wording inside it
 * still comes near. 2026-12-06 (53 folds): cross-validation 8,188 → 8,200/8,480 (questions of 50 characters or more
 * 839 → 843/877), tuning 1,088 and the gated set 122/125 unchanged; references 40–80 and exponents 0.5–1 gave
 * 8,193–8,198 (one lost a tuning or gated question), the same share for every query (0.6) 8,193 and 0.5 lost 3 gated.
 */
export const QUERY_ONLY = { reference: 60, exponent: 0.7 } as const;

/**
 * Weighted similarity (0..1) of a question to the query from the pair weight they share (`common`), the query's
 * (`query`) and the question's (`own`): a Tversky index, the query's unshared pairs counted by QUERY_ONLY.
 */
export function pairSimilarity(
  common: number,
  query: number,
  own: number,
  share: number = queryOnlyShare(query),
): number {
  const union = common + share * (query - common) + (own - common);
  return union > 0 ? common / union : 0;
}

/** The share of a query's unshared pair weight that counts (QUERY_ONLY): once per query, not per question compared. */
export const queryOnlyShare = (query: number): number =>
  query > 0 ? Math.min(1, (QUERY_ONLY.reference / query) ** QUERY_ONLY.exponent) : 1;

/** A question's pairs' total weight, once per weighting (the header box scores every candidate's questions per key). */
const ownWeights = new WeakMap<PairWeight, Map<string, number>>();
function ownWeight(question: string, pairWeight: PairWeight): number {
  let byQuestion = ownWeights.get(pairWeight);
  if (!byQuestion) ownWeights.set(pairWeight, (byQuestion = new Map()));
  let own = byQuestion.get(question);
  if (own === undefined) {
    own = 0;
    for (const p of pairsOf(question)) own += pairWeight(p);
    byQuestion.set(question, own);
  }
  return own;
}

/** One page's section questions and the pair weights of the whole set: what scorePage reads. */
export interface PageAsks {
  sections: Readonly<Record<string, readonly string[]>>;
  pairWeight: PairWeight;
  /** asksSimilarity with these weights for questions of this index, from its postings (one pass per query). */
  similarity: (query: ReadonlySet<string>, questions: readonly string[] | undefined) => number;
  /**
   * The similarities of these questions that are among the NEIGHBOURS questions of the whole site closest to the query,
   * summed: the sections those closest wordings were written for share a vote by how close each one is.
   */
  neighbours: (
    query: ReadonlySet<string>,
    questions: readonly string[] | undefined,
    /** The query's kinds (questionKinds): a closest wording that asks another kind votes OTHER_KIND_VOTE of its share. */
    asked?: readonly string[],
  ) => number;
  /** asksMatch for questions of this index, each concept looked up once in the whole set (the same result). */
  match: (questions: readonly string[] | undefined, concepts: readonly Concept[]) => AsksMatch;
}

/**
 * How many of the site's questions closest to a query vote for their sections (PageAsks.neighbours). On the tuning
 * sets and cross-validation (2026-12-06) 5, 8, 10, 15 and 20 all gained; 10 is the middle. 10 → 12 with the vote at
 * 0.15 (49 folds): cross-validation 7,578 → 7,581/7,840, tuning 1,088 → 1,089/1,120, the gated set 119 → 120/125; 11
 * gave 7,580, 1,088 and 120; 13 gave 7,584, 1,088 and 120; 14 gave 7,582, 1,087 and 120.
 */
export const NEIGHBOURS = 12;

/**
 * Share of its vote that a closest wording counts when it asks another kind of thing than the query (who pays, how much
 * is paid): the words they share do not make it the same question. 2026-12-07 (78 folds): cross-validation
 * 12,032 → 12,033/12,480 (0.7: 12,032; 0.3: 12,031); tuning 1,090 and the gated set 124 unchanged. Scaling the
 * best wording's similarity (asksSimilar) the same way gave 12,030.
 */
export const OTHER_KIND_VOTE = 0.5;

/** A page's section questions by its URL (undefined for a page without them). */
export interface AsksLookup {
  (pageUrl: string): PageAsks | undefined;
  /**
   * The pages of the NEIGHBOURS questions closest to the query, closest first: the search scores them too when the
   * words did not find them (事例が載ってるページはどこ: the practice hub, whose text names 事例 in passing).
   */
  nearestPages(query: ReadonlySet<string>): string[];
}

/** Questions indexed between two pauses when the index is built in steps (a few milliseconds on a phone). */
const INDEX_STEP = 400;

/** The index's questions, each once, numbered in the order they first occur, and a section's list as their numbers. */
interface Numbered {
  texts: readonly string[];
  idsOf: (questions: readonly string[]) => Int32Array;
}

/** Appends `id` to the list of `key` in `postings`. */
function post(postings: Map<string, number[]>, key: string, id: number): void {
  let list = postings.get(key);
  if (!list) postings.set(key, (list = []));
  list.push(id);
}

/** Appends `id` to the list of `key` unless it is already its last (ids are posted in increasing order). */
function postOnce(postings: Map<number, number[]>, key: number, id: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * Builds the index, yielding after every INDEX_STEP questions: the caller either runs it through (asksIndex) or pauses
 * between the steps (asksIndexInSteps), with the same result.
 */
function* indexSteps(data: AsksData): Generator<void, AsksLookup> {
  const df = new Map<string, number>();
  /** Each pair's questions (each question once): a query meets only the questions that share a pair with it. */
  const postings = new Map<string, number[]>();
  /** Each character's questions (by char code, each question once): the questions a word can occur in. */
  const chars = new Map<number, number[]>();
  const texts: string[] = [];
  const ids = new Map<string, number>();
  /** Each question's pages (a wording written for sections of two pages counts for both). */
  const pagesOfQuestion: string[][] = [];
  let n = 0;
  for (const [pageUrl, page] of Object.entries(data))
    for (const questions of Object.values(page))
      for (const q of questions) {
        n++;
        if (n % INDEX_STEP === 0) yield;
        let id = ids.get(q);
        const fresh = id === undefined;
        if (id === undefined) ids.set(q, (id = texts.push(q) - 1));
        const pages = (pagesOfQuestion[id] ??= []);
        if (!pages.includes(pageUrl)) pages.push(pageUrl);
        for (const p of pairsOf(q)) {
          df.set(p, (df.get(p) ?? 0) + 1);
          if (fresh) post(postings, p, id);
        }
        if (!fresh) continue;
        for (let i = 0; i < q.length; i++) postOnce(chars, q.charCodeAt(i), id);
      }
  const unseen = Math.log(1 + n);
  const weights = new Map<string, number>();
  for (const [p, d] of df) weights.set(p, Math.log(1 + n / d));
  const pairWeight: PairWeight = (p) => weights.get(p) ?? unseen;
  // One numbering of the sections' lists for both the pair sums and the concept matches.
  const numbered: Numbered = { texts, idsOf: numbering(ids) };
  const { similarity, neighbours, nearest } = sharedPairs(numbered, postings, pairWeight);
  const match = conceptMatches(numbered, chars);
  const page = (pageUrl: string) => {
    const sections = data[pageUrl];
    return sections ? { sections, pairWeight, similarity, neighbours, match } : undefined;
  };
  const nearestPages = (query: ReadonlySet<string>) => [
    ...new Set(nearest(query).ids.flatMap((id) => pagesOfQuestion[id] ?? [])),
  ];
  return Object.assign(page, { nearestPages });
}

/** The questions ready for scoring: per page, with pair weights log(1 + n / df) over all n questions. */
export function asksIndex(data: AsksData): AsksLookup {
  const steps = indexSteps(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** asksIndex built in short steps with `pause` between them, so the browser stays responsive (the same index). */
export async function asksIndexInSteps(data: AsksData, pause: () => Promise<void>): Promise<AsksLookup> {
  const steps = indexSteps(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** A section's questions as the index's numbers (-1 for a question the index does not hold), once per list. */
function numbering(ids: ReadonlyMap<string, number>) {
  const lists = new WeakMap<readonly string[], Int32Array>();
  return (questions: readonly string[]): Int32Array => {
    let out = lists.get(questions);
    if (!out) lists.set(questions, (out = Int32Array.from(questions, (q) => ids.get(q) ?? -1)));
    return out;
  };
}

/** A match strength stored in a byte: 0 not looked at, 1 none, 2 weak, 3 full. */
const strengthCode = (m: number) => (m === 1 ? 3 : m > 0 ? 2 : 1);
const strengthOf = (code: number | undefined) => (code === 3 ? 1 : code === 2 ? WEAK_MATCH : 0);

/**
 * asksMatch over indexed questions: each concept is matched once per query, against the questions that hold the
 * rarest character of one of its variants (a word occurs only where all its characters do), instead of against every
 * question of every section scored. The strengths are matchStrength's, so the result is asksMatch's: 16.8 → 10.3 ms
 * per question in Node over all the sets' 7,231 questions, the same results (2026-12-06); the index takes about
 * 15 ms longer to build.
 */
function conceptMatches({ texts, idsOf }: Numbered, chars: ReadonlyMap<number, readonly number[]>) {
  /** The questions a word can occur in: the postings of its rarest character. */
  const candidates = (word: string): readonly number[] => {
    let best: readonly number[] | undefined;
    for (let i = 0; i < word.length; i++) {
      const list = chars.get(word.charCodeAt(i)) ?? [];
      if (!best || list.length < best.length) best = list;
      if (best.length === 0) break;
    }
    return best ?? [];
  };
  const byConcept = new WeakMap<Concept, Uint8Array>();
  const strengths = (c: Concept): Uint8Array => {
    let codes = byConcept.get(c);
    if (codes) return codes;
    codes = new Uint8Array(texts.length);
    for (const v of c.variants)
      for (const id of candidates(v))
        if (codes[id] === 0) codes[id] = strengthCode(matchStrength(texts[id] ?? "", c));
    byConcept.set(c, codes);
    return codes;
  };
  return (questions: readonly string[] | undefined, concepts: readonly Concept[]): AsksMatch => {
    if (!questions?.length) return NO_MATCH;
    const codes = concepts.map(strengths);
    const ids = idsOf(questions);
    return matchBy(questions.length, concepts, (i, c, j) => {
      const id = ids[i] ?? -1;
      return id >= 0 ? strengthOf(codes[j]?.[id]) : matchStrength(questions[i] ?? "", c);
    });
  };
}

/**
 * asksSimilarity over indexed questions: the weight each question shares with the query is summed once per query, from
 * the postings of the query's pairs (in the query's order, so the sums are asksSimilarity's to the last bit), and each
 * section then only reads its questions' sums. The header box and the search page score 20 pages' sections per query.
 */
function sharedPairs(
  { texts, idsOf }: Numbered,
  postings: ReadonlyMap<string, readonly number[]>,
  pairWeight: PairWeight,
) {
  /** Each question's own pairs' total weight. */
  const own = Float64Array.from(texts, (q) => ownWeight(q, pairWeight));
  let last:
    | {
        query: ReadonlySet<string>;
        weight: number;
        /** queryOnlyShare of the weight. */
        share: number;
        /** Weight each question shares with the query, and the questions that share any, in the order first met. */
        shared: Float64Array;
        met: number[];
        /** The NEIGHBOURS closest questions: their similarities by id (0 for the others), and their ids, closest first. */
        nearest?: { sims: Float64Array; ids: number[] };
      }
    | undefined;
  const forQuery = (query: ReadonlySet<string>) => {
    if (last?.query === query) return last;
    let weight = 0;
    const shared = new Float64Array(texts.length);
    const met: number[] = [];
    for (const p of query) {
      const w = pairWeight(p);
      weight += w;
      for (const id of postings.get(p) ?? []) {
        if (shared[id] === 0) met.push(id);
        shared[id] = (shared[id] ?? 0) + w;
      }
    }
    return (last = { query, weight, share: queryOnlyShare(weight), shared, met });
  };
  /** Similarity of an indexed question to the query (pairSimilarity), from the query's state. */
  const similarOf = (id: number, { weight, share, shared }: ReturnType<typeof forQuery>) =>
    pairSimilarity(shared[id] ?? 0, weight, own[id] ?? 0, share);
  /** The NEIGHBOURS questions closest to the query, closest first, and their similarities, once per query. */
  const nearest = (query: ReadonlySet<string>) => {
    const state = forQuery(query);
    if (!state.nearest) {
      const top: [number, number][] = [];
      for (const id of state.met) {
        const sim = similarOf(id, state);
        // Kept best first; of equal ones the earlier in the postings' order, so the neighbours are the same on every run.
        if (top.length === NEIGHBOURS && sim <= (top[NEIGHBOURS - 1]?.[1] ?? 0)) continue;
        let at = top.length;
        while (at > 0 && (top[at - 1]?.[1] ?? 0) < sim) at--;
        top.splice(at, 0, [id, sim]);
        if (top.length > NEIGHBOURS) top.pop();
      }
      const sims = new Float64Array(texts.length);
      for (const [id, sim] of top) sims[id] = sim;
      state.nearest = { sims, ids: top.map(([id]) => id) };
    }
    return state.nearest;
  };
  /** Each question's kinds (questionKinds), read when first needed. */
  const kindsOf: (string[] | undefined)[] = [];
  /** OTHER_KIND_VOTE when the indexed question `id` asks another kind than `asked`, else 1. */
  const kindShare = (id: number, asked: readonly string[]) =>
    asked.length > 0 && asksOtherKind(asked, (kindsOf[id] ??= questionKinds(texts[id] ?? "")))
      ? OTHER_KIND_VOTE
      : 1;
  const similarity = (query: ReadonlySet<string>, questions: readonly string[] | undefined): number => {
    if (!questions?.length || query.size === 0) return 0;
    const state = forQuery(query);
    const ids = idsOf(questions);
    let best = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? -1;
      const sim = id >= 0 ? similarOf(id, state) : asksSimilarity(query, [questions[i] ?? ""], pairWeight);
      best = Math.max(best, sim);
    }
    return best;
  };
  const neighbours = (
    query: ReadonlySet<string>,
    questions: readonly string[] | undefined,
    asked: readonly string[] = [],
  ): number => {
    if (!questions?.length || query.size === 0) return 0;
    const near = nearest(query).sims;
    const ids = idsOf(questions);
    let sum = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? -1;
      const sim = id >= 0 ? (near[id] ?? 0) : 0;
      if (sim === 0) continue;
      sum += sim * kindShare(id, asked);
    }
    return sum;
  };
  return { similarity, neighbours, nearest };
}

/**
 * The best similarity (0..1, pairSimilarity) between the query's character pairs and one of the section's questions,
 * each pair counted by its weight.
 */
export function asksSimilarity(
  query: ReadonlySet<string>,
  questions: readonly string[] | undefined,
  pairWeight: PairWeight = unitWeight,
): number {
  if (!questions?.length || query.size === 0) return 0;
  let queryWeight = 0;
  for (const p of query) queryWeight += pairWeight(p);
  const share = queryOnlyShare(queryWeight);
  let best = 0;
  for (const q of questions) {
    const pairs = pairsOf(q);
    let shared = 0;
    for (const p of query) if (pairs.has(p)) shared += pairWeight(p);
    best = Math.max(best, pairSimilarity(shared, queryWeight, ownWeight(q, pairWeight), share));
  }
  return best;
}
