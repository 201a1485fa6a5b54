/** Whole-site checks in Chromium: every page is axe-clean (light and dark) and requests nothing from another host. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { builtPages, seriousViolations, useSiteInChromium } from "./harness.mjs";

describe("every built page in Chromium", () => {
  const env = useSiteInChromium();

  const pages = builtPages();

  test("the site has pages", () => assert.ok(pages.length >= 8, `only ${pages.length} pages`));

  for (const scheme of ["light", "dark"]) {
    test(`no serious or critical axe violations, no foreign requests, no errors (${scheme})`, async () => {
      const context = await env.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const origin = new URL(env.site.url).origin;
      const problems = [];
      for (const path of pages) {
        const page = await context.newPage();
        page.on("request", (r) => {
          const u = r.url();
          if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"))
            problems.push(`${path}: request to ${u}`);
        });
        page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
        await page.goto(new URL(path, env.site.url).href, { waitUntil: "load" });
        await page.evaluate(() => document.fonts?.ready);
        for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
        await page.close();
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
});
