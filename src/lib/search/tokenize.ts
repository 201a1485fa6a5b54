/** Splits a normalised query chunk into tokens (known phrases, then Intl.Segmenter) and tells which tokens carry no meaning. */
import type { Lexicon } from "./lexicon.ts";
import { wordsAt } from "./word-index.ts";
import { KATAKANA_CHAR, KATAKANA_ONLY } from "./kana.ts";
import { stopwords } from "./synonyms.ts";

/** Negation endings: kept as a light concept, never dropped as stopwords. */
export const NEGATIONS: ReadonlySet<string> = new Set(["ない", "ません", "なかっ", "なく"]);

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
const SINGLE_KANJI = /^\p{Script=Han}$/u;
const NOUN_END = /[\p{Script=Han}\u30a1-\u30faー]$/u;
/** A particle glued to the front of a word by the segmenter (を使 -> 使). */
const LEADING_PARTICLE = /^[をはがにでとのもへや](?=\p{Script=Han})/u;
const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/u;
/** A number followed by a counter or unit (1か月, 14日, 2週間, 3,000ポイント). */
export const NUMBER_WITH_COUNTER = /^(\d[\d,]*)(か月|週間|時間|日|週|回|件|人|個|年|円|ポイント|割|位)(目)?/u;
/** A number written with 万 or 千 (10万, 50万円, 3千人): the pages write the figure in digits (100,000人). */
export const NUMBER_WITH_MYRIAD = /^(\d+)(万|千)(円|人|件|個|ポイント)?/u;
/** Hiragana that can start a verb or adjective ending (not a particle: は が を に で と の も へ や か). */
const OKURIGANA_START = /^(?![はがをにでとのもへやか])[\u3041-\u3096]/u;
/**
 * Question words and demonstratives that follow a noun, never a verb's ending (次|どれ, 今|どこ); the copula after a
 * noun (例|だ|と, 今|じゃ); and particles that follow a noun (人|だけ, 新規|だから, 社員|ばかり).
 */
const NOT_OKURIGANA = new Set([
  "だ",
  "じゃ",
  "だけ",
  "だから",
  "だって",
  "ばかり",
  "ほど",
  "しか",
  "まで",
  "など",
  "より",
  "くらい",
  "ぐらい",
  "なら",
  "どれ",
  "どこ",
  "どう",
  "どの",
  "どんな",
  "なに",
  "なん",
  "これ",
  "それ",
  "あれ",
  "この",
  "その",
  // Words of their own after a noun (人|みんな, 例|ある), and honorifics (担当者|さん).
  "みたい",
  "みたいな",
  "なのに",
  "みんな",
  "ある",
  "あり",
  "さん",
  "さま",
  "ちゃん",
  "くん",
  "たち",
]);

/**
 * Kanji that follow a noun as a suffix (登録+時, セール+中, 出店+者, 報酬+率) and start no verb: a kana word after one is a
 * word of its own (時|いる, 中|ずっと, 者|って), not its ending. Any other kanji followed by a verb ending is a verb
 * (一回|買って, 何|書けば).
 */
const SUFFIX_KANJI = new Set([
  ..."時中後前者率数別用内外的性化式型版額料費日月年側枠欄順点毎件個名品社員様券法度目位量",
]);

/** A verb the segmenter left whole with its ending (上がったり, 言われた): its kanji and first kana (上が, 言わ). */
const WHOLE_VERB =
  /^(\p{Script=Han}[\u3041-\u3096])(?:[っい]?(?:たり|たら|て|た)|[いん](?:だり|だら|で|だ)|れ(?:た|て|る))$/u;
/** The word a segment stands for: a whole verb as its kanji and first kana, 何だ (何だ|っけ) as the question word 何. */
const wordOf = (segment: string): string =>
  segment === "何だ" ? "何" : (WHOLE_VERB.exec(segment)?.[1] ?? segment);

const LATIN = /[a-z]/;
/** Whether a phrase found at `at` would cut a Latin word (ok in okuru, rank in ranking): Latin words match whole. */
export function splitsLatinWord(chunk: string, at: number, phrase: string): boolean {
  return (
    (LATIN.test(phrase.charAt(0)) && LATIN.test(chunk.charAt(at - 1))) ||
    (LATIN.test(phrase.charAt(phrase.length - 1)) && LATIN.test(chunk.charAt(at + phrase.length)))
  );
}

