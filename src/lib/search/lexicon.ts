/** The search lexicon: glossary terms, synonym groups and the katakana words of the site's pages, built once. */
import { normalize } from "./normalize.ts";
import { KATAKANA_WORD, toHiragana } from "./kana.ts";
import { kanaWordIndex, type KanaWords } from "./kana-words.ts";
import { indexByFirst, type WordIndex } from "./word-index.ts";

/** A glossary-like entry: a term, its hiragana reading and aliases. */
export interface TermLike {
  term: string;
  reading?: string | undefined;
  aliases: readonly string[];
  /** Its glossary id (opt-in, double-price): the term's name in English or romaji, which readers type too. */
  id?: string | undefined;
}

/** Lexicon built once from the glossary and the synonym groups. */
export interface Lexicon {
  /** Hiragana reading -> term, longest readings first. */
  readings: [string, string][];
  /** Normalised phrase -> its variant list and whether it is a question word. */
  phrases: Map<string, { variants: string[]; question: boolean; name: string }>;
  /** Known phrases, longest first, for greedy matching before segmentation. */
  phraseList: string[];
  /** Katakana words of the lexicon and the site's pages (3+ characters), longest first: hiragana is folded to them. */
  katakana: string[];
  /** Katakana words of the site's pages only: kept whole when the segmenter would cut them. */
  indexWords: string[];
  /** Hiragana reading -> kanji suffix learnt from glossary terms like リピート率 (りぴーとりつ): りつ -> 率. */
  suffixReadings: [string, string][];
  /** Normalised glossary terms and aliases (a bare term typed alone asks what it means). */
  glossaryWords: Set<string>;
  /** A glossary id of two words or more, without its hyphens (optin, doubleprice) -> its term, normalised. */
  idNames: Map<string, string>;
  /** Words only an answer to a question word says (どこで -> RMS, 画面; 何ポイント -> ポイント): the "+" entries of "?" groups. */
  answerWords: Set<string>;
  /**
   * The site's kanji words by reading, for a question typed without kana-kanji conversion: empty here, filled by the
   * search from /search/kana-words.json when such a question comes (createSearch).
   */
  kanaWords: KanaWords;
  /** The same word lists keyed by first character, longest first (tokenizing scans only the words that can start here). */
  byFirst: { phrases: WordIndex; katakana: WordIndex; indexWords: WordIndex };
}

/**
 * What /search/lexicon.json holds: glossary terms, the katakana words of the site's pages, the synonym groups and
 * the hiragana readings of common words (synonyms.ts; served as data so the search page's script does not carry them).
 */
export interface LexiconData {
  terms: TermLike[];
  words: string[];
  groups: (readonly string[])[];
  readings: Record<string, string>;
}

/**
 * Kanji suffixes and prefixes read off glossary terms made of a katakana word and kanji: リピート率 read
 * りぴーとりつ gives りつ -> 率, 店舗アカウント read てんぽあかうんと gives てんぽ -> 店舗 (pure).
 */
export function kanjiReadings(terms: readonly TermLike[]): [string, string][] {
  const out = new Map<string, string>();
  for (const t of terms) {
    const reading = t.reading ?? "";
    const suffix = /^([\u30a1-\u30faー]+)(\p{Script=Han}+)$/u.exec(t.term);
    if (suffix?.[1] && suffix[2]) {
      const kana = toHiragana(suffix[1]);
      if (reading.startsWith(kana) && reading.length > kana.length)
        out.set(reading.slice(kana.length), suffix[2]);
    }
    const prefix = /^(\p{Script=Han}+)([\u30a1-\u30faー]+)$/u.exec(t.term);
    if (prefix?.[1] && prefix[2]) {
      const kana = toHiragana(prefix[2]);
      if (reading.endsWith(kana) && reading.length > kana.length)
        out.set(reading.slice(0, reading.length - kana.length), prefix[1]);
    }
  }
  return [...out].filter(([r]) => r.length >= 2).sort((a, b) => b[0].length - a[0].length);
}

