/** The sentence of a long question that asks (the rest tells the background): its words weigh more. */
import type { Concept } from "./analyze.ts";

/** A question told in this many characters or more may carry background sentences (45 lost 5 in cross-validation). */
export const FOCUS_MIN_LENGTH = 60;

/**
 * Words (not question words) the asking sentence must name for the background to weigh less: a vague ask (これって
 * 大丈夫?) leaves the topic to the background. 2026-12-07 (74 folds, background at 0.5): 3 gave cross-validation
 * 11,409 → 11,414/11,840, 2 gave 11,413, none (any asking sentence) 11,412.
 */
export const FOCUS_MIN_WORDS = 3;

/**
 * Weight kept by a word named only in a background sentence of a long question. 2026-12-07 (74 folds, FOCUS_MIN_WORDS
 * 3): 0.5 gave cross-validation 11,409 → 11,414/11,840 (questions of 70+ characters 915 → 918/977), 0.35 gave 11,410,
 * 0.65 11,411; tuning 1,089/1,120 and the gated set 124/125 unchanged at each.
 */
export const BACKGROUND_WEIGHT = 0.5;

/**
 * Sentence ends: 。, ? and ! (half or full width) and a line break, kept with the sentence they end; and a clause
 * ending in が、 or けど、 (送ってるけど、…), which sets the scene for what follows. 2026-12-07 (74 folds): the clauses
 * gave cross-validation 11,414 → 11,420/11,840; ので、, から、 and のに、 as well gave 11,420 (one fixed, one lost).
 */
const SENTENCE_END = /(?<=[。?!？！\n]|(?:が|けど|けれど|けれども)、)/u;
/** A sentence that asks: a question mark, or a question or request ending (か, の, 教えて, 知りたい). */
const ASKS =
  /[?？]|(?:か|の|かな|かね|っけ|ですか|ますか|でしょうか|教えて(?:ください)?|知りたい|ほしい|たい)[。!！]?$/u;

/** The sentence or clause of a long question that asks it (the last that asks, else the last), if there are several. */
export function askingSentence(query: string): string | undefined {
  if (query.length < FOCUS_MIN_LENGTH) return undefined;
  const parts = query
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
  if (parts.length < 2) return undefined;
  return parts.filter((s) => ASKS.test(s)).at(-1) ?? parts.at(-1);
}

/**
 * Lowers, in place, the weight of the concepts a long question names only outside its asking sentence (whose own
 * concepts are `asked`), when that sentence names FOCUS_MIN_WORDS words or more itself (これって大丈夫? leaves the
 * topic to the background).
 */
export function weighBackground(concepts: readonly Concept[], asked: readonly Concept[]): void {
  if (asked.filter((c) => !c.question).length < FOCUS_MIN_WORDS) return;
  const named = new Set(asked.map((c) => c.text));
  for (const c of concepts) if (!named.has(c.text)) c.weight *= BACKGROUND_WEIGHT;
}
