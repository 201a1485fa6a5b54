/** Lean Lighthouse gate: accessibility, best practices and SEO score 100 on the home page, a guide and a tool. */
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { DIST, builtPages, startSite } from "./harness.mjs";
import { audit, launchChromeForLighthouse } from "./lighthouse-harness.mjs";

const pages = builtPages();
const size = (p) => statSync(join(DIST, `${p}index.html`)).size;
/** The home page, the largest guide and the first calculator (performance is left to npm run bench). */
const targets = [
  "",
  pages.filter((p) => /^(room|crm)\/.+\/$/.test(p)).sort((a, b) => size(b) - size(a))[0] ?? "room/",
  pages.find((p) => /^tools\/[^/]+\/$/.test(p)) ?? "tools/",
];

describe("Lighthouse (mobile): accessibility, best practices, SEO", () => {
  let site, chrome;
  before(async () => {
    site = await startSite();
    chrome = await launchChromeForLighthouse();
  });
  after(async () => {
    await chrome?.kill();
    site?.server.close();
  });

  for (const path of targets) {
    test(`/${path} scores 100 in all three`, async () => {
      const { scores, failed } = await audit(chrome, new URL(path, site.url).href, [
        "accessibility",
        "best-practices",
        "seo",
      ]);
      assert.deepEqual(failed, []);
      assert.deepEqual(scores, { accessibility: 100, "best-practices": 100, seo: 100 });
    });
  }
});
