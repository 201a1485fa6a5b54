/** Browser side of search: loads the Pagefind bundle and the glossary lexicon once, then runs question searches. */
import { buildLexicon, type Lexicon } from "../../lib/search/analyze.ts";
import {
  searchQuestion,
  type PagefindLike,
  type SearchHit,
  type SearchOptions,
} from "../../lib/search/engine.ts";
import type { LexiconData } from "../../lib/search/index.ts";
import { synonymGroups } from "../../lib/search/synonyms.ts";
import { withBase } from "../../lib/base";

/** The site's base path with a trailing slash ("/" or "/guide/"). */
export const basePath = withBase("/");

interface PagefindInstance extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): PagefindInstance;
}

let loading: Promise<{ pagefind: PagefindInstance; lexicon: Lexicon }> | undefined;

/** Imports /pagefind/pagefind.js (on the main thread: no extra worker download) and the lexicon, once. */
export function loadSearch(): Promise<{ pagefind: PagefindInstance; lexicon: Lexicon }> {
  loading ??= (async () => {
    const url = `${basePath}pagefind/pagefind.js`;
    const [mod, terms] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindModule>,
      fetch(`${basePath}search/lexicon.json`).then((r) => r.json() as Promise<LexiconData>),
    ]);
    const pagefind = mod.createInstance({
      basePath: `${basePath}pagefind/`,
      baseUrl: basePath,
      noWorker: true,
    });
    await pagefind.init();
    return { pagefind, lexicon: buildLexicon(terms.terms, synonymGroups, terms.words) };
  })();
  return loading;
}

/** Runs a question search; resolves to the best hits. */
export async function runSearch(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const { pagefind, lexicon } = await loadSearch();
  return searchQuestion(pagefind, query, lexicon, basePath, options);
}

/** The link for a hit: page, ?hl= words for the landing highlight, then the section's #id. */
export function hitHref(hit: SearchHit): string {
  const hash = hit.url.includes("#") ? hit.url.slice(hit.url.indexOf("#")) : "";
  const hl = hit.words.length ? `?hl=${encodeURIComponent(hit.words.join(" "))}` : "";
  return `${hit.pageUrl}${hl}${hash}`;
}

export type { SearchHit };
