/** Kanji words of the site by their hiragana reading, for questions typed without kana-kanji conversion (じょうしにみせる). */
import { toHiragana } from "./kana.ts";
import { indexByFirst, wordsAt, type WordIndex } from "./word-index.ts";

/** One word of the site's text as a morphological analyser reads it (kuromoji's fields, build time). */
export interface ReadToken {
  surface: string;
  /** Katakana reading ("*" or empty when unknown). */
  reading: string;
  /** Part of speech (名詞, 動詞, …) and its first detail (数, 固有名詞, …). */
  pos: string;
  posDetail: string;
  /** The dictionary form (終わる for 終わっ) and the conjugation class (五段・ラ行 …), where the analyser gives them. */
  basic?: string;
  conjugation?: string;
}

/** The i-row kana of a godan verb's last kana (る → り): its stem form, also a noun (終わり, 書き). */
const I_ROW: Readonly<Record<string, string>> = {
  う: "い",
  く: "き",
  ぐ: "ぎ",
  す: "し",
  つ: "ち",
  ぬ: "に",
  ぶ: "び",
  む: "み",
  る: "り",
};

/**
 * A godan verb's stem form as a word of its own (終わっ → 終わり read おわり), which the site may never write: a reader
 * types it (おわりにしてる). Undefined for any other token.
 */
export function stemForm(t: ReadToken): ReadToken | undefined {
  const { basic, conjugation } = t;
  if (!basic || !conjugation?.startsWith("五段") || !t.pos.startsWith("動詞")) return undefined;
  const last = I_ROW[basic.slice(-1)];
  let shared = 0;
  while (shared < basic.length - 1 && basic[shared] === t.surface[shared]) shared++;
  const tail = t.surface.slice(shared);
  if (!last || !HAN.test(basic.slice(0, shared)) || !HIRAGANA_ONLY.test(tail || "あ")) return undefined;
  const reading = toHiragana(t.reading);
  const stem = reading.slice(0, reading.length - tail.length);
  return { ...t, surface: basic.slice(0, -1) + last, reading: stem + basic.slice(shared, -1) + last };
}

/** Shortest reading kept: two kana (いみ for 意味). */
const MIN_READING = 2;
const HAN = /\p{Script=Han}/u;
/** A written word: kanji with okurigana only (no katakana, Latin letters or digits). */
const KANJI_WORD = /^[\p{Script=Han}\u3041-\u3096]+$/u;
const HIRAGANA_ONLY = /^[\u3041-\u3096ー]+$/u;

/** Shortest word the site writes in kana that is kept as typed (かかる, しばらく): shorter ones are mostly endings. */
const MIN_KEPT = 3;
/** Shortest stem form added (おわり): two kana (もち, うり) sit inside too many words typed in kana (おもちゃ). */
const MIN_STEM = 3;
const CONTENT_WORD = /^(?:名詞|動詞|形容詞|副詞)/u;

/**
 * Reading -> the site's spelling, for nouns, verbs and adjectives written with kanji (pure). Of several spellings of one
 * reading the most frequent wins; a reading the site itself writes in kana as often as that (こと, とき) is left out,
 * so words the site keeps in kana stay as typed. A content word of three kana or more that the site writes in kana
 * (かかる, しばらく, みんな) maps to itself: as a longer word it outweighs a shorter reading inside it (かか for 書か, which
 * read いくらかかる as いくら書かる). A godan verb's stem form (stemForm) of three kana or more fills only a reading the
 * site's own words leave free, so it never changes how a written word is read.
 */
export function kanaWordsOf(tokens: Iterable<ReadToken>): Record<string, string> {
  const list = [...tokens];
  const own = spellingsByReading(list);
  const stems = spellingsByReading(list.flatMap((t) => stemForm(t) ?? []));
  const siteKana = new Set(list.map((t) => t.surface).filter((w) => HIRAGANA_ONLY.test(w)));
  for (const [reading, surface] of Object.entries(stems))
    if (reading.length >= MIN_STEM && !(reading in own) && !siteKana.has(reading)) own[reading] = surface;
  return byReading(own);
}

/**
 * The search's own words typed in kana (何度も read なんども, 買ったばかり read かったばかり): each phrase written with kanji
 * and kana only, read as its tokens' readings joined (pure). A reading of three kana or more that the site's words
 * leave free is added, so a phrase never changes how a word of the site's text is read.
 */
export function withPhraseReadings(
  own: Readonly<Record<string, string>>,
  phrases: ReadonlyMap<string, readonly ReadToken[]>,
): Record<string, string> {
  const out = { ...own };
  for (const [phrase, tokens] of phrases) {
    if (!HAN.test(phrase) || !KANJI_WORD.test(phrase) || tokens.map((t) => t.surface).join("") !== phrase)
      continue;
    const reading = tokens.map((t) => toHiragana(t.reading)).join("");
    if (reading.length < MIN_KEPT || !HIRAGANA_ONLY.test(reading) || reading in out) continue;
    out[reading] = phrase;
  }
  return byReading(out);
}

