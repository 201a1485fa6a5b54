/** Re-ranks candidate pages by how well their best section covers the question's concepts (pure). */
import type { AnalyzedQuery, Concept } from "./analyze.ts";
import {
  asksIndex,
  asksMatch,
  charPairs,
  JAPANESE_SCRIPT,
  matchStrength,
  type AsksData,
  type AsksLookup,
  type PageAsks,
} from "./asks.ts";
import { fold } from "./normalize.ts";
import { namesOtherOrdinal, ordinals } from "./ordinals.ts";
import { pageKind } from "./page-kind.ts";
import { namedBy } from "./page-lists.ts";
import { exampleSections } from "./page-examples.ts";
import { summarySections } from "./page-summaries.ts";
import { isQuestionKind, questionKinds } from "./question-kinds.ts";
import { splitSections, type AnchorLike, type Section } from "./sections.ts";
import { siteStructureWords, toolKindWords } from "./synonyms.ts";

export { WEAK_MATCH } from "./asks.ts";

/** The parts of a Pagefind page record the re-ranker reads (meta.kind comes from the page's frontmatter). */
export interface PageRecord {
  url: string;
  content: string;
  meta: { title?: string; kind?: string; lists?: string; summaries?: string; examples?: string };
  anchors: readonly AnchorLike[];
}

export interface RankedSection {
  page: PageRecord;
  section: Section;
  score: number;
  /** Other headed sections of the page that score nearly as well (alsoSections), best first. */
  also?: readonly Section[];
}

