/** Search entry point for the browser and the evaluation: one createSearch({ pagefind, lexicon }). */
export {
  createSearch,
  type PagefindLike,
  type Search,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from "./engine.ts";
export { asksData, asksFromWire, type AsksData, type AsksFile, type AsksWire } from "./asks.ts";
export { buildLexicon, lexiconFrom, type Lexicon, type LexiconData } from "./lexicon.ts";
