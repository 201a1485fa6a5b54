/**
 * Whole-site checks in Chromium: every page loads under its Content-Security-Policy with no violation, error or console
 * error, hydrates its islands, is axe-clean (light, and dark on the pages that cover every component) and requests
 * nothing from another host.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  builtPages,
  COLOUR_RULES,
  hydrateIslands,
  isProblemMessage,
  reportPolicyViolations,
  seriousViolations,
  twoFrames,
  useSiteInChromium,
} from "./harness.mjs";
import { darkSchemePages } from "./samples.mjs";

/** In the page: every element of the body that is rendered, with its attributes (what axe's non-colour rules read). */
function renderedShape() {
  const shown = (e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  return [...document.body.querySelectorAll("*")]
    .map((e) =>
      shown(e) ? `${e.tagName} ${e.getAttributeNames().map((n) => `${n}=${e.getAttribute(n)}`)}` : "-",
    )
    .join("\n");
}

describe("every built page in Chromium", { concurrency: true }, () => {
  const env = useSiteInChromium();

  const pages = builtPages();
  const darkPages = new Set(darkSchemePages(pages));

  test("the site has pages", () => assert.ok(pages.length >= 8, `only ${pages.length} pages`));

  /** Tabs, each reused from page to page (a new tab costs a renderer process). */
  const POOL = 3;

  /**
   * Checks `paths` in one reused tab, per page: Content-Security-Policy violations (the policy is enforced), uncaught
   * errors, console errors, foreign requests, islands that do not hydrate, and serious axe violations in the light
   * scheme; then, on the same load, in the dark one (Starlight follows a change of prefers-color-scheme; a page whose
   * theme does not follow is reloaded in the dark scheme) on the pages of darkSchemePages. The dark scheme changes
   * colours only (custom properties and dark rules in Starlight's and the site's CSS, shared by every page); those pages
   * include every template and every class and element name used on any page, so each component is checked dark.
   * In the dark scheme axe runs its colour rules only when the page shows the same elements with the same attributes
   * as in the light one (the other rules read only those, so their result cannot change), and every rule otherwise.
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
    page.on("console", (m) => {
      if (isProblemMessage(m)) problems.push(`${current}: console: ${m.text()}`);
    });
    for (let path = paths.shift(); path !== undefined; path = paths.shift()) {
      let lightShape;
      for (const scheme of darkPages.has(path) ? ["light", "dark"] : ["light"]) {
        current = `${path} (${scheme})`;
        await page.emulateMedia({ colorScheme: scheme });
        // Starlight's theme follows the change at the next rendering update (a media query change event).
        if (scheme === "dark") await twoFrames(page);
        const theme =
          scheme === "light" ? undefined : await page.evaluate(() => document.documentElement.dataset.theme);
        if (scheme === "light" || (theme !== undefined && theme !== "dark")) {
          await page.goto(new URL(path, env.site.url).href, { waitUntil: "load" });
          // Islands hydrate when seen: each is shown, so its code also loads under the policy.
          if (!(await hydrateIslands(page))) problems.push(`${current}: an island did not hydrate`);
        }
        const shown = await page.evaluate(() => document.documentElement.dataset.theme);
        if (shown !== undefined && shown !== scheme) problems.push(`${current}: data-theme is ${shown}`);
        const shape = await page.evaluate(renderedShape);
        if (scheme === "light") lightShape = shape;
        const rules = scheme === "dark" && shape === lightShape ? COLOUR_RULES : undefined;
        for (const v of await seriousViolations(page, rules)) problems.push(`${current}: ${v}`);
      }
    }
    await page.close();
    return problems;
  }

  test("dark-scheme pages cover every template and the pages are enough to matter", () => {
    for (const p of ["", "404.html", "search/", "tools/reward/", "embed/reward/"])
      assert.ok(darkPages.has(p), `/${p} not checked in the dark scheme`);
    assert.ok(darkPages.size < pages.length, "every page is checked dark: the sample selects nothing");
  });

  test("every page: no CSP violation, no error, islands hydrate, no foreign request, no serious axe violation (light; dark on a cover)", async () => {
    const context = await env.browser.newContext();
    await reportPolicyViolations(context);
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