/** Weights of the scoring terms (exported for tests and the bench). */
export const WEIGHTS = {
  heading: 1,
  body: 0.6,
  pageTitle: 0.8,
  fusion: 0.2,
  density: 0.1,
  tool: 0.3,
  /**
   * An overview page (hub) below a lesson unless its title names the question, and above it for a list question.
   * 0.3 → 0.2 (2026-12-07, 76 folds, after hubs named what they list): cross-validation 11,730 → 11,732/12,160, tuning
   * 1,089 → 1,090/1,120, the gated set 124/125 unchanged (0.25: 11,732 and 1,089; 0.15: 11,730 and 1,090).
   */
  hub: 0.2,
  glossary: 0.25,
  definition: 0.4,
  titlePage: 0.2,
  /**
   * Below a lesson: a worked example (kind "case"). 0.1 → 0.15 with rules at 0.05 (2026-12-06, 40 folds): cross-validation
   * +1/6,400, tuning +1/1,120.
   */
  case: 0.15,
  /**
   * Below a lesson: a rules page, for a question that neither asks whether something is allowed nor names a rule.
   * 0.1 → 0.15 (2026-12-05, one coordinate search over every weight, tuned on the gated set, batches 1–8 and 16,
   * checked on batches 9–11): +2 first hits of 632, none lost. 0.15 → 0.05 (2026-12-06, with 20 times the section
   * questions, which now tell a lesson from a rules page themselves): cross-validation 6,117 → 6,131/6,400, tuning
   * 1,078 → 1,080/1,120, the gated set unchanged (121/125); 0.1 gave 6,124 and 1,079, 0 gave 6,125 and 1,082.
   */
  rules: 0.05,
  /**
   * A template page (kind "template") for a question asking for an example to copy (例文, テンプレ). 0.1, 0.2 and 0.3
   * each gave +2 first hits on the tuning sets (2026-12-05; gated, batches 1–11, 16 and 18), none lost: the middle.
   * 0.2 → 0.4 (2026-12-06, 53 folds): 「レビュー依頼 文例」 opened the lesson heading レビュー依頼の文面には何を書く (文例 and
   * 文面 are one synonym group) rather than the examples; cross-validation 8,200 → 8,203/8,480, tuning 1,088/1,120 and the
   * gated set 122/125 unchanged (0.3: 8,200; 0.5 and 0.6: tuning 1,087).
   * The same to a section of another page that holds a text to copy (frontmatter `examples`: the request to a ROOM user
   * on ステマ規制), 2026-12-07 (80 folds): cross-validation 12,372 → 12,377/12,800 (5 fixed, none lost: モニターさんに送る
   * 投稿依頼の文面の見本 had opened レビュー依頼の例); tuning 1,088 and the gated set 124 unchanged.
   * 0.4 → 0.45 (83 folds): with batches 280 and 281 among the section questions, 「レビュー依頼 文例」 opened the lesson
   * again (2.546 against 2.520); cross-validation 12,830 → 12,832/13,280 (3 fixed, 1 lost; 0.5: 12,831), tuning 1,090
   * and the gated set 124 unchanged.
   */
  template: 0.45,
  /**
   * Below a lesson: a template page, for a question that asks for no example to copy (its examples name every word of
   * the lesson they apply: 購入後フォローメールの例 for a question about when that mail goes out). 2026-12-07 (74 folds):
   * cross-validation 11,422 → 11,426/11,840 at 0.15, 0.2 and 0.3 (0.1: 11,425, 0.05: 11,421); tuning 1,089/1,120 and
   * the gated set 124/125 unchanged at each.
   */
  plainTemplate: 0.2,
  /**
   * Below the page it sums up: a section that gives another page's lesson in brief and links to it (frontmatter
   * `summaries`: the checklist's steps, the RMS steps' account switch), which names all its words. 2026-12-07 (76 folds):
   * cross-validation 11,723 → 11,726/12,160 at 0.05, tuning 1,089/1,120 and the gated set 124/125 unchanged; 0.1 gave
   * 11,728 with tuning 1,088, 0.2 tuning 1,086.
   */
  summary: 0.05,
  /** How far below the page top a heading section may score and still be linked instead of it. */
  topMargin: 0.2,
  /** For a definition question, a heading that is exactly one of its words (the glossary entry's term). */
  exactHeading: 0.3,
  /** Share of exactHeading for a heading that is a synonym or alias of the typed word rather than the word itself. */
  aliasHeading: 0.5,
  /** A question word (いくら, 何日) answered by a value of its type in the section text (3,000円, 7日). */
  answerType: 0.5,
  /** Below the other sections: one whose heading asks another kind of question (いくつ when the question asks いつ). */
  questionMismatch: 0.05,
  /**
   * The sections' own questions (asks.ts): a concept found in one of them counts `asksField` (below a body match), and
   * the share of the query that the best of them covers adds `asks` times that share. Measured on the tuned sets
   * (2026-12-05): field 0.5 and bonus 0.2 gave +35 of 552 first hits, the gated set 120 → 119 of 125; a field at
   * 0.7 or a bonus at 0.3 lose more of the gated set. 2026-12-06 (45 folds, asksSimilar 0.5): bonus 0.25 gave
   * cross-validation 6,918 → 6,921/7,200, tuning 1,084 → 1,085, the gated set 120 → 121 (0.3: tuning 1,082).
   * 0.3 with asksNeighbours 0.15 (2026-12-06, 49 folds): see asksNeighbours.
   */
  asks: 0.3,
  asksField: 0.5,
  /**
   * Times the character-pair similarity of the query to the section's closest question (asksSimilarity, pairs weighted
   * by rarity): wording that the word analysis splits differently (帰っちゃう, an unknown compound) still counts.
   * Unweighted pairs at 0.2 gave +7 of 552 on the tuned sets (gated 120 → 121; 0.3 and more lost on the gated set);
   * weighted pairs at 0.4 gave +3 more, the gated set unchanged (0.3: +1, 0.5 and 0.6: +2). With 21,800 training
   * section questions (2026-12-06, 45 folds), 0.5 gave cross-validation 6,915 → 6,918/7,200 and tuning 1,083 → 1,084,
   * the gated set unchanged at 120 (0.3: −5 and −1; 0.6: gated 119).
   */
  asksSimilar: 0.5,
  /**
   * Times the section's share of the vote of the site's questions closest to the query (PageAsks.neighbours): a section
   * that several close wordings were written for beats one with a single close wording. 2026-12-06, headed sections
   * voting: cross-validation 737 → 750/800, tuning 884 → 898/960, the gated set 123 → 121/125. With page tops voting
   * too: 0.2 gave 747 and 897; 0.12, 0.28 and 0.4 gave +7/+10, +7/+14 and +9/+14. 0.2 → 0.15 with asks 0.25 → 0.3
   * (2026-12-06, 49 folds, 23,347 section questions: a section asked often, such as 直接交渉してもよい with 96 questions,
   * filled the vote): cross-validation 7,565 → 7,575/7,840, tuning 1,087 → 1,087/1,120, the gated set 118 → 119/125.
   * 0.15 alone gave 7,573, 1,085 and 120; 0.25 gave 7,563, 1,088 and 117; 0.17 gave 7,565, 1,086 and 119. A vote of
   * each section's best 2, 3 or 5 neighbours only lost 9–22 tuning questions; neighbours weighted by their
   * similarity squared gave 7,558 and 1,086. 0.15 → 0.17 (2026-12-07, 92 folds, 35,022 section questions; the same
   * change lost 2 at 83 folds): cross-validation 14,216 → 14,219/14,720, tuning 1,091 → 1,092/1,120, the gated set 124
   * unchanged (0.13: 14,216 and 1,090; 0.19: 14,217 and 1,092; asks 0.35 instead: 14,225, tuning 1,090 and the gated
   * set 123; asks 0.4: 14,229 and tuning 1,090).
   */
  asksNeighbours: 0.17,
  /**
   * Times asksNeighbours for a question read as 60 characters or more (a situation told at length): its many words
   * match many sections a little, and the close wordings' vote tells them apart better. 2026-12-07 (68 folds):
   * cross-validation 10,498 → 10,504/10,880, tuning 1,089/1,120 and the gated set 122/125 unchanged; 1.5 from 50
   * characters gave 10,505 with tuning 1,088, 2 gave 10,505 and 1,088, 1.3 gave 10,501, 1.5 from 70 gave 10,501, and
   * 0.7 gave 10,492.
   */
  longNeighbours: 1.5,
  /**
   * Share of that vote a page top counts (it gathers the questions the whole page answers, on every topic); a
   * calculator's top (kind tool) counts in full, since a tool page answers one thing and its top is the calculator
   * (2026-12-07, 66 folds: cross-validation 10,190 → 10,191/10,560, the gated set 120 → 121/125 with 「報酬 計算」 back
   * on the reward tool rather than the rewards lesson's own calculator section, tuning 1,087/1,120 unchanged; 0.85
   * gave the same cross-validation). 0 until
   * pages could be scored for their questions alone (askedPages); with them, 2026-12-06 (47 folds): 0.7 gave
   * cross-validation 7,251 → 7,262/7,520 and tuning 1,085 → 1,087/1,120, the gated set 121 → 120/125 (「CRMでよくある
   * 失敗」 now opens よくある失敗 rather than CRMの失敗パターン); 0.2, 0.3, 0.5 and 1 lost the same gated question and
   * gained less (1: 7,262 and 1,086); the top's best vote alone instead of the sum gave 7,257 and 1,085.
   */
  topNeighbours: 0.7,
  /**
   * Below the other sections: one whose heading names an ordinal of the same counter as the question but another number
   * (日目, 週目, か月目, 回目: 「2日目は何をする」 for 「ロードマップ 5日目」). The section questions of the other days share
   * every character pair but the number, so their votes outweighed the heading that names the day. 0.6 since asks rose
   * to 0.25 (two such questions outvoted 0.5); 0.5–0.7 score the same on cross-validation, tuning and the gated set.
   */
  otherOrdinal: 0.6,
  /**
   * How far below the linked section another headed section of the page may score and still be offered beside it.
   * On the tuning sets (2026-12-05) the first result then answers, by its link or one of these, 1,230 → 1,242 of
   * 1,272 questions (its page answers 1,243), with 0.23 extra links per first result: 0.1 gave 1,235 (0.07 links),
   * 0.2 1,238 (0.14), 0.4 1,242 (0.36), 0.6 1,243 (0.67).
   */
  alsoMargin: 0.3,
} as const;

