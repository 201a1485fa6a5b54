/** Builds the site under a sub-path (SITE_BASE=/sub/) and checks that every internal link still resolves. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { brokenLinks } from "./links.mjs";

const out = "dist-subpath-test";
/** Astro's CLI, run with this Node: the test does not depend on the PATH that npm scripts set. */
const astro = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
after(() => rmSync(out, { recursive: true, force: true }));

test("a build under /sub/ has no broken internal links", () => {
  execFileSync(process.execPath, [astro, "build"], {
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
