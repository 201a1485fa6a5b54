/** Turns a Japanese question into weighted concepts: normalised, readings resolved, segmented, stopwords dropped, synonyms attached. */
import { normalize } from "./normalize.ts";
import { stopwords, synonymGroups, toolIntentWords } from "./synonyms.ts";

/** One thing the query asks about: the word as typed and every variant that counts as a match. */
export interface Concept {
  /** The word as it appears in the (normalised) query, or the group name for question words. */
  text: string;
  /** Variants searched and matched (always includes `text` unless it is a bare question word). */
  variants: string[];
  /** Importance in scoring: content words 1, question words QUESTION_WEIGHT, negation NEGATION_WEIGHT. */
  weight: number;
  /** Variants that are only part of the typed word (出店 for 出店者, 分け for 分け方): weaker evidence. */
  weak?: string[];
}

export interface AnalyzedQuery {
  normalized: string;
  concepts: Concept[];
  /** True when the query asks for a calculator (計算, シミュレーション, ...). */
  toolIntent: boolean;
  /** True when the query asks what a word means (…とは, …って何, 意味). */
  definitionIntent: boolean;
}

/** A glossary-like entry: a term, its hiragana reading and aliases. */
export interface TermLike {
  term: string;
  reading?: string | undefined;
  aliases: readonly string[];
}

/** Lexicon built once from the glossary and the synonym groups. */
export interface Lexicon {
  /** Hiragana reading -> term, longest readings first. */
  readings: [string, string][];
  /** Normalised phrase -> its variant list and whether it is a question word. */
  phrases: Map<string, { variants: string[]; question: boolean; name: string }>;
  /** Known phrases, longest first, for greedy matching before segmentation. */
  phraseList: string[];
}

/** Weight of question-word concepts (いつ, 何日, いくら) next to content words (1). */
export const QUESTION_WEIGHT = 0.8;
/** Weight of a negation (ない) in scoring. */
export const NEGATION_WEIGHT = 0.4;
const NEGATIONS = new Set(["ない", "ません", "なかっ", "なく"]);

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
const SINGLE_KANJI = /^\p{Script=Han}$/u;
const NOUN_END = /[\p{Script=Han}\u30a1-\u30faー]$/u;
/** A particle glued to the front of a word by the segmenter (を使 -> 使). */
const LEADING_PARTICLE = /^[をはがにでとのもへや](?=\p{Script=Han})/u;
const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/u;

/** Builds the lexicon from glossary terms and synonym groups (pure; call once). */
export function buildLexicon(terms: readonly TermLike[], groups = synonymGroups): Lexicon {
  const phrases = new Map<string, { variants: string[]; question: boolean; name: string }>();
  const add = (words: readonly string[], name: string, question: boolean) => {
    const variants = [...new Set(words.map(normalize).filter(Boolean))];
    for (const v of variants) {
      const prev = phrases.get(v);
      const merged = prev ? [...new Set([...prev.variants, ...variants])] : variants;
      phrases.set(v, {
        variants: merged,
        question: (prev?.question ?? true) && question,
        name: prev?.name ?? name,
      });
    }
  };
  for (const g of groups) {
    const [head = "", ...rest] = g;
    const question = head.startsWith("?");
    add(question ? rest : g, question ? head.slice(1) : head, question);
  }
  const readings: [string, string][] = [];
  for (const t of terms) {
    add([t.term, ...t.aliases], t.term, false);
    if (t.reading && t.reading.length >= 3) readings.push([t.reading, normalize(t.term)]);
  }
  readings.sort((a, b) => b[0].length - a[0].length);
  const phraseList = [...phrases.keys()].sort((a, b) => b.length - a.length);
  return { readings, phrases, phraseList };
}

/** Replaces hiragana readings of glossary terms with the terms (らんく -> ランク is not done; るーむらんく -> ROOMランク is). */
function resolveReadings(q: string, lex: Lexicon): string {
  let out = q;
  for (const [reading, term] of lex.readings) {
    if (out.includes(reading)) out = out.split(reading).join(` ${term} `);
  }
  return out.replace(/\s+/g, " ").trim();
}

const HIRAGANA_RUN = /[\u3041-\u3096ー]{3,}/gu;
const KATAKANA_ONLY = /^[\u30a1-\u30faー]+$/u;

/** Hiragana to katakana (らんく -> ランク); other characters unchanged. */
export function toKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** Rewrites katakana words typed in hiragana (らんくぼーなす -> ランクボーナス) when the lexicon knows them. */
function resolveKatakana(q: string, lex: Lexicon): string {
  const known = lex.phraseList.filter((p) => p.length >= 3 && KATAKANA_ONLY.test(p));
  return q.replace(HIRAGANA_RUN, (run) => {
    const kata = toKatakana(run);
    let out = "";
    let i = 0;
    outer: while (i < run.length) {
      for (const p of known) {
        if (kata.startsWith(p, i)) {
          out += ` ${p} `;
          i += p.length;
          continue outer;
        }
      }
      out += run[i];
      i += 1;
    }
    return out;
  });
}

/** Stem of a verb's masu-stem for matching its other forms: 分け -> 分け (分ける, 分ければ), 使い -> 使 (使う). */
export function verbStem(masu: string): string {
  return /[いきしちにびみりぎじ]$/u.test(masu) && masu.length >= 2 ? masu.slice(0, -1) : masu;
}

