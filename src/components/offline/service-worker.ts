/**
 * The service worker (bundled at build time; Workbox injects the precache list): precaches the site after the first
 * visit and answers from the precache, so every page, calculator link and search works offline. Pages and the site's
 * JSON data are precached as their gzip copies (index.html.gz, asks.json.gz), a fifth of their size, and unpacked
 * when served.
 */
/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { gzipCopyOf, isGzip, unpackedTypeOf } from "../../lib/offline/gzip-copies";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

/** A precached gzip copy as the page or JSON the request asked for (other entries pass through unchanged). */
async function unpack(request: Request, response: Response): Promise<Response> {
  const body = new Uint8Array(await response.clone().arrayBuffer());
  if (!isGzip(body)) return response;
  const headers = new Headers(response.headers);
  headers.set("content-type", unpackedTypeOf(new URL(request.url).pathname));
  headers.delete("content-length");
  headers.delete("content-encoding");
  const unpacked = new Blob([body]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(unpacked, { status: 200, headers });
}

addPlugins([
  {
    cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
      cachedResponse && unpack(request, cachedResponse),
  },
]);

precacheAndRoute(self.__WB_MANIFEST, {
  // Calculators keep their state in the query (?price=…), the search page too (?q=…), and Pagefind adds ?ts=: every
  // query maps to the same precached file.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: "index.html",
  // A page or JSON file is precached only as its gzip copy: /crm/why/ → /crm/why/index.html.gz.
  urlManipulation: ({ url }) => [new URL(gzipCopyOf(url.pathname), url.origin)],
});
cleanupOutdatedCaches();

// A new version waits until the reader agrees to reload (the page posts SKIP_WAITING, see update-prompt.ts); the first
// one takes over the open page at once, so its searches already work offline.
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
clientsClaim();
