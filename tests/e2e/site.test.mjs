/** Whole-site checks in Chromium: every page is axe-clean (light and dark) and requests nothing from another host. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { builtPages, seriousViolations, useSiteInChromium } from "./harness.mjs";

describe("every built page in Chromium", { concurrency: true }, () => {
  const env = useSiteInChromium();

  const pages = builtPages();

  test("the site has pages", () => assert.ok(pages.length >= 8, `only ${pages.length} pages`));

  /** Tabs, each reused from page to page (a new tab costs a renderer process). */
  const POOL = 3;

  /**
   * Checks `paths` in one reused tab: foreign requests, uncaught errors and serious axe violations, per page, in the
   * light scheme and then, on the same load, in the dark one (Starlight follows a change of prefers-color-scheme; a
   * page whose theme does not follow is reloaded in the dark scheme).
   */
  async function checkPages(context, paths) {
    const origin = new URL(env.site.url).origin;
    const problems = [];
    const page = await context.newPage();
    let current = "";
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"))
        problems.push(`${current}: request to ${u}`);
    });
    page.on("pageerror", (e) => problems.push(`${current}: ${e.message}`));
    for (let path = paths.shift(); path !== undefined; path = paths.shift()) {
      for (const scheme of ["light", "dark"]) {
        current = `${path} (${scheme})`;
        await page.emulateMedia({ colorScheme: scheme });
        const theme =
          scheme === "light" ? undefined : await page.evaluate(() => document.documentElement.dataset.theme);
        if (scheme === "light" || (theme !== undefined && theme !== "dark"))
          await page.goto(new URL(path, env.site.url).href, { waitUntil: "load" });
        const shown = await page.evaluate(() => document.documentElement.dataset.theme);
        if (shown !== undefined && shown !== scheme) problems.push(`${current}: data-theme is ${shown}`);
        await page.evaluate(() => document.fonts?.ready);
        for (const v of await seriousViolations(page)) problems.push(`${current}: ${v}`);
      }
    }
    await page.close();
    return problems;
  }

  test("no serious or critical axe violations (light and dark), no foreign requests, no errors", async () => {
    const context = await env.browser.newContext({ bypassCSP: true });
    const queue = [...pages];
    const found = await Promise.all(Array.from({ length: POOL }, () => checkPages(context, queue)));
    await context.close();
    assert.deepEqual(found.flat().sort(), []);
  });

  test("on a 360 px phone the header keeps the home link (mark, full name for screen readers) and a usable search box", async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(new URL("room/rewards/", env.site.url).href);
    const home = page.getByRole("link", { name: "楽天ROOM・CRM 実務ガイド" });
    assert.ok(await home.isVisible(), "the home link is not visible");
    const mark = await home.boundingBox();
    assert.ok(mark && mark.width >= 24 && mark.x >= 0, `home link box ${JSON.stringify(mark)}`);
    const box = await page.locator("#site-search-q").boundingBox();
    assert.ok(box && box.width >= 140, `search box only ${box?.width} px wide`);
    assert.ok(mark.x + mark.width <= box.x, "the home link runs under the search box");
    const submit = await page.locator("form.site-search button[type=submit]").boundingBox();
    const menu = await page.locator("button.sl-menu-button").boundingBox();
    assert.ok(
      submit && menu && submit.x + submit.width <= menu.x,
      "the search button runs under the menu button",
    );
    await context.close();
  });
});
