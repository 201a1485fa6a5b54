/**
 * The search page's web worker: loads Pagefind, the lexicon and the engine on its own thread and answers each
 * question, so the page's main thread only renders.
 */
import { loadSearch } from "./client.ts";
import type { SearchRequest, SearchReply } from "./worker-messages.ts";

/** What this file uses of a dedicated worker's global scope (the DOM library types `self` as a window). */
interface WorkerScope {
  postMessage(reply: SearchReply): void;
  addEventListener(type: "message", listener: (e: MessageEvent<SearchRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener("message", ({ data }) => {
  // pagefind.js takes its language from <html lang>, which a worker has not: give it the page's.
  (globalThis as { document?: unknown }).document ??= {
    currentScript: null,
    querySelector: (sel: string) => (sel === "html" ? { getAttribute: () => data.lang } : null),
  };
  void loadSearch()
    .then((search) => search.search(data.query, { quick: data.quick }))
    .then(
      (result) => scope.postMessage({ id: data.id, result }),
      () => scope.postMessage({ id: data.id }),
    );
});
