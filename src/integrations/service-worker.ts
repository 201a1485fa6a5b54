/**
 * Astro integration: once every other post-build step has written its files, writes the web app manifest, a gzip copy
 * of every page and JSON data file, and the service worker (sw.js at the base): src/components/offline/service-worker.ts
 * bundled with esbuild, with Workbox's precache list injected (every page and JSON file as its gzip copy, style, script
 * and the Pagefind index), so the site works offline.
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
import { GZIP_SUFFIX } from "../lib/offline/gzip-copies";

/** Pagefind files the search page uses (main-thread API, WebAssembly core, index); its bundled UIs are not used. */
const PAGEFIND = [
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/*.pf_meta",
  "pagefind/wasm.*.pagefind",
  "pagefind/{index,fragment,filter}/*",
];

/**
 * Files that get a gzip copy: pages and the site's JSON data (search questions, lexicon, quiz questions). Embed pages
 * live in other sites' frames, which need those sites online anyway; Pagefind's files are its own.
 */
const COPIED = { patterns: ["**/*.{html,json}"], ignore: ["embed/**", "pagefind/**", "**/node_modules/**"] };

/** What to precache: every page and JSON file (its gzip copy), style, script and SVG, and Pagefind's search files. */
export const PRECACHE = {
  globPatterns: ["**/*.{css,js,svg,webmanifest}", `**/*.{html,json}${GZIP_SUFFIX}`, ...PAGEFIND],
  globIgnores: ["sw.js", "pagefind/pagefind-*.{js,css}", "embed/**", "**/node_modules/**"],
  // Astro's files and Pagefind's chunks carry a content hash in their names: no revision query needed.
  dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|fragment|filter)\/)/,
};

/** Precache size this site should stay within (npm run bench prints the figure). */
export const PRECACHE_TARGET_BYTES = 3 * 1024 * 1024;

/** The worker's source, bundled by esbuild before Workbox injects the precache list into it. */
const WORKER_SOURCE = fileURLToPath(new URL("../components/offline/service-worker.ts", import.meta.url));

/** Writes `file.gz` beside every page and JSON file in `dir` (deterministic: no name or time in the header). */
export function writeGzipCopies(dir: string): number {
  const files = globSync(COPIED.patterns, { cwd: dir, exclude: COPIED.ignore });
  for (const file of files)
    writeFileSync(join(dir, `${file}${GZIP_SUFFIX}`), gzipSync(readFileSync(join(dir, file)), { level: 9 }));
  return files.length;
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
