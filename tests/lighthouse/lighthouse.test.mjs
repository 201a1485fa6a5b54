/**
 * Lighthouse gate: accessibility, best practices and SEO score 100 on the home page, the longest guide, every
 * calculator and the search page (performance depends on the machine's load, so npm run bench reports it).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { builtPages, startSite } from "../e2e/harness.mjs";
import { audit, launchChromeForLighthouse, lighthouseTargets } from "./lighthouse-harness.mjs";

const targets = lighthouseTargets(builtPages());

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
