/** Calculator pages in Chromium: print to one A4 page with inputs and results; readable at 360 px without sideways scroll. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { reusedTab, useSiteInChromium } from "./harness.mjs";
import { openHydrated } from "./calc-helpers.mjs";

const cart = (n) => Array.from({ length: n }, (_, i) => `food.${1000 + i}.2`).join("_");
const pages = [
  "tools/reward/",
  "tools/reward/?cart=food.5000.2_pc.30000.1",
  `tools/reward/?cart=${cart(14)}`,
  "tools/rank-bonus/?rank=B",
  "tools/coupon/",
];

/** Number of pages in a PDF produced by Chromium. */
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe("calculator layout", () => {
  const env = useSiteInChromium();
  /** A phone-sized context for the 360 px checks. */
  let narrow;
  before(async () => {
    narrow = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  });
  after(() => narrow?.close());
  /**
   * Opens `path` hydrated, on screen, in the one tab of `context` (a new tab costs a renderer process; the tab keeps
   * the print emulation of the test before, so it is reset here).
   */
  const open = async (context, path) => {
    const tab = await reusedTab(context);
    await tab.emulateMedia({ media: null });
    return openHydrated(tab, new URL(path, env.site.url).href);
  };

  for (const path of pages) {
    test(`prints on one A4 page with inputs and results: /${path}`, async () => {
      const { page } = await open(env.context, path);
      await page.emulateMedia({ media: "print" });
      assert.ok(await page.locator("form.calc output[name]").first().isVisible());
      // Settings stay visible; with several lines the per-line table shows each line's inputs.
      assert.ok(
        (await page
          .locator("form.calc select, form.calc input[type=text]")
          .filter({ visible: true })
          .count()) >= 1,
      );
      if (path.includes("cart=")) assert.ok(await page.locator(".calc-line-table").isVisible());
      assert.equal(await page.locator("table[data-url-params]").isVisible(), false);
      // The page's explanations stay on screen, as the sharing guide tells the reader.
      assert.equal(await page.locator('[id="使い方"]').isVisible(), false);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
      assert.equal(pdfPages(pdf), 1);
    });
  }

  for (const path of ["tools/reward/?cart=food.5000.2", "tools/rank-bonus/", "tools/coupon/?cmp=on"]) {
    test(`fits 360 px wide without sideways scrolling: /${path}`, async () => {
      const { page } = await open(narrow, path);
      const overflow = await page.evaluate(() => {
        const form = document.querySelector("form.calc").getBoundingClientRect();
        return { doc: document.documentElement.scrollWidth, right: form.right };
      });
      assert.ok(overflow.doc <= 360, `page is ${overflow.doc}px wide`);
      assert.ok(overflow.right <= 360, `calculator ends at ${overflow.right}px`);
    });
  }
});
