/** Search entry point for the browser and Node: the lexicon built from the glossary, and the question search. */
import { terms } from "../glossary/terms.ts";
import { buildLexicon, type Lexicon } from "./analyze.ts";
import { searchQuestion, type PagefindLike, type SearchHit } from "./engine.ts";

let lexicon: Lexicon | undefined;

/** The lexicon (glossary terms + synonym groups), built on first use. */
export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon(terms);
  return lexicon;
}

/** Searches a question with the site's lexicon. */
export function search(pagefind: PagefindLike, query: string, base = "/"): Promise<SearchHit[]> {
  return searchQuestion(pagefind, query, getLexicon(), base);
}

export type { PagefindLike, SearchHit };
