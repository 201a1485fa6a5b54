/**
 * Builds the site under a sub-path and checks that every internal link resolves. The base is /room/, which equals a
 * content folder (a link to /room/rewards/ must become /room/room/rewards/): the harder case. A base that names no
 * content folder (/guide/) takes the same code path (the base is added once, at compile time, by the same helpers)
 * and is not built as well: a full build costs about a minute of CPU on the 2-core test machine.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { after, describe, test } from "node:test";
import { brokenLinks, readPages } from "./links.mjs";

/** Astro's CLI, run with this Node: the test does not depend on the PATH that npm scripts set. */
const astro = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
const bases = ["/room/"];
const outOf = (base) => `dist-subpath-test${base.replace(/\/$/, "").replace("/", "-")}`;

/** Builds the site under `base` into its own folder. */
const build = (base) =>
  promisify(execFile)(process.execPath, [astro, "build"], {
    env: { ...process.env, SITE_BASE: base, OUT_DIR: outOf(base) },
    maxBuffer: 64 * 1024 * 1024,
  });
/** One build per base, started when this file loads, one after the other (both write Astro's .astro/ folder). */
const builds = new Map();
let previous = Promise.resolve();
for (const base of bases) {
  previous = previous.then(() => build(base));
  builds.set(base, previous);
}
after(async () => {
  await Promise.allSettled(builds.values());
  for (const base of bases) rmSync(outOf(base), { recursive: true, force: true });
});

describe("builds under a sub-path", () => {
  for (const base of bases) {
    test(`SITE_BASE=${base}: no broken internal links, robots.txt names the sub-path`, async () => {
      await builds.get(base);
      const out = outOf(base);
      assert.deepEqual(brokenLinks(out, base), []);
      // Content links are prefixed once, at compile time, even when the base equals a content folder.
      const guides = [...readPages(out)].filter(([page]) => page.startsWith("room/") && page !== "room/");
      const linked = guides.filter(([, html]) => html.includes(`href="${base}room/`));
      assert.ok(linked.length >= 3, `only ${linked.length} ROOM guides link to ${base}room/…`);
      // The home page's hero buttons come from frontmatter (src/routeData.ts).
      assert.match(
        readFileSync(`${out}/index.html`, "utf8"),
        new RegExp(
          `class="sl-link-button[^"]*"[^>]*href="${base}learn/"|href="${base}learn/"[^>]*class="sl-link-button`,
        ),
      );
      // Crawlers read robots.txt only at the host root: the file under the base allows it and names its sitemap there.
      const robots = readFileSync(`${out}/robots.txt`, "utf8");
      assert.match(robots, new RegExp(`^Allow: ${base}$`, "m"));
      assert.match(robots, new RegExp(`^Sitemap: https?://[^/]+${base}sitemap-index\\.xml$`, "m"));
      assert.match(robots, /^# .*robots\.txt/m);
    });
  }
});
