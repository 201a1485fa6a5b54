/** Search entry point for the browser and Node: the lexicon built from the glossary, and the question search. */
import { terms } from "../glossary/terms.ts";
import { buildLexicon, type Lexicon, type TermLike } from "./analyze.ts";
import { searchQuestion, type PagefindLike, type SearchHit } from "./engine.ts";
import { synonymGroups } from "./synonyms.ts";

/** What /search/lexicon.json holds: glossary terms and the katakana words of the site's pages. */
export interface LexiconData {
  terms: TermLike[];
  words: string[];
}

let lexicon: Lexicon | undefined;

/** The lexicon (glossary terms + synonym groups), built on first use; without page words unless given data. */
export function getLexicon(data?: LexiconData): Lexicon {
  if (data) return buildLexicon(data.terms, synonymGroups, data.words);
  lexicon ??= buildLexicon(terms);
  return lexicon;
}

/** Searches a question with the site's lexicon. */
export function search(
  pagefind: PagefindLike,
  query: string,
  base = "/",
  lex = getLexicon(),
): Promise<SearchHit[]> {
  return searchQuestion(pagefind, query, lex, base);
}

export type { PagefindLike, SearchHit };
