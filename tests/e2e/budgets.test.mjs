/** JavaScript budgets per page template, measured in Chromium as shipped (gzip), without interacting with the page. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pageWeight } from "../../scripts/page-weight.mjs";
import { builtPages, reusedTab, useSiteInChromium } from "./harness.mjs";
import { samplePages, templateOf } from "./samples.mjs";

/** gzip bytes of JavaScript a page may load before anyone touches it (calculators: see OWN_CODE_BUDGET). */
export const JS_BUDGET = { guide: 15 * 1024, search: 40 * 1024 };
/** A calculator page ships React's runtime, the site chrome every page has, and at most this much of its own code. */
export const OWN_CODE_BUDGET = 15 * 1024;
/** React's runtime chunks, by the file names the bundler derives from react and react-dom/client. */
const isReact = (url) => /\/_astro\/(react|client)\.[\w-]+\.js$/.test(url);
/** A lesson without a calculator: the scripts it loads are the site chrome. */
const CHROME_PAGE = "room/about/";

/**
 * Known debts: pages over their budget today, each with a ceiling it must not pass and the reason. A page listed here
 * fails when it grows past its ceiling, and the test says so when it is back within budget (remove the entry then).
 */
export const KNOWN_OVER = {};

const pages = builtPages();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const scripts = (w) => w.items.filter((i) => i.type === "script");

describe("JavaScript budgets (gzip, no interaction)", () => {
  const env = useSiteInChromium();

  test("the search page with a query (it loads Pagefind) stays within its budget", async () => {
    const w = await pageWeight(
      await reusedTab(env.context),
      new URL("search/?q=%E6%A5%BD%E5%A4%A9", env.site.url).href,
    );
    console.log(`search     /search/?q=楽天: JS ${kb(w.js)}, CSS ${kb(w.css)}, HTML ${kb(w.html)}`);
    // A floor too: if nothing counts as JavaScript, the measurement itself is broken.
    assert.ok(w.js > 1024, `search page JS only ${w.js} bytes: the measurement is broken`);
    assert.ok(w.js <= JS_BUDGET.search, `search page ships ${kb(w.js)} JS > ${kb(JS_BUDGET.search)}`);
  });

  test("every sampled page stays within its template's JS budget (calculators: React + chrome + 15 KB of their own)", async () => {
    const tab = await reusedTab(env.context);
    const chrome = new Set(
      scripts(await pageWeight(tab, new URL(CHROME_PAGE, env.site.url).href)).map((i) => i.url),
    );
    const over = [];
    const rows = [];
    const paidOff = [];
    for (const path of samplePages(pages)) {
      const t = templateOf(path);
      const w = await pageWeight(tab, new URL(path, env.site.url).href);
      const react = scripts(w)
        .filter((i) => isReact(i.url))
        .reduce((a, i) => a + i.bytes, 0);
      const chromeJs = scripts(w)
        .filter((i) => chrome.has(i.url))
        .reduce((a, i) => a + i.bytes, 0);
      const own = w.js - react - chromeJs;
      const measured = t === "calculator" ? own : w.js;
      const budget = t === "calculator" ? OWN_CODE_BUDGET : JS_BUDGET[t];
      rows.push(
        `${t.padEnd(10)} /${path}: JS ${kb(w.js)}${t === "calculator" ? ` (React ${kb(react)}, chrome ${kb(chromeJs)}, own ${kb(own)})` : ""}, CSS ${kb(w.css)}, HTML ${kb(w.html)}`,
      );
      if (t === "calculator")
        assert.ok(react > 50 * 1024, `/${path}: React's runtime not found (${kb(react)})`);
      const debt = KNOWN_OVER[path];
      if (debt && measured <= budget)
        paidOff.push(`/${path} is within budget now: remove it from KNOWN_OVER`);
      if (debt && measured > budget)
        console.log(`KNOWN OVER BUDGET /${path}: ${kb(measured)} > ${kb(budget)} (${debt.why})`);
      if (measured > (debt ? debt.ceiling : budget)) {
        const files = scripts(w).map((i) => `${new URL(i.url).pathname} ${kb(i.bytes)}`);
        over.push(
          `/${path} (${t}) ships ${kb(measured)} > ${kb(debt ? debt.ceiling : budget)}: ${files.join(", ")}`,
        );
      }
    }
    console.log(rows.join("\n"));
    assert.deepEqual(over, []);
    assert.deepEqual(paidOff, []);
  });
});