/** Length (characters, as read) from which a question counts as told at length (WEIGHTS.longNeighbours). */
export const LONG_QUESTION = 60;

/** At most this many other sections of a page are offered under its result. */
export const ALSO_LIMIT = 2;

/**
 * The kinds of question a heading asks, by the question-word groups of synonyms.ts (時期 for いつ, 金額 for いくら):
 * the guides' headings are questions (「上限はいくつ?」「上限に達するとどうなる?」).
 */
export const HEADING_QUESTIONS: Readonly<Record<string, RegExp>> = {
  時期: /いつ/u,
  金額: /いくら/u,
  期間: /何日|いつまで/u,
  回数: /いくつ|何回|何件|何人/u,
  場所: /どこ/u,
  理由: /なぜ/u,
};

/** The kinds of HEADING_QUESTIONS the question asks (its question words: 時期 for いつ). */
export const askedKinds = (query: AnalyzedQuery): string[] =>
  query.concepts.filter((c) => c.question && c.text in HEADING_QUESTIONS).map((c) => c.text);

/**
 * WEIGHTS.questionMismatch when the question asks one of these kinds (`asked`, from askedKinds: いつ) and the section's
 * heading asks only others (いくつ); 0 otherwise, and for questions that ask none of them.
 */
export function questionMismatch(asked: readonly string[], section: Section): number {
  if (asked.length === 0 || section.id === "_top") return 0;
  const heading = section.heading;
  const kinds = Object.keys(HEADING_QUESTIONS).filter((k) => HEADING_QUESTIONS[k]?.test(heading));
  return kinds.length > 0 && !kinds.some((k) => asked.includes(k)) ? WEIGHTS.questionMismatch : 0;
}

