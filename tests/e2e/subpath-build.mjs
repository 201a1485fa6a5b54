/**
 * The sub-path builds that subpath.test.mjs link-checks, each in its own folder. `npm test` runs this file right after
 * the main build (`node tests/e2e/subpath-build.mjs`), because a build must not run beside `astro check` (both write
 * Astro's .astro/ folder); the test builds them itself when run alone.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

/** /room/ equals a content folder (the harder case, see subpath.test.mjs); /guide/ names none. */
export const SUBPATH_BASES = ["/room/", "/guide/"];

/** Output folder of the build under `base`. */
export const subpathOut = (base) => `dist-subpath-test${base.replace(/\/$/, "").replace("/", "-")}`;

/** Astro's CLI, run with this Node: the build does not depend on the PATH that npm scripts set. */
const astro = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");

/** Builds the site under `base` into subpathOut(base). */
export const buildUnder = (base) =>
  promisify(execFile)(process.execPath, [astro, "build"], {
    env: { ...process.env, SITE_BASE: base, OUT_DIR: subpathOut(base) },
    maxBuffer: 64 * 1024 * 1024,
  });

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  for (const base of SUBPATH_BASES) {
    await buildUnder(base);
    console.log(`SITE_BASE=${base} → ${subpathOut(base)}/`);
  }
