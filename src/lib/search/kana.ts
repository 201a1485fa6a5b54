/** Kana handling for queries: hiragana/katakana folding, romaji, and words typed in hiragana written back as the site writes them. */
import type { Lexicon } from "./lexicon.ts";
import { wordsAt } from "./word-index.ts";

/** Hiragana to katakana (らんく -> ランク); other characters unchanged. */
export function toKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** Katakana to hiragana (ランク -> らんく); other characters unchanged. */
export function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

const HIRAGANA_RUN = /[\u3041-\u3096ー]{3,}/gu;
export const KATAKANA_ONLY = /^[\u30a1-\u30faー]+$/u;
/** A katakana word worth folding hiragana to: three or more characters. */
export const KATAKANA_WORD = /^[\u30a1-\u30fa][\u30a1-\u30faー]{2,}$/u;
export const KATAKANA_CHAR = /[\u30a1-\u30faー]/u;

/**
 * Replaces readings of glossary terms, in hiragana or katakana, with the terms (るーむらんく, ルームランク -> ROOMランク).
 * Hiragana words in `keep` (question endings like どういう) stay as typed, though a reading sits inside them (どうい).
 */
export function resolveReadings(q: string, lex: Lexicon, keep: Iterable<string> = []): string {
  const kept: string[] = [];
  let out = q;
  for (const word of keep)
    if (
      /^[\u3041-\u3096]{3,}$/u.test(word) &&
      out.includes(word) &&
      lex.readings.some(([r]) => word.includes(r))
    ) {
      out = out.split(word).join(` \uE000${kept.length}\uE000 `);
      kept.push(word);
    }
  for (const [reading, term] of lex.readings) {
    if (out.includes(reading)) out = out.split(reading).join(` ${term} `);
    // The same reading typed in katakana (ルームランク for ROOMランク).
    const kata = toKatakana(reading);
    if (kata !== term && out.includes(kata)) out = out.split(kata).join(` ${term} `);
  }
  out = out.replace(/\uE000(\d+)\uE000/gu, (_, i: string) => kept[Number(i)] ?? "");
  return out.replace(/\s+/g, " ").trim();
}

/**
 * Rewrites katakana words typed in hiragana (らんくぼーなす -> ランクボーナス, こんばーじょん -> コンバージョン) when
 * the lexicon or the site's pages use them; a kanji suffix read right after one is written in kanji too
 * (こんばーじょんりつ -> コンバージョン率).
 */
export function resolveKatakana(q: string, lex: Lexicon): string {
  return q.replace(HIRAGANA_RUN, (run) => {
    const typed = katakanaIn(run, lex);
    // A long vowel typed as its vowel (くうぽん, めえる, kuupon): read with ー when that finds more of the words.
    const long = foldLongVowels(run);
    if (long === run) return typed.out;
    const folded = katakanaIn(long, lex);
    return folded.matched > typed.matched ? folded.out : typed.out;
  });
}

/**
 * Katakana typed one key off: voiced and unvoiced (ク, グ), small and full-size (ィ, イ), and look-alikes copied by eye
 * (クーポソ for クーポン, ボーナヌ for ボーナス).
 */
const KANA_SWAPS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const pairs = [
    ["カキクケコサシスセソタチツテトハヒフヘホウ", "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ"],
    ["ハヒフヘホ", "パピプペポ"],
    ["バビブベボ", "パピプペポ"],
    ["アイウエオヤユヨツ", "ァィゥェォャュョッ"],
    ["ソシヌワ", "ンツスウ"],
  ] as const;
  for (const [a, b] of pairs)
    [...a].forEach((ch, i) => {
      const other = b.charAt(i);
      m.set(ch, (m.get(ch) ?? "") + other);
      m.set(other, (m.get(other) ?? "") + ch);
    });
  return m;
})();
/** Characters a katakana word is often typed without (クポン for クーポン, アフリエイト for アフィリエイト). */
const OFTEN_LEFT_OUT = ["ー", "ィ", "ッ"];

/** Longest katakana run read for a typing slip (ステルスマーケティング has 11 characters). */
const LONGEST_SLIP_WORD = 16;

/**
 * Every katakana string one typing slip away from `run`: a swapped, missing or extra character, a character typed twice,
 * or two neighbours typed in reverse order (シュミレーター for シミュレーター).
 */
