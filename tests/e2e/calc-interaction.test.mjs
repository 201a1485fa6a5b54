/** Pages that embed a calculator with client:interaction: no island JS until the reader touches it, then it works. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, test } from "node:test";
import { builtPages, DIST, useSiteInChromium } from "./harness.mjs";

/** Guide pages' JavaScript budget (gzip) before any interaction. */
const GUIDE_JS_BUDGET = 15 * 1024;

const file = (path) => join(DIST, path.endsWith(".html") ? path : `${path}index.html`);
const embedding = builtPages().filter((p) => readFileSync(file(p), "utf8").includes('client="interaction"'));

describe("calculators embedded with client:interaction", () => {
  const env = useSiteInChromium();

  if (embedding.length === 0) {
    test.skip("no page embeds a calculator with client:interaction yet");
    return;
  }

  for (const path of embedding) {
    test(`/${path}: stays light until touched, then hydrates and computes`, async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
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

      const select = island.locator("select").first();
      await select.focus();
      await page.waitForFunction((el) => !el.hasAttribute("ssr"), await island.elementHandle());
      const before = await island.locator("output[name]").first().getAttribute("data-value");
      const options = await select.locator("option").evaluateAll((o) => o.map((x) => x.value));
      await select.selectOption(options[options.length - 1]);
      await page.waitForTimeout(50);
      const outputsNow = await island
        .locator("output[name]")
        .evaluateAll((o) => o.map((x) => x.dataset.value));
      assert.ok(
        outputsNow.every((v) => /^\d+$/.test(v)),
        outputsNow.join(","),
      );
      assert.notEqual(before, null);
      await context.close();
    });
  }
});
