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

/** Replaces readings of glossary terms, in hiragana or katakana, with the terms (るーむらんく, ルームランク -> ROOMランク). */
export function resolveReadings(q: string, lex: Lexicon): string {
  let out = q;
  for (const [reading, term] of lex.readings) {
    if (out.includes(reading)) out = out.split(reading).join(` ${term} `);
    // The same reading typed in katakana (ルームランク for ROOMランク).
    const kata = toKatakana(reading);
    if (kata !== term && out.includes(kata)) out = out.split(kata).join(` ${term} `);
  }
  return out.replace(/\s+/g, " ").trim();
}

/**
 * Rewrites katakana words typed in hiragana (らんくぼーなす -> ランクボーナス, こんばーじょん -> コンバージョン) when
 * the lexicon or the site's pages use them; a kanji suffix read right after one is written in kanji too
 * (こんばーじょんりつ -> コンバージョン率).
 */
export function resolveKatakana(q: string, lex: Lexicon): string {
  return q.replace(HIRAGANA_RUN, (run) => {
    const kata = toKatakana(run);
    let out = "";
    let i = 0;
    outer: while (i < run.length) {
      for (const p of wordsAt(lex.byFirst.katakana, kata, i)) {
        if (kata.startsWith(p, i)) {
          i += p.length;
          let word = p;
          for (const [reading, kanji] of lex.suffixReadings)
            if (run.startsWith(reading, i)) {
              word += kanji;
              i += reading.length;
              break;
            }
          out += ` ${word} `;
          continue outer;
        }
      }
      out += run[i];
      i += 1;
    }
    return out;
  });
}

/** Hepburn (and common kunrei) syllables to hiragana, longest spellings first. */
const ROMAJI: readonly [string, string][] = Object.entries({
  kya: "きゃ",
  kyu: "きゅ",
  kyo: "きょ",
  sha: "しゃ",
  shu: "しゅ",
  sho: "しょ",
  shi: "し",
  sya: "しゃ",
  syu: "しゅ",
  syo: "しょ",
  cha: "ちゃ",
  chu: "ちゅ",
  cho: "ちょ",
  chi: "ち",
  tya: "ちゃ",
  tyu: "ちゅ",
  tyo: "ちょ",
  tsu: "つ",
  nya: "にゃ",
  nyu: "にゅ",
  nyo: "にょ",
  hya: "ひゃ",
  hyu: "ひゅ",
  hyo: "ひょ",
  mya: "みゃ",
  myu: "みゅ",
  myo: "みょ",
  rya: "りゃ",
  ryu: "りゅ",
  ryo: "りょ",
  gya: "ぎゃ",
  gyu: "ぎゅ",
  gyo: "ぎょ",
  ja: "じゃ",
  ju: "じゅ",
  jo: "じょ",
  ji: "じ",
  bya: "びゃ",
  byu: "びゅ",
  byo: "びょ",
  pya: "ぴゃ",
  pyu: "ぴゅ",
  pyo: "ぴょ",
  fu: "ふ",
  ka: "か",
  ki: "き",
  ku: "く",
  ke: "け",
  ko: "こ",
  sa: "さ",
  si: "し",
  su: "す",
  se: "せ",
  so: "そ",
  ta: "た",
  ti: "ち",
  tu: "つ",
  te: "て",
  to: "と",
  na: "な",
  ni: "に",
  nu: "ぬ",
  ne: "ね",
  no: "の",
  ha: "は",
  hi: "ひ",
  hu: "ふ",
  he: "へ",
  ho: "ほ",
  ma: "ま",
  mi: "み",
  mu: "む",
  me: "め",
  mo: "も",
  ya: "や",
  yu: "ゆ",
  yo: "よ",
  ra: "ら",
  ri: "り",
  ru: "る",
  re: "れ",
  ro: "ろ",
  wa: "わ",
  wo: "を",
  ga: "が",
  gi: "ぎ",
  gu: "ぐ",
  ge: "げ",
  go: "ご",
  za: "ざ",
  zi: "じ",
  zu: "ず",
  ze: "ぜ",
  zo: "ぞ",
  da: "だ",
  di: "ぢ",
  du: "づ",
  de: "で",
  do: "ど",
  ba: "ば",
  bi: "び",
  bu: "ぶ",
  be: "べ",
  bo: "ぼ",
  pa: "ぱ",
  pi: "ぴ",
  pu: "ぷ",
  pe: "ぺ",
  po: "ぽ",
  a: "あ",
  i: "い",
  u: "う",
  e: "え",
  o: "お",
  "-": "ー",
}).sort((a, b) => b[0].length - a[0].length);

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