/**
 * What a question word asks for, as it appears in an answering text (folded): いくら a yen amount, 何日 / いつまで a
 * number of days, weeks or months, いつ a day after or a day of the month, 何回 / 何人 a count, 何% a rate. A section
 * that gives such a value answers the question word even when it does not repeat 金額 or 期間.
 */
export const ANSWER_TYPES: Readonly<Record<string, RegExp>> = {
  金額: /\d[\d,]*万?円/u,
  期間: /\d+(?:日|週間|か月|年)/u,
  時期: /\d+(?:日後|日目|日前|週間後|週目|か月後|時)|毎月|毎週|翌日|翌月/u,
  回数: /\d+(?:回|件|個|人|枚|通|名)/u,
  数値: /\d+(?:\.\d+)?(?:%|ポイント|円|割)/u,
  開始: /\d{4}年/u,
};

/**
 * Body length normalisation: a section body longer than BODY_LENGTH.reference characters (a long table
 * or intro) names many words in passing; its body matches count (reference / length) ^ exponent.
 */
export const BODY_LENGTH = { reference: 500, exponent: 0.3 } as const;

/** Factor (0..1] applied to body matches of a section whose body has `length` characters. */
export function bodyLengthFactor(length: number): number {
  return length > BODY_LENGTH.reference ? (BODY_LENGTH.reference / length) ** BODY_LENGTH.exponent : 1;
}

/** 1 when a full variant occurs, WEAK_MATCH when only a weak one does, else 0. */
const has = matchStrength;
const count = (hay: string, c: Concept) =>
  c.variants.reduce((n, v) => (v ? n + hay.split(v).length - 1 : n), 0);

const NONE: ReadonlySet<Concept> = new Set();
/** No section questions: no concept is matched in them. */
const NO_QUESTIONS: ReadonlyMap<Concept, number> = new Map();

/**
 * Score of one section for the query's concepts, between 0 and about 1.5; `fromQuestions` is each concept's match in
 * the section's own questions (asksMatch).
 */
export function sectionScore(
  section: Section,
  pageTitle: string,
  concepts: readonly Concept[],
  byKind: ReadonlySet<Concept> = NONE,
  fromQuestions: ReadonlyMap<Concept, number> = NO_QUESTIONS,
): number {
  const total = concepts.reduce((s, c) => s + c.weight, 0) || 1;
  // The page top's heading is the page title: it counts as a title match, so a section whose own heading
  // names the words outranks the page top.
  const heading = section.id === "_top" ? "" : folded(section.heading);
  const body = folded(section.body);
  const title = folded(pageTitle);
  const lengthFactor = bodyLengthFactor(body.length);
  let score = 0;
  for (const c of concepts) {
    const inAsks = fromQuestions.get(c) ?? 0;
    const inHeading = has(heading, c);
    const inBody = has(body, c) * lengthFactor;
    const inTitle = has(title, c);
    const answerType = ANSWER_TYPES[c.text];
    const inValue = answerType?.test(body) ? lengthFactor : 0;
    // A word in the page title holds for every section of the page: sections then differ by the other words.
    // A concept the page's kind satisfies (計算 on a calculator page) counts as a title match in every section.
    const inKind = byKind.has(c) ? 1 : 0;
    const hit = Math.max(
      inHeading * WEIGHTS.heading,
      inBody * WEIGHTS.body,
      inValue * WEIGHTS.answerType,
      Math.max(inTitle, inKind) * WEIGHTS.pageTitle,
      inAsks * WEIGHTS.asksField,
    );
    // Repeated mentions show what a section is about; a question word's answer-side words (件, 最初, 順に) recur in
    // any text and say nothing about the topic.
    const density = c.question ? 0 : Math.min(1, count(body, c) / 3) * WEIGHTS.density;
    score += (c.weight * (hit + density)) / total;
  }
  return score;
}

/** A section with its score. */
export interface ScoredSection {
  section: Section;
  score: number;
  /** Share of the query that the section's closest own question covers (asksMatch coverage, 0..1). */
  asked?: number;
}

