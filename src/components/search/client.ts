/** Browser side of search: loads the Pagefind bundle and the lexicon once, then runs question searches with the one engine. */
import {
  asksFromWire,
  createSearch,
  type AsksWire,
  type LexiconData,
  type PagefindLike,
  type Search,
} from "../../lib/search/index.ts";
import type { SearchHit, SearchOptions, SearchResult } from "../../lib/search/index.ts";
import { withBase } from "../../lib/base";

/** The site's base path with a trailing slash ("/" or "/guide/"). */
export const basePath = withBase("/");

interface PagefindInstance extends PagefindLike {
  init(): Promise<void>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): PagefindInstance;
}

/**
 * Lets the browser handle input and paint before the search goes on: scheduler.yield where there is one, else a
 * message to itself (a chain of setTimeout(0) would be clamped to 4 ms each).
 */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resume();
    channel.port2.postMessage(null);
  });
};

let loading: Promise<Search> | undefined;

/**
 * Imports /pagefind/pagefind.js and the lexicon, once, and runs Pagefind on this thread: the page's main thread for
 * the header box (no extra download, no message round trips while typing), the search page's worker for /search/.
 */
export function loadSearch(): Promise<Search> {
  loading ??= (async () => {
    const url = `${basePath}pagefind/pagefind.js`;
    const [mod, lexicon] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindModule>,
      fetch(`${basePath}search/lexicon.json`).then((r) => r.json() as Promise<LexiconData>),
    ]);
    const pagefind = mod.createInstance({
      basePath: `${basePath}pagefind/`,
      baseUrl: basePath,
      noWorker: true,
    });
    await pagefind.init();
    // Building the lexicon's word index is a task of its own, apart from Pagefind's start-up.
    await yieldToMain();
    // The sections' questions load at the first full search, after the first results.
    const asks = () =>
      fetch(`${basePath}search/asks.json`).then((r) => {
        if (!r.ok) throw new Error(`asks.json: ${r.status}`);
        return (r.json() as Promise<AsksWire>).then(asksFromWire);
      });
    // The site's kana words load at the first question typed without kana-kanji conversion.
    const kanaWords = () =>
      fetch(`${basePath}search/kana-words.json`).then((r) => {
        if (!r.ok) throw new Error(`kana-words.json: ${r.status}`);
        return r.json() as Promise<Record<string, string>>;
      });
    return createSearch({ pagefind, lexicon, asks, kanaWords });
  })();
  return loading;
}

/**
 * Runs a question search (loading the search on the main thread if nothing loaded it yet), yielding to the browser
 * after the analysis and between the pages it scores.
 */
export async function runSearch(query: string, options: SearchOptions = {}): Promise<SearchResult> {
  return (await loadSearch()).search(query, { pause: yieldToMain, ...options });
}

export type { SearchHit, SearchResult };