/** Splits a chunk into tokens: known phrases first (longest match), the rest by Intl.Segmenter. */
function tokenize(chunk: string, lex: Lexicon, compoundHeads: Map<string, string>): string[] {
  const tokens: string[] = [];
  let rest = "";
  const flush = () => {
    if (!rest) return;
    let prevEnd = -1;
    let prevWord = false;
    for (const s of segmenter.segment(rest)) {
      // A lone kanji right after a noun is a suffix of a compound (出店+者, 報酬+率, 付け+方): keep the compound.
      const last = tokens[tokens.length - 1];
      const joins =
        s.isWordLike &&
        prevWord &&
        s.index === prevEnd &&
        SINGLE_KANJI.test(s.segment) &&
        last &&
        (NOUN_END.test(last) || s.segment === "方");
      if (joins) {
        tokens[tokens.length - 1] = last + s.segment;
        compoundHeads.set(last + s.segment, last);
      } else if (s.isWordLike) tokens.push(s.segment.replace(LEADING_PARTICLE, ""));
      prevWord = s.isWordLike === true;
      prevEnd = s.index + s.segment.length;
    }
    rest = "";
  };
  let i = 0;
  outer: while (i < chunk.length) {
    for (const p of lex.phraseList) {
      // Match phrases of two or more characters only, so single kanji inside words are left to the segmenter.
      if (p.length >= 2 && chunk.startsWith(p, i)) {
        flush();
        tokens.push(p);
        i += p.length;
        continue outer;
      }
    }
    rest += chunk[i];
    i += 1;
  }
  flush();
  return tokens;
}

/** Whether a token carries no meaning for search (particle, auxiliary, lone hiragana, generic verb). */
export function isStopword(token: string): boolean {
  if (stopwords.has(token)) return true;
  if (HIRAGANA_ONLY.test(token) && token.length <= 2) return true;
  // A lone kanji outside the lexicon (人, 使, 日) matches too much to mean anything.
  if (SINGLE_KANJI.test(token)) return true;
  // A lone kana, long-vowel mark or symbol carries no meaning on its own.
  if (token.length === 1 && !/[\p{Script=Han}\p{L}\p{N}]/u.test(token.replace(/[\u3041-\u30ff]/u, "")))
    return true;
  return false;
}

/** Analyses a query into concepts (deduplicated, in query order). */
export function analyzeQuery(query: string, lex: Lexicon): AnalyzedQuery {
  const normalized = normalize(query);
  const resolved = resolveKatakana(resolveReadings(normalized, lex), lex).replace(/\s+/g, " ").trim();
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  // Compounds joined from a word and a one-kanji suffix (セール+中): the word alone also matches.
  const compoundHeads = new Map<string, string>();
  for (const chunk of resolved.split(" ")) {
    for (const token of tokenize(chunk, lex, compoundHeads)) {
      const entry = lex.phrases.get(token);
      if (NEGATIONS.has(token)) {
        // "出ない" / "入れない": the negation decides which section answers, but weighs little on its own.
        if (!seen.has("ない")) concepts.push({ text: "ない", variants: ["ない"], weight: NEGATION_WEIGHT });
        seen.add("ない");
        continue;
      }
      if (!entry && isStopword(token)) continue;
      const key = entry ? entry.name : token;
      if (seen.has(key)) continue;
      seen.add(key);
      if (entry) {
        const variants = entry.question ? entry.variants.filter((v) => !stopwords.has(v)) : entry.variants;
        const ordered = entry.question ? variants : [token, ...variants.filter((v) => v !== token)];
        concepts.push({
          text: entry.question ? entry.name : token,
          variants: ordered,
          weight: entry.question ? QUESTION_WEIGHT : 1,
        });
      } else {
        // "付け方" / "使い方" (how to X): also match the verb stem ("付け", "使い").
        const stem = token.length >= 3 && token.endsWith("方") ? [verbStem(token.slice(0, -1))] : [];
        const head = compoundHeads.get(token);
        const parts = head && head.length >= 2 && !isStopword(head) ? [head] : [];
        // A compound of a known word and a suffix (ユーザー+数): its synonyms with the same suffix (利用者数).
        const headEntry = head ? lex.phrases.get(head) : undefined;
        const known = headEntry && !headEntry.question ? headEntry.variants : [];
        const suffix = head ? token.slice(head.length) : "";
        const weak = [...new Set([...stem, ...parts, ...known])];
        const variants = [...new Set([token, ...known.map((v) => v + suffix), ...weak])];
        concepts.push({ text: token, variants, weight: 1, ...(weak.length ? { weak } : {}) });
      }
    }
  }
  const tools = new Set(toolIntentWords.map(normalize));
  // "どう計算する?" asks how it works (a lesson); "報酬 計算" asks for the calculator.
  const explains = /どう|なぜ|仕組み|とは|考え方/.test(normalized) || /[?？]\s*$/.test(query);
  // "計算" alone must be a request (計算 / 計算したい / 計算する), not a noun like 計算例 or 計算方法.
  const asksToCompute = /計算(?:$| |した|する|できる|ツール|機)/.test(normalized);
  const toolIntent =
    !explains && concepts.some((c) => tools.has(c.text) && (c.text !== "計算" || asksToCompute));
  const definitionIntent =
    /(?:とは|って)(?:何|なに|なん)?(?:ですか|でしょうか|だ)?$|意味|何のこと/.test(normalized) &&
    concepts.length <= 2;
  return { normalized, concepts, toolIntent, definitionIntent };
}