/**
 * The section a page's result links to, and the page's score (its best section's score). The page top
 * (title + opening summary) repeats the page's words; when a section with its own heading scores within
 * WEIGHTS.topMargin of it, that section is linked instead, keeping the page top's score for the page.
 */
export function pickSection(
  scored: readonly ScoredSection[],
  topMargin: number = WEIGHTS.topMargin,
): ScoredSection | undefined {
  let best: ScoredSection | undefined;
  for (const s of scored) if (!best || s.score > best.score + 1e-9) best = s;
  if (!best || best.section.id !== "_top") return best;
  let alt: ScoredSection | undefined;
  for (const s of scored) {
    if (s.section.id === "_top") continue;
    if (!alt || s.score > alt.score + 1e-9) alt = s;
  }
  return alt && alt.score >= best.score - topMargin ? { ...alt, score: best.score } : best;
}

/** The page top, with the page's score (its best section's score). */
export function pageTop(scored: readonly ScoredSection[]): ScoredSection | undefined {
  const top = scored.find((s) => s.section.id === "_top");
  return top && { ...top, score: Math.max(...scored.map((s) => s.score)) };
}

/**
 * The page's other headed sections that score within WEIGHTS.alsoMargin of the linked one (`picked`), best first, at
 * most ALSO_LIMIT: when a page answers in more than one place, the reader sees those places beside the first.
 */
export function alsoSections(scored: readonly ScoredSection[], picked: Section): Section[] {
  const own = scored.find((s) => s.section === picked)?.score ?? 0;
  return scored
    .filter((s) => s.section !== picked && s.section.id !== "_top" && s.score > 0)
    .filter((s) => s.score >= own - WEIGHTS.alsoMargin)
    .sort((a, b) => b.score - a.score)
    .slice(0, ALSO_LIMIT)
    .map((s) => s.section);
}

/**
 * For a question asking what a word means, the section whose heading is that word itself (the glossary entry
 * 「楽天ROOM」 for ルーム), not one whose heading or text merely mentions it.
 */
export function definitionHeading(query: AnalyzedQuery, section: Section): number {
  if (!query.definitionIntent || section.id === "_top") return 0;
  const heading = folded(section.heading);
  // The entry of the word as typed comes before the entry of a word it is an alias of (サンキュークーポン has its
  // own entry and is also an alias of 再購入クーポン).
  if (query.concepts.some((c) => c.text === heading)) return WEIGHTS.exactHeading;
  return query.concepts.some((c) => c.variants.includes(heading))
    ? WEIGHTS.exactHeading * WEIGHTS.aliasHeading
    : 0;
}

/** Small memo caches: while typing, the same pages are re-ranked at every keystroke. */
const CACHE_LIMIT = 400;
/**
 * Folded texts kept: every heading, body and title of the site fits (713 texts on 2026-12-05), so one query's 20 pages
 * do not push out the next one's (with 400, each query folded its pages' texts again).
 */
const FOLD_CACHE_LIMIT = 4000;
const foldCache = new Map<string, string>();
const sectionCache = new Map<string, Section[]>();

/** fold() with a cache. */
function folded(text: string): string {
  let v = foldCache.get(text);
  if (v === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    v = fold(text);
    foldCache.set(text, v);
  }
  return v;
}

/** A page's sections, cached by URL and content. */
function sectionsOf(page: PageRecord): Section[] {
  const key = `${page.url}\n${page.content.length}`;
  let v = sectionCache.get(key);
  if (!v) {
    if (sectionCache.size >= CACHE_LIMIT) sectionCache.clear();
    v = splitSections(page.meta.title ?? "", page.content, page.anchors);
    sectionCache.set(key, v);
  }
  return v;
}

/** Share of the concepts' weight found in a page title or a heading (0..1). */
export function titleCoverage(title: string, concepts: readonly Concept[]): number {
  const total = concepts.reduce((s, c) => s + c.weight, 0) || 1;
  const t = folded(title);
  return concepts.reduce((s, c) => s + c.weight * has(t, c), 0) / total;
}

const TOOL_KIND_WORDS = new Set(toolKindWords.map(fold));

/** Whether a concept names a calculator (計算ツール, シミュレーター: one of its variants is such a word). */
export function namesCalculator(c: Concept): boolean {
  return c.variants.some((v) => TOOL_KIND_WORDS.has(v));
}

