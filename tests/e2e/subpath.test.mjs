/**
 * Builds the site under sub-paths and checks that every internal link resolves: /room/, which equals a content folder
 * (a link to /room/rewards/ must become /room/room/rewards/), and /guide/, which names none.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { after, describe, test } from "node:test";
import { brokenLinks, readPages } from "./links.mjs";
import { SUBPATH_BASES as bases, buildUnder, subpathOut as outOf } from "./subpath-build.mjs";

/**
 * `npm test` builds them before the browser tests and says so (E2E_SUBPATH_BUILT=1); run alone, this file builds each
 * base when it loads, one after the other (both write Astro's .astro/ folder).
 */
const prebuilt = process.env.E2E_SUBPATH_BUILT === "1";
const builds = new Map();
let previous = Promise.resolve();
for (const base of bases) {
  if (!(prebuilt && existsSync(`${outOf(base)}/index.html`)))
    previous = previous.then(() => buildUnder(base));
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
