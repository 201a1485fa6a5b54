/**
 * Heading keywords: the concepts of a page's title and headings, read by the same analyser as queries and stored
 * as Pagefind filter values (not indexed text), so a first pass can find pages without loading the word index.
 */
import { analyzeQuery } from "./analyze.ts";
import type { Lexicon } from "./lexicon.ts";
import { normalize } from "./normalize.ts";

/** The Pagefind filter that holds a page's heading keywords. */
export const KEYWORD_FILTER = "kw";

/** Filter value of a question concept (いつ, いくら): its group name after "?", apart from words. */
export const questionKey = (name: string) => `?${name}`;

/** Keywords of a page from its title and headings: content concepts as typed, question concepts by group (pure). */
export function headingKeywords(texts: readonly string[], lex: Lexicon): string[] {
  const out = new Set<string>();
  for (const text of texts)
    for (const c of analyzeQuery(text, lex).concepts) {
      if (c.weight < 1) out.add(questionKey(c.text));
      else if (c.text.length >= 2) out.add(normalize(c.text));
    }
  return [...out];
}

/** Every term and alias of the glossary: the glossary page's entries are its headings. */
export function glossaryKeywords(lex: Lexicon): string[] {
  return [...lex.glossaryWords].filter((w) => w.length >= 2);
}
