/** Word lists keyed by first character, so scanning a text only tries the words that can start at each position. */

/** Words keyed by their first character, longest first. */
export type WordIndex = ReadonlyMap<string, readonly string[]>;

/** Indexes words (already sorted longest first) by their first character (pure). */
export function indexByFirst(words: readonly string[]): WordIndex {
  const out = new Map<string, string[]>();
  for (const w of words) {
    const k = w.charAt(0);
    out.set(k, [...(out.get(k) ?? []), w]);
  }
  return out;
}

/** The words of an index that may start at position i of a text. */
export const wordsAt = (index: WordIndex, text: string, i: number): readonly string[] =>
  index.get(text.charAt(i)) ?? [];