/**
 * The concepts as scored on a page of this kind. On a calculator page the words that name a calculator (ツール,
 * シミュレーター) say what the page is, not what it is about: they are dropped there (tool intent is scored by
 * kind), so 「このツールの扱い」 is no heading match for 計算 and a tool title is matched by its topic words.
 */
export function conceptsForKind(
  query: AnalyzedQuery,
  kind: string,
): { concepts: readonly Concept[]; byKind: ReadonlySet<Concept> } {
  if (kind !== "tool") return { concepts: query.concepts, byKind: NONE };
  const byKind = new Set<Concept>();
  const concepts = query.concepts.map((c) => {
    if (!namesCalculator(c)) return c;
    const kept = { ...c, variants: c.variants.filter((v) => !TOOL_KIND_WORDS.has(v)) };
    // A question asking for a calculator is answered by being one, in every section alike.
    if (query.toolIntent) byKind.add(kept);
    return kept;
  });
  return { concepts, byKind };
}

/** `read` of the query, computed once per query (every page scored reads the same value). */
function perQuery<T>(read: (query: AnalyzedQuery) => T): (query: AnalyzedQuery) => T {
  const cache = new WeakMap<AnalyzedQuery, T>();
  return (query) => {
    if (!cache.has(query)) cache.set(query, read(query));
    return cache.get(query) as T;
  };
}

/**
 * The query's character pairs, once per query (one Set for every page scored, which asks' similarity reuses), from the
 * query as read: 「rank bonus 上限」 is compared as 「roomランクボーナス 上限」 with the questions written in Japanese.
 * 2026-12-06: cross-validation 2,095 → 2,096/2,240, tuning 619 → 620/640, 8 held-out first results moved.
 * A question typed in hiragana is compared as the site writes its words (`reading`: こうにゅうご めーる じき as
 * 購入後 メール 時期). 2026-12-07 (82 folds): cross-validation 12,677 → 12,683/13,120 (15 fixed, 9 lost), tuning
 * 1,088 → 1,089/1,120, the gated set 124 unchanged; the section questions read the same way gave 12,679, and both
 * forms of the query together 12,686 with tuning 1,087.
 * A question typed wholly in Latin letters also adds the guides' word for each of its words (rank bonus cap adds 上限),
 * so it meets the wordings written in Japanese. 2026-12-08 (100 folds): cross-validation 15,474 → 15,481/16,000 (9
 * fixed, 2 lost, all English or romaji), tuning 1,094 and the gated set 124 unchanged; for every query with a Latin
 * word it cost the gated set 2.
 */
export const queryPairs: (query: AnalyzedQuery) => ReadonlySet<string> = perQuery((query) => {
  const pairs = charPairs(query.reading ?? query.read);
  // A question typed wholly in Latin letters also compares as the guides' words its words stand for (cap as 上限).
  if (/^[\x20-\x7e]*$/u.test(query.normalized))
    for (const name of latinConceptNames(query)) for (const p of charPairs(name)) pairs.add(p);
  return pairs;
});

/** The first Japanese variant of each concept typed in Latin letters (cap -> 上限), none for question words. */
const latinConceptNames = (query: AnalyzedQuery): string[] =>
  query.concepts.flatMap((c) => {
    if (c.question || !/^[a-z][a-z0-9 -]*$/u.test(c.text)) return [];
    const name = c.variants.find((v) => JAPANESE_SCRIPT.test(v));
    return name ? [name] : [];
  });

/**
 * The kinds the query asks, once per query: questionKinds of the query as read, and the kinds its question words name
 * when typed in hiragana or romaji (じき, hiyou read as 時期 and 金額). 2026-12-07 (80 folds): cross-validation
 * 12,368 → 12,369/12,800; tuning 1,088 and the gated set 124 unchanged.
 */
export const queryKinds = perQuery((query): readonly string[] => {
  const read = questionKinds(query.read);
  const named = query.concepts.filter((c) => c.question && isQuestionKind(c.text) && !read.includes(c.text));
  return [...read, ...named.map((c) => c.text)];
});

/** The ordinals the query names (5日目), once per query. */
const queryOrdinals: (query: AnalyzedQuery) => ReadonlyMap<string, ReadonlySet<number>> = perQuery((query) =>
  ordinals(query.read),
);

/**
 * One page's best section and its score: section score (with the match of the section's own questions, `asks`) plus
 * the page's fused rank score (scaled by `maxFused`, the highest among the pages compared) and the weights of its
 * kind. Undefined when no section matches.
 */
