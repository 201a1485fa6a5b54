/** Slips read on the last retry of a question that found nothing: a character dropped, doubled, swapped or mistyped. */
import { toHiragana } from "./kana.ts";
import type { Lexicon } from "./lexicon.ts";

/** Three or more kanji or katakana: an unknown word of them is a slip the word index cannot match whole (受信否拒). */
const CHARACTERS = "[\\p{Script=Han}\\p{Script=Katakana}ー]{3,}";
/** Four or more hiragana typed without conversion: long enough that one slip still leaves the word recognisable. */
const KANA = "[\\u3041-\\u3096ー]{4,}";
const CHARACTER_RUN = new RegExp(`^${CHARACTERS}$`, "u");
const KANA_RUN = new RegExp(KANA, "gu");
/** A Latin letter typed twice (ccvr, douuble). */
const DOUBLED_LETTER = /([a-z])\1/;
/** The shortest reading a kana slip is matched against (shorter ones would match too much). */
const MIN_READING = 4;
/** The longest hiragana run read for slips: a longer one is no mistyped word (and reading it would cost time). */
const MAX_RUN = 30;

/** Either run, with the same bounds as the repairs (kept in one place, so the check and the repairs agree). */
const SLIP_CANDIDATE = new RegExp(`${CHARACTERS}|${KANA}`, "u");

/** Whether a query may hold a slip these repairs read. */
export const mayHoldSlip = (query: string): boolean =>
  SLIP_CANDIDATE.test(query) || DOUBLED_LETTER.test(query.toLowerCase());

/**
 * An unknown word read as the words a slip may hide: a run of kanji or katakana as its overlapping pairs
 * (受信否拒 → 受信 信否 否拒), a Latin word with a doubled letter as the known word without it (ccvr → cvr).
 * `known` tells a lexicon word.
 */
export function slipRepairs(token: string, known: (word: string) => boolean): string[] {
  if (CHARACTER_RUN.test(token)) {
    const chars = [...token];
    return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  }
  if (DOUBLED_LETTER.test(token)) {
    for (const [i, c] of [...token].entries()) {
      const single = token.slice(0, i) + token.slice(i + 1);
      if (c === token[i + 1] && known(single)) return [single];
    }
  }
  return [token];
}

/** Whether two strings differ by at most one character dropped, added, changed or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, n: number) => x.slice(i + n);
  if (a.length === b.length)
    return rest(a, 1) === rest(b, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, 2) === rest(b, 2));
  return a.length > b.length ? rest(a, 1) === rest(b, 0) : rest(a, 0) === rest(b, 1);
}

/**
 * Hiragana with one slip read as the word it was meant to be (わんふるでー → ワンダフルデー): the longest glossary or
 * synonym reading, or katakana word of the site, within one edit of a part of the run.
 */
export function repairKanaSlips(query: string, lex: Lexicon): string {
  const words: [string, string][] = [
    ...lex.readings,
    ...lex.katakana.map((k): [string, string] => [toHiragana(k), k]),
  ].filter(([r]) => [...r].length >= MIN_READING);
  return query.replace(KANA_RUN, (run) => {
    if (run.length > MAX_RUN) return run;
    let best: { at: number; length: number; word: string; reading: number } | undefined;
    for (const [reading, word] of words)
      for (let at = 0; at < run.length; at++)
        for (const length of [reading.length - 1, reading.length, reading.length + 1]) {
          const part = run.slice(at, at + length);
          if (part.length !== length || !withinOneEdit(part, reading)) continue;
          if (!best || reading.length > best.reading) best = { at, length, word, reading: reading.length };
        }
    return best ? `${run.slice(0, best.at)} ${best.word} ${run.slice(best.at + best.length)}` : run;
  });
}
