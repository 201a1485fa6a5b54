/**
 * Astro integration: once every other post-build step has written its files, writes the web app manifest, a gzip copy
 * of every page, and the service worker (sw.js at the base): src/components/offline/service-worker.ts bundled with
 * esbuild, with Workbox's precache list injected (every page as its gzip copy, style, script and the Pagefind index),
 * so the site works offline.
 */
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { globSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { injectManifest, type InjectManifestOptions } from "workbox-build";
import { GZIP_SUFFIX } from "../lib/offline/gzip-pages";

/** Pagefind files the search page uses (main-thread API, WebAssembly core, index); its bundled UIs are not used. */
const PAGEFIND = [
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/*.pf_meta",
  "pagefind/wasm.*.pagefind",
  "pagefind/{index,fragment,filter}/*",
];

/** Pages that get a gzip copy; embed pages live in other sites' frames, which need those sites online anyway. */
const PAGES = { patterns: ["**/*.html"], ignore: ["embed/**", "**/node_modules/**"] };

/** What to precache: every page (its gzip copy), style, script, JSON and SVG, and the Pagefind files search needs. */
export const PRECACHE = {
  globPatterns: ["**/*.{css,js,json,svg,webmanifest}", `**/*.html${GZIP_SUFFIX}`, ...PAGEFIND],
  globIgnores: ["sw.js", "pagefind/pagefind-*.{js,css}", "embed/**", "**/node_modules/**"],
  // Astro's files and Pagefind's chunks carry a content hash in their names: no revision query needed.
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/)/,
};

/** Precache size this site should stay within (npm run bench prints the figure). */
export const PRECACHE_TARGET_BYTES = 3 * 1024 * 1024;

/** The worker's source, bundled by esbuild before Workbox injects the precache list into it. */
const WORKER_SOURCE = fileURLToPath(new URL("../components/offline/service-worker.ts", import.meta.url));

/** Writes `page.html.gz` beside every page in `dir` (deterministic: no name or time in the header). */
export function writeGzipCopies(dir: string): number {
  const pages = globSync(PAGES.patterns, { cwd: dir, exclude: PAGES.ignore });
  for (const page of pages)
    writeFileSync(join(dir, `${page}${GZIP_SUFFIX}`), gzipSync(readFileSync(join(dir, page)), { level: 9 }));
  return pages.length;
}

/** Workbox options for the built site in `dir`, with the bundled worker at `swSrc` (exported for tests). */
export function serviceWorkerOptions(dir: string, swSrc: string): InjectManifestOptions {
  return { globDirectory: dir, ...PRECACHE, swSrc, swDest: `${dir}/sw.js` };
}

/** The generator, to be placed after every integration that rewrites the built files; `manifest` is written as is. */
export default function serviceWorker(manifest: object): AstroIntegration {
  return {
    name: "service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/$/, "");
        writeFileSync(join(out, "manifest.webmanifest"), JSON.stringify(manifest));
        writeGzipCopies(out);
        const tmp = await mkdtemp(join(tmpdir(), "sw-"));
        try {
          const swSrc = join(tmp, "sw.js");
          await build({
            entryPoints: [WORKER_SOURCE],
            outfile: swSrc,
            bundle: true,
            minify: true,
            format: "iife",
            target: "es2022",
            // Workbox's development logging is left out of the production worker.
            define: { "process.env.NODE_ENV": '"production"' },
            logLevel: "warning",
          });
          const { count, size, warnings } = await injectManifest(serviceWorkerOptions(out, swSrc));
          for (const w of warnings) logger.warn(w);
          if (size > PRECACHE_TARGET_BYTES)
            logger.warn(`the precache is over its 3 MB target: precache pages by section or lazily (README)`);
          logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(2)} MB)`);
        } finally {
          await rm(tmp, { recursive: true, force: true });
        }
      },
    },
  };
}
