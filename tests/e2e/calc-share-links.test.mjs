/**
 * Share links never break: every link recorded before links carried `v` (fixtures/share-links-v0.json, captured from
 * the built site in Chromium before the change) still shows the same results, read as v=1, in any time zone.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { snapshot } from "./calc-helpers.mjs";
import { reusedTab, useSiteInChromium } from "./harness.mjs";

const FIXTURE = JSON.parse(readFileSync(new URL("./fixtures/share-links-v0.json", import.meta.url), "utf8"));

/**
 * Opens a tool page in `page` and returns what it shows once hydrated and computed. One tab per context is reused from
 * link to link and from test to test (reusedTab): a navigation to another query loads a new document, and a new tab
 * would cost a renderer process each time.
 */
async function shown(page, url, tool) {
  await page.goto(url, { waitUntil: "load" });
  await page
    .locator(tool === "crm-timeline" ? "output[name=ship]" : "output[name]")
    .first()
    .waitFor();
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
  // The island has applied the URL's values (until then the outputs are the server-rendered defaults).
  await page.locator(".calc[data-restored]").first().waitFor();
  const got = await page.evaluate(snapshot);
  const notices = await page.locator(".url-notices [data-param=v]").count();
  return { got, notices };
}

/** Only the recorded outputs: the tools may show more outputs now (e.g. comparisons), never other values. */
const recordedPart = (got, want) => ({
  outputs: Object.fromEntries(Object.keys(want.outputs).map((k) => [k, got.outputs[k]])),
  ...(want.steps ? { steps: got.steps } : {}),
});

describe("share links recorded before v=1 keep their results", () => {
  const env = useSiteInChromium({ timezoneId: "Asia/Tokyo" });

  test("the fixture covers every calculator that existed", () => {
    assert.deepEqual(Object.keys(FIXTURE.tools).sort(), ["crm-timeline", "rank-bonus", "reward"]);
    assert.ok(Object.values(FIXTURE.tools).every((links) => links.length >= 5));
  });

  for (const [tool, links] of Object.entries(FIXTURE.tools)) {
    test(`/tools/${tool}/: ${links.length} recorded links, without v (and the first three with v=1)`, async () => {
      const page = await reusedTab(env.context);
      for (const [i, link] of links.entries()) {
        const want = { outputs: link.outputs, ...(link.steps ? { steps: link.steps } : {}) };
        const url = new URL(`tools/${tool}/${link.query}`, env.site.url);
        const old = await shown(page, url.href, tool);
        assert.deepEqual(recordedPart(old.got, want), want, `${tool}${link.query}`);
        assert.equal(old.notices, 0, `${tool}${link.query}: a link without v got a notice about v`);
        if (i >= 3) continue;
        url.searchParams.set("v", "1");
        const v1 = await shown(page, url.href, tool);
        assert.deepEqual(recordedPart(v1.got, want), want, `${tool}${url.search} (v=1)`);
      }
    });
  }
});

/**
 * What the reader's time zone can change: the timeline's dates (counted in Japan's calendar). The reward and rank-bonus
 * tools compute from their inputs alone (as in calc-contract.test.mjs), so only the timeline's links are opened there.
 */
const DATED = ["crm-timeline"];

describe("share links in other time zones", () => {
  for (const timezoneId of ["America/Los_Angeles", "Pacific/Kiritimati"]) {
    describe(timezoneId, () => {
      const env = useSiteInChromium({ timezoneId });
      test(`recorded links show the same results in ${timezoneId}`, async () => {
        const page = await reusedTab(env.context);
        assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), timezoneId);
        for (const tool of DATED) {
          for (const link of FIXTURE.tools[tool].slice(1, 4)) {
            const want = { outputs: link.outputs, ...(link.steps ? { steps: link.steps } : {}) };
            const { got } = await shown(
              page,
              new URL(`tools/${tool}/${link.query}`, env.site.url).href,
              tool,
            );
            assert.deepEqual(recordedPart(got, want), want, `${timezoneId} ${tool}${link.query}`);
          }
        }
      });
    });
  }
});