/** Splits a chunk into tokens: known phrases first (longest match), the rest by Intl.Segmenter. */
export function tokenize(chunk: string, lex: Lexicon, compoundHeads: Map<string, string>): string[] {
  const tokens: string[] = [];
  let rest = "";
  const flush = () => {
    if (!rest) return;
    let prevEnd = -1;
    let prevWord = false;
    let lastKanji = false;
    const segments = [...segmenter.segment(rest)];
    for (const [k, s] of segments.entries()) {
      // A verb or adjective cut after its kanji (下|がっ|た, 待|って, 書|い|たら): keep the kanji and the first
      // kana of its ending (下が, 待っ, 書い), which every form of the word shares; a particle ends the word.
      // 下|が|っ|た, 広|が|る: が followed by a verb ending is part of the verb, not a particle.
      const next = segments[k + 1];
      const verbGa =
        s.segment === "が" && next?.index === s.index + 1 && /^[っるりられろ]/u.test(next.segment);
      const okurigana = OKURIGANA_START.test(s.segment) && !NOT_OKURIGANA.has(s.segment);
      const last = tokens[tokens.length - 1];
      // 何 and a suffix kanji take no verb ending (何|す|れば, 登録時|いる).
      const takesEnding = lastKanji && last !== "何" && !SUFFIX_KANJI.has(last ?? "");
      if (takesEnding && s.index === prevEnd && (okurigana || verbGa)) {
        tokens[tokens.length - 1] = `${last ?? ""}${s.segment.charAt(0)}`;
        // 出|ない: the negation still counts on its own.
        if (NEGATIONS.has(s.segment)) tokens.push(s.segment);
        lastKanji = false;
        prevWord = false;
        prevEnd = s.index + s.segment.length;
        continue;
      }
      // A lone kanji right after a noun is a suffix of a compound (出店+者, 報酬+率, 付け+方): keep the compound.
      // The segmenter sometimes cuts a katakana word it does not know (テンプ|レ, ハッシュ|タグ): keep it whole.
      const katakanaPiece =
        s.isWordLike &&
        prevWord &&
        s.index === prevEnd &&
        last &&
        KATAKANA_ONLY.test(s.segment) &&
        KATAKANA_ONLY.test(last);
      if (katakanaPiece) {
        tokens[tokens.length - 1] = last + s.segment;
        prevEnd = s.index + s.segment.length;
        continue;
      }
      // A kanji with a verb ending after it (何|書|け|ば, 一回|買|って, 全然|押|さ|れ|ない) is a verb's, not a compound's
      // suffix. A kana word after a suffix kanji is a word of its own (購入|後|すぐ, 出店|者|って).
      const verbAfter =
        !SUFFIX_KANJI.has(s.segment) &&
        next?.index === s.index + s.segment.length &&
        OKURIGANA_START.test(next.segment) &&
        !NOT_OKURIGANA.has(next.segment);
      const joins =
        s.isWordLike &&
        prevWord &&
        s.index === prevEnd &&
        SINGLE_KANJI.test(s.segment) &&
        last &&
        !verbAfter &&
        // 全然|上がらない: an adverb that carries no meaning takes no suffix.
        !stopwords.has(last) &&
        (NOUN_END.test(last) || s.segment === "方");
      if (joins) {
        tokens[tokens.length - 1] = last + s.segment;
        compoundHeads.set(last + s.segment, last);
      } else if (s.isWordLike) tokens.push(wordOf(s.segment.replace(LEADING_PARTICLE, "")));
      lastKanji = !joins && s.isWordLike === true && SINGLE_KANJI.test(s.segment);
      prevWord = s.isWordLike === true;
      prevEnd = s.index + s.segment.length;
    }
    rest = "";
  };
  let i = 0;
  outer: while (i < chunk.length) {
    for (const p of wordsAt(lex.byFirst.phrases, chunk, i)) {
      // Match phrases of two or more characters only, so single kanji inside words are left to the segmenter.
      if (p.length >= 2 && chunk.startsWith(p, i) && !splitsLatinWord(chunk, i, p)) {
        flush();
        tokens.push(p);
        i += p.length;
        continue outer;
      }
    }
    // A number with its counter (1か月, 3日, 2週間) is one word: the number alone means nothing.
    const counted = /\d/.test(chunk[i - 1] ?? "")
      ? null
      : (NUMBER_WITH_MYRIAD.exec(chunk.slice(i)) ?? NUMBER_WITH_COUNTER.exec(chunk.slice(i)));
    if (counted) {
      flush();
      tokens.push(counted[0]);
      i += counted[0].length;
      continue;
    }
    // A katakana word of the site's pages, standing on its own (not part of a longer katakana word).
    if (!KATAKANA_CHAR.test(chunk[i - 1] ?? ""))
      for (const w of wordsAt(lex.byFirst.indexWords, chunk, i)) {
        if (chunk.startsWith(w, i) && !KATAKANA_CHAR.test(chunk[i + w.length] ?? "")) {
          flush();
          tokens.push(w);
          i += w.length;
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