/** The kana words in reading order, so the served JSON is the same from build to build. */
const byReading = (words: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** kanaWordsOf over one list of tokens: the most frequent spelling of each reading. */
function spellingsByReading(tokens: readonly ReadToken[]): Record<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  const inKana = new Map<string, number>();
  const kept = new Set<string>();
  for (const t of tokens) {
    if (HIRAGANA_ONLY.test(t.surface)) inKana.set(t.surface, (inKana.get(t.surface) ?? 0) + 1);
    if (HIRAGANA_ONLY.test(t.surface) && t.surface.length >= MIN_KEPT && CONTENT_WORD.test(t.pos))
      kept.add(t.surface);
    if (!HAN.test(t.surface) || !KANJI_WORD.test(t.surface)) continue;
    if (!/^(?:名詞|動詞|形容詞)/u.test(t.pos) || /数|固有名詞/u.test(t.posDetail)) continue;
    const reading = toHiragana(t.reading);
    if (reading.length < MIN_READING || !HIRAGANA_ONLY.test(reading)) continue;
    const counts = spellings.get(reading) ?? new Map<string, number>();
    spellings.set(reading, counts);
    counts.set(t.surface, (counts.get(t.surface) ?? 0) + 1);
  }
  const out: Record<string, string> = {};
  for (const reading of [...new Set([...spellings.keys(), ...kept])].sort()) {
    const [[surface, n] = ["", 0]] = [...(spellings.get(reading) ?? [])].sort((a, b) => b[1] - a[1]);
    if ((inKana.get(reading) ?? 0) < n) out[reading] = surface;
    else if (kept.has(reading)) out[reading] = reading;
  }
  return out;
}

/** The kana words ready for lookup: readings keyed by first character, longest first. */
export interface KanaWords {
  spelling: ReadonlyMap<string, string>;
  byFirst: WordIndex;
}

/** Indexes kanaWordsOf's result (pure). */
export function kanaWordIndex(words: Readonly<Record<string, string>>): KanaWords {
  const readings = Object.keys(words).sort((a, b) => b.length - a.length);
  return { spelling: new Map(Object.entries(words)), byFirst: indexByFirst(readings) };
}

/** Whether a question was typed without kana-kanji conversion: no kanji in it. */
export const typedInKana = (q: string): boolean => !HAN.test(q);

/** Two hiragana or more in a row. */
const HIRAGANA_RUN = /[\u3041-\u3096]{2}/u;

/** Whether a question needs the kana words: typed without kanji, with two hiragana or more in a row. */
export const needsKanaWords = (q: string): boolean => typedInKana(q) && HIRAGANA_RUN.test(q);

/** Whether a question with kanji has a space-separated chunk typed in kana that the kana words may read. */
export const hasKanaChunk = (q: string): boolean =>
  !typedInKana(q) && q.split(/\s+/u).some((chunk) => typedInKana(chunk) && HIRAGANA_RUN.test(chunk));

/** A piece of a question: as typed, or a reading written as the site writes the word. */
export interface KanaPiece {
  text: string;
  written: boolean;
}

/**
 * Cuts a question into pieces, writing its hiragana as the site writes its words (ことばのいみ -> 言葉 の 意味). Of the
 * ways to cut the text into known readings, the one whose words are longest wins (each word counts its length
 * squared), so だれのせきにん reads 誰 の 責任, not 誰 載せ …. A word of `keep` (どういう) competes as a word kept as
 * typed. Katakana, Latin letters and kanji stay as they are.
 */
export function kanaPieces(q: string, words: KanaWords, keep: ReadonlySet<string> = new Set()): KanaPiece[] {
  // best[i]: the best score of q from i on, and the word to put at i (undefined: keep the character).
  const best: { score: number; word?: { length: number } & KanaPiece }[] = [];
  best[q.length] = { score: 0 };
  for (let i = q.length - 1; i >= 0; i--) {
    let here: (typeof best)[number] = { score: best[i + 1]?.score ?? 0 };
    const candidates = [
      ...wordsAt(words.byFirst, q, i)
        .filter((r) => q.startsWith(r, i))
        .map((r) => ({ length: r.length, text: words.spelling.get(r) ?? r, written: true })),
      ...keptAt(q, i, keep).map((w) => ({ length: w.length, text: w, written: false })),
    ];
    for (const word of candidates) {
      const score = word.length ** 2 + (best[i + word.length]?.score ?? 0);
      if (score > here.score) here = { score, word };
    }
    best[i] = here;
  }
  const out: KanaPiece[] = [];
  for (let i = 0; i < q.length;) {
    const word = best[i]?.word;
    out.push(word ? { text: word.text, written: word.written } : { text: q.charAt(i), written: false });
    i += word ? word.length : 1;
  }
  return out;
}

/**
 * The pieces as one text, each written word with `pad` around it: a space for the analysis (言葉 の 意味), nothing to
 * show the reader how the question was read (言葉の意味).
 */
export function joinKanaPieces(pieces: readonly KanaPiece[], pad: string): string {
  return pieces
    .map((p) => (p.written ? `${pad}${p.text}${pad}` : p.text))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * kanaPieces for the space-separated chunks of a question typed with some kanji: each chunk typed in kana is read as
 * the site's words (けいさん 開封律 -> 計算 開封律), the others stay as typed.
 */
export function kanaChunkPieces(
  q: string,
  words: KanaWords,
  keep: ReadonlySet<string> = new Set(),
): KanaPiece[] {
  return q
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((chunk) => [
      { text: " ", written: false },
      ...(typedInKana(chunk) ? kanaPieces(chunk, words, keep) : [{ text: chunk, written: false }]),
    ]);
}

/** Longest function word looked for (characters). */
const MAX_KEPT = 8;

/** The words of `keep` (three characters or more) that start at position i of q. */
function keptAt(q: string, i: number, keep: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let end = i + 3; end <= Math.min(q.length, i + MAX_KEPT); end++) {
    const w = q.slice(i, end);
    if (keep.has(w)) out.push(w);
  }
  return out;
}