/** Katakana words (3+ characters, long-vowel marks included) in a text, NFKC-normalised, first-seen order (pure). */
export function katakanaWords(text: string): string[] {
  return [...new Set(text.normalize("NFKC").match(/[\u30a1-\u30faー]{3,}/gu) ?? [])].filter(
    (w) => !w.startsWith("ー"),
  );
}

/**
 * Builds the lexicon from glossary terms, synonym groups and the katakana words of the site's pages (pure;
 * call once). A group entry starting with "+" is a variant only: it is matched in answers but typing it does
 * not call up the group.
 */
export function buildLexicon(
  terms: readonly TermLike[],
  groups: readonly (readonly string[])[] = [],
  pageWords: readonly string[] = [],
  wordReadings: Readonly<Record<string, string>> = {},
): Lexicon {
  const phrases = new Map<string, { variants: string[]; question: boolean; name: string }>();
  const add = (words: readonly string[], name: string, question: boolean) => {
    const keys = new Set(words.filter((w) => !w.startsWith("+")).map(normalize));
    const variants = [...new Set(words.map((w) => normalize(w.replace(/^\+/, ""))).filter(Boolean))];
    for (const v of variants) {
      if (!keys.has(v)) continue;
      const prev = phrases.get(v);
      const merged = prev ? [...new Set([...prev.variants, ...variants])] : variants;
      phrases.set(v, {
        variants: merged,
        question: (prev?.question ?? true) && question,
        name: prev?.name ?? name,
      });
    }
  };
  const answerWords = new Set<string>();
  for (const g of groups) {
    const [head = "", ...rest] = g;
    const question = head.startsWith("?");
    add(question ? rest : g, question ? head.slice(1) : head, question);
    if (question) for (const w of rest) if (w.startsWith("+")) answerWords.add(normalize(w.slice(1)));
  }
  const readings: [string, string][] = [];
  for (const t of terms) {
    add([t.term, ...t.aliases], t.term, false);
    if (t.reading && t.reading.length >= 3) readings.push([t.reading, normalize(t.term)]);
  }
  for (const [reading, word] of Object.entries(wordReadings)) {
    if (reading.length >= 3 && !readings.some(([r]) => r === reading))
      readings.push([reading, normalize(word)]);
  }
  readings.sort((a, b) => b[0].length - a[0].length);
  const phraseList = [...phrases.keys()].sort((a, b) => b.length - a.length);
  const byLength = (a: string, b: string) => b.length - a.length;
  const indexWords = [...new Set(pageWords.map(normalize))]
    .filter((w) => KATAKANA_WORD.test(w))
    .sort(byLength);
  // Katakana words inside known phrases count too (コンバージョン in コンバージョン率).
  const katakana = [...new Set([...katakanaWords(phraseList.join(" ")), ...indexWords])].sort(byLength);
  const glossaryWords = new Set(terms.flatMap((t) => [t.term, ...t.aliases]).map(normalize));
  const idNames = new Map(
    terms.flatMap((t) => (t.id?.includes("-") ? [[t.id.replace(/-/g, ""), normalize(t.term)] as const] : [])),
  );
  return {
    readings,
    phrases,
    phraseList,
    katakana,
    indexWords,
    suffixReadings: kanjiReadings(terms),
    glossaryWords,
    idNames,
    answerWords,
    kanaWords: kanaWordIndex({}),
    byFirst: {
      phrases: indexByFirst(phraseList),
      katakana: indexByFirst(katakana),
      indexWords: indexByFirst(indexWords),
    },
  };
}

/** The lexicon from /search/lexicon.json data (glossary terms, page words, synonym groups, readings). */
export function lexiconFrom(data: LexiconData): Lexicon {
  return buildLexicon(data.terms, data.groups, data.words, data.readings);
}