function oneSlipAway(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++)
    if (run.charAt(i) !== run.charAt(i + 1))
      out.push(run.slice(0, i) + run.charAt(i + 1) + run.charAt(i) + run.slice(i + 2));
  for (let i = 0; i < run.length; i++) {
    const ch = run.charAt(i);
    for (const other of KANA_SWAPS.get(ch) ?? "") out.push(run.slice(0, i) + other + run.slice(i + 1));
  }
  for (let i = 1; i <= run.length; i++)
    for (const ch of OFTEN_LEFT_OUT)
      if (run.charAt(i - 1) !== ch) out.push(run.slice(0, i) + ch + run.slice(i));
  for (let i = 0; i < run.length; i++)
    if (OFTEN_LEFT_OUT.includes(run.charAt(i))) out.push(run.slice(0, i) + run.slice(i + 1));
  // A key pressed twice (タイミンング for タイミング).
  for (let i = 1; i < run.length; i++)
    if (run.charAt(i) === run.charAt(i - 1)) out.push(run.slice(0, i) + run.slice(i + 1));
  return out;
}

/**
 * Katakana words typed with one slip (クポン, ランクボナス, ステルスマーケテイング) written as the lexicon or the pages spell
 * them: only a run the known words do not cover whole, and only into one they cover whole.
 */
export function correctKatakana(q: string, lex: Lexicon): string {
  const covered = (w: string) => katakanaIn(toHiragana(w), lex).matched === w.length;
  // A run longer than a word (a pasted string) is left as typed: its candidates grow with the square of its length.
  const katakana = q.replace(/[\u30a1-\u30faー]{3,}/gu, (run) =>
    run.length > LONGEST_SLIP_WORD || covered(run) ? run : (oneSlipAway(run).find(covered) ?? run),
  );
  // The same slip in a katakana word typed in hiragana (はっしゅたく): only a word of its own (between spaces or other
  // scripts) of four kana or more that no known word reads, written as the katakana word it covers whole.
  return katakana.replace(HIRAGANA_WORD, (run) => {
    const typed = toKatakana(run);
    if (run.length > LONGEST_SLIP_WORD || covered(typed)) return run;
    const word = oneSlipAway(typed).find(covered);
    return word && !lex.readings.some(([reading]) => reading === run) ? word : run;
  });
}

/** A hiragana word of its own: four kana or more, starting with a kana, with no kana of either script on either side. */
const HIRAGANA_WORD =
  /(?<![\u3041-\u3096\u30a1-\u30faー])[\u3041-\u3096][\u3041-\u3096ー]{3,}(?![\u3041-\u3096\u30a1-\u30faー])/gu;

/** The katakana words of the lexicon found in a hiragana run, and how many characters they cover. */
function katakanaIn(run: string, lex: Lexicon): { out: string; matched: number } {
  const kata = toKatakana(run);
  let out = "";
  let matched = 0;
  let i = 0;
  outer: while (i < run.length) {
    for (const p of wordsAt(lex.byFirst.katakana, kata, i)) {
      if (kata.startsWith(p, i)) {
        i += p.length;
        matched += p.length;
        let word = p;
        for (const [reading, kanji] of lex.suffixReadings)
          if (run.startsWith(reading, i)) {
            word += kanji;
            i += reading.length;
            break;
          }
        // At the end of the run the word stays joined to what follows (りぴーと率 -> リピート率, a known word).
        out += i === run.length ? ` ${word}` : ` ${word} `;
        continue outer;
      }
    }
    out += run[i];
    i += 1;
  }
  return { out, matched };
}

/** The vowel each hiragana ends in (small kana included: ぴゅ ends in u). */
const VOWEL_OF: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const rows =
    "あいうえお かきくけこ がぎぐげご さしすせそ ざじずぜぞ たちつてと だぢづでど なにぬねの はひふへほ ばびぶべぼ ぱぴぷぺぽ まみむめも らりるれろ ぁぃぅぇぉ";
  for (const row of rows.split(" ")) [...row].forEach((k, i) => m.set(k, "あいうえお".charAt(i)));
  for (const [k, v] of [
    ["や", "あ"],
    ["ゃ", "あ"],
    ["ゆ", "う"],
    ["ゅ", "う"],
    ["よ", "お"],
    ["ょ", "お"],
    ["わ", "あ"],
  ] as const)
    m.set(k, v);
  return m;
})();

/**
 * Readings of a word typed in romaji without its long vowels (hoshu for houshuu, kuupon as kupon): う added after up
 * to three kana ending in o or u (ほしゅ -> ほうしゅう), every combination, fewest additions first.
 */
export function withLongVowels(kana: string): string[] {
  const at = [...kana]
    .map((ch, i) => (VOWEL_OF.get(ch) === "お" || VOWEL_OF.get(ch) === "う" ? i : -1))
    .filter((i) => i >= 0 && kana.charAt(i + 1) !== "う");
  return withInsertions(kana, at, "う");
}

/** Every way to insert `mark` after some of the positions `at` (one to three) of `text`, fewest insertions first. */
function withInsertions(text: string, at: readonly number[], mark: string): string[] {
  if (at.length === 0 || at.length > 3) return [];
  const out: string[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++)
    out.push(
      [...text].map((ch, i) => ch + (at.some((p, b) => p === i && mask & (1 << b)) ? mark : "")).join(""),
    );
  return out.sort((a, b) => a.length - b.length);
}

