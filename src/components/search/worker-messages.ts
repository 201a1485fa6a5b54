/** The messages between the search page and its web worker (search-worker.ts). */
import type { SearchResult } from "../../lib/search/index.ts";

/** One question for the worker, numbered so that its reply finds the caller. */
export interface SearchRequest {
  id: number;
  query: string;
  quick: boolean;
  /** The page's language (<html lang>), which Pagefind reads to pick its index. */
  lang: string;
}

/** The worker's reply: the result, or none when the search failed there (the page then searches itself). */
export interface SearchReply {
  id: number;
  result?: SearchResult;
}
