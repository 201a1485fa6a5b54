/** Japanese verb and adjective forms for matching: the dictionary form of a cut verb, stems, and inflected forms. */
import type { Lexicon } from "./lexicon.ts";

export const VERB_PIECE = /^\p{Script=Han}[\u3041-\u3096]$/u;

/**
 * The lexicon's word for a verb or adjective cut to its kanji and first kana (書い -> 書く, 送っ -> 送る,
 * 上が -> 上がる): a known word of the same kanji and one or two kana, preferring the same first kana.
 */
export function dictionaryForm(piece: string, lex: Lexicon): string | undefined {
  if (!VERB_PIECE.test(piece)) return undefined;
  const kanji = piece[0] ?? "";
  const forms = lex.phraseList.filter(
    (p) =>
      p.startsWith(kanji) && /^\p{Script=Han}[\u3041-\u3096]{1,2}$/u.test(p) && !lex.phrases.get(p)?.question,
  );
  return forms.find((p) => p.startsWith(piece)) ?? forms.find((p) => isFormOf(piece, p));
}

/** A verb whose dictionary form ends in える/いる-row kana and る (入れる, 分ける): its stem never changes (入れ-). */
const ICHIDAN = /^\p{Script=Han}[えけせてねへめれげぜでべいきしちにひみりぎじび]る$/u;

/**
 * Whether `piece` (書い, 送っ) can be a form of the dictionary word `word` (書く, 送る): the same kana row, or the row's
 * sound-change form. A verb whose stem never changes (入れる) has no other form: 入っ is 入る, not 入れる.
 */
function isFormOf(piece: string, word: string): boolean {
  if (ICHIDAN.test(word)) return false;
  const kana = piece.slice(1, 2);
  const row = VERB_ROWS.find((r) => r.includes(word.slice(1, 2)));
  if (!row) return false;
  return row.includes(kana) || ONBIN[row[0] ?? ""] === kana;
}

/**
 * The part every form of a verb or adjective in dictionary form shares (間に合う -> 間に合, matching 間に合わない;
 * 超える -> 超え; 大きい -> 大き), or undefined when the word is not one or the stem would be a lone kanji.
 */
export function inflectionStem(word: string): string | undefined {
  if (!/^\p{Script=Han}[\p{Script=Han}\u3041-\u3096]*[うくすつぬむるぐぶい]$/u.test(word)) return undefined;
  const stem = word.slice(0, -1);
  return stem.length >= 2 ? stem : undefined;
}

/**
 * Other forms of a one- or two-kanji adjective (短い -> 短く, 短すぎ, 短め...), whose stem alone would be a lone
 * kanji matching unrelated words.
 */
export function adjectiveForms(word: string): string[] {
  if (!/^\p{Script=Han}{1,2}い$/u.test(word)) return [];
  const stem = word.slice(0, -1);
  return ["く", "かっ", "すぎ", "め", "さ", "けれ"].map((ending) => stem + ending);
}

/** Kana rows of verb endings: a kanji followed by one of them takes the others in its other forms. */
const VERB_ROWS = [
  "かきくけこ",
  "がぎぐげご",
  "さしすせそ",
  "たちつてと",
  "なにぬねの",
  "ばびぶべぼ",
  "まみむめも",
  "らりるれろ",
  "わいうえお",
];
/** Sound-change forms (配っ, 読ん, 書い) shared by several rows. */
const ONBIN: Record<string, string> = {
  か: "い",
  が: "い",
  た: "っ",
  ら: "っ",
  わ: "っ",
  ま: "ん",
  な: "ん",
  ば: "ん",
};

/**
 * Other forms of a verb cut to its kanji and first kana (配れ -> 配ら, 配り, 配る, 配っ...): the kana of the same
 * row and its sound-change form, so 配ればいい matches 配る and 配って in the guides.
 */
export function verbForms(piece: string): string[] {
  // A dictionary form (使う, 売る) is how the guides write most verbs already: its other forms only add noise.
  if (!VERB_PIECE.test(piece) || /[うくすつぬぶむるぐ]$/u.test(piece)) return [];
  const kanji = piece.slice(0, 1);
  const kana = piece.slice(1);
  const forms = new Set<string>();
  for (const row of VERB_ROWS) {
    if (!row.includes(kana)) continue;
    for (const k of row) forms.add(kanji + k);
    const onbin = ONBIN[row[0] ?? ""];
    if (onbin) forms.add(kanji + onbin);
  }
  // 書い / 待っ / 読ん: the rows whose sound-change form this is.
  for (const [head, onbin] of Object.entries(ONBIN))
    if (onbin === kana) for (const k of VERB_ROWS.find((r) => r.startsWith(head)) ?? "") forms.add(kanji + k);
  forms.delete(piece);
  return [...forms];
}

/** Stem of a verb's masu-stem for matching its other forms: 分け -> 分け (分ける, 分ければ), 使い -> 使 (使う). */
export function verbStem(masu: string): string {
  return /[いきしちにびみりぎじ]$/u.test(masu) && masu.length >= 2 ? masu.slice(0, -1) : masu;
}