/**
 * Spellings of a romaji word with an n after a vowel read as ん before the next vowel (soneki for son'eki, kinen for
 * kin'en): up to three such n, every combination, fewest first. The word as typed is not among them.
 */
export function withSyllabicN(word: string): string[] {
  const at = [...word]
    .map((ch, i) =>
      ch === "n" && /[aiueo]/.test(word.charAt(i - 1)) && /[aiueoy]/.test(word.charAt(i + 1)) ? i : -1,
    )
    .filter((i) => i >= 0);
  return withInsertions(word, at, "'");
}

/**
 * A hiragana run with long vowels typed as vowels written as ー, the way katakana words spell them: a vowel after a
 * kana ending in the same vowel (くう, めえ), う after o (ぽう) and い after e (めい).
 */
export function foldLongVowels(run: string): string {
  let out = "";
  for (const ch of run) {
    const prev = VOWEL_OF.get(out.charAt(out.length - 1));
    const long = prev && (ch === prev || (ch === "う" && prev === "お") || (ch === "い" && prev === "え"));
    out += long ? "ー" : ch;
  }
  return out;
}

/** Kana rows by consonant ("" for the vowels; a space where the row has no kana). */
const KANA_ROWS: Readonly<Record<string, string>> = {
  "": "あいうえお",
  k: "かきくけこ",
  s: "さしすせそ",
  t: "たちつてと",
  n: "なにぬねの",
  h: "はひふへほ",
  m: "まみむめも",
  y: "や ゆ よ",
  r: "らりるれろ",
  w: "わ   を",
  g: "がぎぐげご",
  z: "ざじずぜぞ",
  d: "だぢづでど",
  b: "ばびぶべぼ",
  p: "ぱぴぷぺぽ",
};

/** Hepburn (and common kunrei) syllables to hiragana, longest spellings first, built from the kana rows. */
const ROMAJI: readonly [string, string][] = (() => {
  const map = new Map<string, string>([
    ["shi", "し"],
    ["chi", "ち"],
    ["tsu", "つ"],
    ["fu", "ふ"],
    ["ji", "じ"],
    ["-", "ー"],
    // Syllables of loanwords (foroo, chekku, shea, wiikuri, thi-): ふぉ, ちぇ, しぇ, うぃ, てぃ.
    ["fa", "ふぁ"],
    ["fi", "ふぃ"],
    ["fe", "ふぇ"],
    ["fo", "ふぉ"],
    ["she", "しぇ"],
    ["che", "ちぇ"],
    ["je", "じぇ"],
    ["wi", "うぃ"],
    ["we", "うぇ"],
    ["thi", "てぃ"],
    ["dhi", "でぃ"],
  ]);
  for (const [c, row] of Object.entries(KANA_ROWS))
    [...row].forEach((kana, i) => {
      if (kana !== " ") map.set(c + "aiueo".charAt(i), kana);
    });
  // Contracted sounds: きゃ, しゃ/sha, ちゃ/cha, じゃ/ja...
  const small = { a: "ゃ", u: "ゅ", o: "ょ" };
  for (const [c, i] of Object.entries({
    k: "き",
    s: "し",
    t: "ち",
    n: "に",
    h: "ひ",
    m: "み",
    r: "り",
    g: "ぎ",
    b: "び",
    p: "ぴ",
    z: "じ",
  }))
    for (const [v, y] of Object.entries(small)) map.set(`${c}y${v}`, i + y);
  for (const [c, i] of Object.entries({ sh: "し", ch: "ち", j: "じ" }))
    for (const [v, y] of Object.entries(small)) map.set(c + v, i + y);
  return [...map].sort((x, y) => y[0].length - x[0].length);
})();

/**
 * A word typed in romaji as hiragana (ru-mu -> るーむ, houshuu -> ほうしゅう), or undefined when some letter is not
 * part of a syllable (script, alert, rpp): then it is a Latin word, not romaji.
 */
export function romajiToHiragana(word: string): string | undefined {
  let out = "";
  let i = 0;
  outer: while (i < word.length) {
    const c = word[i] ?? "";
    const next = word[i + 1] ?? "";
    // Doubled consonant (kk, tt, tch) -> small tsu; n before a consonant or at the end -> ん.
    if (/[bcdfghjkmprstwyz]/.test(c) && (next === c || (c === "t" && next === "c"))) {
      out += "っ";
      i += 1;
      continue;
    }
    if (c === "n" && (next === "" || next === "'" || !/[aiueoy]/.test(next))) {
      out += "ん";
      i += next === "'" ? 2 : 1;
      continue;
    }
    for (const [r, kana] of ROMAJI)
      if (word.startsWith(r, i)) {
        out += kana;
        i += r.length;
        continue outer;
      }
    return undefined;
  }
  return out;
}
