/**
 * Astro integration: once every other post-build step has written its files, writes the web app manifest and
 * generates a Workbox service worker (sw.js at the base) that precaches every page, style, script and the Pagefind
 * index, so the site works offline.
 */
import type { AstroIntegration } from "astro";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW, type GenerateSWOptions } from "workbox-build";

/** Pagefind files the search page uses (main-thread API, WebAssembly core, index); its bundled UIs are not used. */
const PAGEFIND = [
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/*.pf_meta",
  "pagefind/wasm.*.pagefind",
  "pagefind/{index,fragment,filter}/*",
];

/** What to precache: every page, style, script, JSON and SVG, and the Pagefind files search needs. */
export const PRECACHE = {
  globPatterns: ["**/*.{html,css,js,json,svg,webmanifest}", ...PAGEFIND],
  // Embed pages live in other sites' frames, which need those sites online anyway: they are not precached.
  globIgnores: ["sw.js", "pagefind/pagefind-*.{js,css}", "embed/**", "**/node_modules/**"],
  // Astro's files and Pagefind's chunks carry a content hash in their names: no revision query needed.
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/)/,
};

/** Precache size this site should stay within (npm run bench prints the figure). */
export const PRECACHE_TARGET_BYTES = 3 * 1024 * 1024;

/** Workbox options for the built site in `dir` (exported for tests). */
export function serviceWorkerOptions(dir: string): GenerateSWOptions {
  return {
    globDirectory: dir,
    ...PRECACHE,
    swDest: `${dir}/sw.js`,
    // Calculators keep their state in the query (?price=…), the search page too (?q=…), and Pagefind adds ?ts=: every
    // query maps to the same precached file.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: "index.html",
    // A new version waits until the reader agrees to reload (the page posts SKIP_WAITING); the first one takes over
    // the open page at once, so its searches already work offline.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: "production",
  };
}

/** The generator, to be placed after every integration that rewrites the built files; `manifest` is written as is. */
export default function serviceWorker(manifest: object): AstroIntegration {
  return {
    name: "service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/$/, "");
        await writeFile(join(out, "manifest.webmanifest"), JSON.stringify(manifest));
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(out));
        for (const w of warnings) logger.warn(w);
        if (size > PRECACHE_TARGET_BYTES)
          logger.warn(`the precache is over its 3 MB target: precache pages by section or lazily (README)`);
        logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(2)} MB)`);
      },
    },
  };
}