function scorePage(
  query: AnalyzedQuery,
  { page, fused }: { page: PageRecord; fused: number },
  maxFused: number,
  asks?: PageAsks,
  /** For an overview question: whether some candidate hub's title names its topic (hubNamesTopic). */
  topicHub = false,
): RankedSection | undefined {
  const title = page.meta.title ?? "";
  const kind = pageKind(page.meta);
  const { concepts, byKind } = conceptsForKind(query, kind);
  const asked = askedKinds(query);
  const pairs = queryPairs(query);
  const days = queryOrdinals(query);
  const summaries = summarySections(page.meta);
  // A section that holds a text to copy answers a question asking for one as the template page does (WEIGHTS.template).
  const examples = query.exampleIntent ? exampleSections(page.meta) : undefined;
  // A page top collects the questions the whole page answers, on every topic: it counts a share of its vote
  // (WEIGHTS.topNeighbours). A calculator's top is the calculator itself: its vote counts in full.
  const topShare = kind === "tool" ? 1 : WEIGHTS.topNeighbours;
  // A question told at length counts its close wordings' vote more (WEIGHTS.longNeighbours).
  const voteShare = query.read.length >= LONG_QUESTION ? WEIGHTS.longNeighbours : 1;
  const kinds = queryKinds(query);
  const neighbours = (section: Section, questions: readonly string[] | undefined) =>
    (section.id === "_top" ? topShare : 1) * voteShare * (asks?.neighbours(pairs, questions, kinds) ?? 0);
  const scored = sectionsOf(page).map((section) => {
    const questions = asks?.sections[section.id];
    const matched = asks?.match(questions, concepts) ?? asksMatch(questions, concepts);
    return {
      section,
      asked: matched.coverage,
      score:
        sectionScore(section, title, concepts, byKind, matched.field) +
        definitionHeading(query, section) +
        (examples?.has(section.id) ? WEIGHTS.template : 0) +
        WEIGHTS.asks * matched.coverage +
        WEIGHTS.asksSimilar * (asks?.similarity(pairs, questions) ?? 0) +
        WEIGHTS.asksNeighbours * neighbours(section, questions) -
        questionMismatch(asked, section) -
        (namesOtherOrdinal(days, section.heading) ? WEIGHTS.otherOrdinal : 0) -
        (summaries.has(section.id) ? WEIGHTS.summary : 0),
    };
  });
  // An overview question is answered by a hub's list of pages: its best headed list, not the intro above them.
  const picked = pickSection(scored, kind === "hub" && query.listIntent ? Infinity : WEIGHTS.topMargin);
  // A question naming the glossary itself (用語集, 言葉の意味をまとめたページ) is answered by its top, unless it also
  // names one of its entries (用語集 LTV).
  const best =
    kind === "glossary" && query.glossaryIntent && !(picked && definitionHeading(query, picked.section))
      ? pageTop(scored)
      : picked;
  if (!best) return undefined;
  // A question asking for a calculator is answered by one, unless it asks which there are (計算機 どれ使う, 一覧):
  // the calculators' overview lists them.
  const tool = query.toolIntent && !query.listIntent && kind === "tool" ? WEIGHTS.tool : 0;
  // A question asking for an example to copy (例文, テンプレ) is answered by the page of texts to adapt; the lesson that
  // explains what such a text should say names the same words (文面, レビュー依頼) without being one.
  // Any other question is the lesson's.
  const template = kind !== "template" ? 0 : query.exampleIntent ? WEIGHTS.template : -WEIGHTS.plainTemplate;
  const named = namedBy(page.meta);
  const covered = titleCoverage(named, concepts);
  // An overview page names every lesson's words; it is the answer only when the question names its own
  // subject (学習 for 学習ロードマップ, 計算ツール): the penalty shrinks as its title covers the question.
  // A utility page (kind "page": the learning record, whose printable sheet lists every lesson's title) is
  // weighed the same way.
  // A section of an overview page whose own heading names the question's words is content, not a list of links
  // (ルールと法令's 「非公式」と「編集部の目安」は何が違う?): the penalty shrinks as that heading covers the question too.
  // So it does as the section's own questions cover it: they ask what the overview itself answers (入力した数字は
  // 送信される? on the tools overview), not what its lessons do. 2026-12-05, tuning sets: +5 first hits (b2, b24, b25),
  // none lost; half the share gave +2.
  const headingCovered =
    best.section.id === "_top" || kind !== "hub" ? 0 : titleCoverage(best.section.heading, concepts);
  // A question asking for a list of pages (一覧) is answered by an overview page: the same weight, as a bonus.
  const hub =
    kind === "hub" && query.listIntent
      ? -WEIGHTS.hub * overviewShare(named, concepts, topicHub)
      : kind === "hub" || kind === "page"
        ? WEIGHTS.hub * (1 - Math.max(covered, headingCovered, best.asked ?? 0))
        : 0;
  // Glossary entries answer "…とは"; for other questions a lesson section is the better answer.
  const glossary =
    kind === "glossary" ? (query.definitionIntent ? WEIGHTS.definition : -WEIGHTS.glossary) : 0;
  // A page whose title names the question's words is about it: a small page-level bonus.
  const titleCover = covered * WEIGHTS.titlePage;
  // A worked example (事例) applies several lessons to one shop and names their words in passing: the lesson
  // that explains the topic comes first unless the example matches clearly better.
  const example = kind === "case" ? WEIGHTS.case : 0;
  // A rules page explains where a practice meets a rule, and names the practice's words (ROOM, メール, クーポン) to
  // do so: for a question about the practice itself (仕組み, 効果) the lesson comes first.
  const rules = kind === "rules" && !query.ruleIntent ? WEIGHTS.rules : 0;
  const score =
    best.score +
    WEIGHTS.fusion * (fused / maxFused) +
    tool +
    template -
    hub +
    glossary +
    titleCover -
    example -
    rules;
  return { page, section: best.section, score, also: alsoSections(scored, best.section) };
}

