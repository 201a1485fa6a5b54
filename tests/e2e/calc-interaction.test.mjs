/** Pages that embed a calculator with client:interaction: no island JS until the reader touches it, then it works. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, test } from "node:test";
import { builtPages, DIST, reusedTab, useSiteInChromium } from "./harness.mjs";

/** Guide pages' JavaScript budget (gzip) before any interaction. */
const GUIDE_JS_BUDGET = 15 * 1024;

const file = (path) => join(DIST, path.endsWith(".html") ? path : `${path}index.html`);
const embedding = builtPages().filter((p) => readFileSync(file(p), "utf8").includes('client="interaction"'));

/** Pages whose HTTP cache is off (the tab is lent from test to test: once is enough). */
const uncached = new WeakSet();
async function bypassCache(page) {
  if (uncached.has(page)) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  uncached.add(page);
}

describe("calculators embedded with client:interaction", () => {
  const env = useSiteInChromium();

  test("lessons embed the reward, rank, coupon and timeline calculators", () => {
    const islands = embedding.flatMap((p) =>
      [
        ...readFileSync(file(p), "utf8").matchAll(
          /<astro-island[^>]*component-url="[^"]*\/([A-Za-z]+)\.[^"]*"[^>]*client="interaction"/g,
        ),
      ].map((m) => m[1]),
    );
    for (const name of ["RewardCalculator", "RankBonusCalculator", "CouponCalculator", "CrmTimeline"])
      assert.ok(islands.includes(name), `no lesson embeds ${name} (${islands.join(", ")})`);
  });

  for (const path of embedding) {
    test(`/${path}: stays light until touched, then hydrates and computes`, async () => {
      const page = await reusedTab(env.context);
      // As in a new context: every script counts, none comes from the cache of an earlier page.
      await bypassCache(page);
      const scripts = [];
      page.on("response", async (res) => {
        if (res.request().resourceType() !== "script") return;
        const body = await res.body().catch(() => Buffer.alloc(0));
        scripts.push({ url: res.url(), bytes: gzipSync(body).length });
      });
      await page.goto(new URL(path, env.site.url).href, { waitUntil: "networkidle" });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      const island = page.locator('astro-island[client="interaction"]').first();
      assert.equal(await island.getAttribute("ssr"), "", "island hydrated without interaction");
      const js = scripts.reduce((a, s) => a + s.bytes, 0);
      assert.ok(js <= GUIDE_JS_BUDGET, `${(js / 1024).toFixed(1)} KB of JS before interaction`);

      // Touch the first number field, wait for hydration, then type a new number into it.
      const field = island.locator("input[inputmode=numeric]:not([name=order])").first();
      await field.focus();
      await page.waitForFunction((el) => !el.hasAttribute("ssr"), await island.elementHandle());
      await island.locator("output[name]").first().waitFor();
      const before = await island.locator("output[name]").evaluateAll((o) => o.map((x) => x.dataset.value));
      await field.fill(String(Number(await field.inputValue()) * 2 + 1));
      // A result changes (a time-out here fails the test: typing changed nothing).
      await page.waitForFunction(
        ([el, was]) => [...el.querySelectorAll("output[name]")].some((o, i) => o.dataset.value !== was[i]),
        [await island.elementHandle(), before],
      );
      const after = await island.locator("output[name]").evaluateAll((o) => o.map((x) => x.dataset.value));
      assert.ok(
        after.every((v) => v && !/NaN|undefined|Infinity/.test(v)),
        after.join(","),
      );
      assert.notDeepEqual(after, before, "typing did not change any result");
      // A lesson never writes the page URL.
      assert.equal(new URL(page.url()).search, "");
    });
  }
});
