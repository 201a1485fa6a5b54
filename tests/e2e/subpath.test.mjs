/** Builds the site under a sub-path (SITE_BASE=/sub/) and checks that every internal link still resolves. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { after, test } from "node:test";
import { brokenLinks } from "./links.mjs";

const out = "dist-subpath-test";
after(() => rmSync(out, { recursive: true, force: true }));

test("a build under /sub/ has no broken internal links", () => {
  execFileSync("astro", ["build"], {
    env: { ...process.env, SITE_BASE: "/sub/", OUT_DIR: out },
    stdio: "ignore",
  });
  const broken = brokenLinks(out, "/sub/");
  assert.deepEqual(broken, []);
  // Crawlers read robots.txt only at the host root: the file under /sub/ allows /sub/ and names its sitemap there.
  const robots = readFileSync(`${out}/robots.txt`, "utf8");
  assert.match(robots, /^Allow: \/sub\/$/m);
  assert.match(robots, /^Sitemap: https?:\/\/[^/]+\/sub\/sitemap-index\.xml$/m);
  assert.match(robots, /^# .*robots\.txt/m);
});