const SITE_STRUCTURE_WORDS = new Set(siteStructureWords.map(fold));

/** The question's topics: its concepts other than the site's own words (レッスン, 読む順番). */
const topicsOf = (concepts: readonly Concept[]): Concept[] =>
  concepts.filter((c) => !c.variants.some((v) => SITE_STRUCTURE_WORDS.has(v)));

/**
 * For an overview question, whether the title of a hub among these pages, or what it lists (namedBy), names one of its
 * topics (ROOM in 楽天ROOMの学び方, 事例 listed by 現場の実務); false for any other question.
 */
function hubNamesTopic(query: AnalyzedQuery, pages: readonly { page: PageRecord }[]): boolean {
  if (!query.listIntent) return false;
  const topics = topicsOf(query.concepts);
  return pages.some(
    ({ page }) => pageKind(page.meta) === "hub" && titleCoverage(namedBy(page.meta), topics) > 0,
  );
}

/**
 * How much of the overview bonus a hub gets: when another hub's title names one of the question's topics and its own
 * names none, as much again as a penalty (ROOM 読む順番: 楽天ROOMの学び方, not the reading-order section of ルールと法令);
 * all of it otherwise. Cross-validation: no bonus 5,483, the penalty 5,493/5,760.
 */
function overviewShare(title: string, concepts: readonly Concept[], topicHub: boolean): number {
  return !topicHub || titleCoverage(title, topicsOf(concepts)) > 0 ? 1 : -1;
}

/** The highest fused score among the pages compared (1 when none is above 0): what scorePage scales by. */
const maxFusedOf = (pages: readonly { fused: number }[]): number =>
  Math.max(0, ...pages.map((p) => p.fused)) || 1;

/**
 * scorePage for each of `pages`, with what it compares them by set up once: the highest fused score and whether a hub
 * names the question's topic. The engine calls it page by page, pausing between them.
 */
export function pageScorer(
  query: AnalyzedQuery,
  pages: readonly { page: PageRecord; fused: number }[],
  pageAsks?: AsksLookup,
): (p: { page: PageRecord; fused: number }) => RankedSection | undefined {
  const maxFused = maxFusedOf(pages);
  const topicHub = hubNamesTopic(query, pages);
  return (p) => scorePage(query, p, maxFused, pageAsks?.(p.page.url), topicHub);
}

/** Best section per page, pages ordered by section score plus fused rank score and tool intent. */
export function rerank(
  query: AnalyzedQuery,
  pages: readonly { page: PageRecord; fused: number }[],
  asks?: AsksData,
): RankedSection[] {
  return sortRanked(pages.map(pageScorer(query, pages, asks ? asksIndex(asks) : undefined)));
}

/** The scored pages, best first (pages without a matching section left out). */
export const sortRanked = (scored: readonly (RankedSection | undefined)[]): RankedSection[] =>
  scored.filter((r): r is RankedSection => r !== undefined).sort((a, b) => b.score - a.score);
