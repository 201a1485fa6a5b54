/** JavaScript budgets per page template, measured in Chromium as shipped (gzip), without interacting with the page. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pageWeight } from "../../scripts/page-weight.mjs";
import { DIST, builtPages, launchBrowser, startSite } from "./harness.mjs";

/** gzip bytes of JavaScript a page may load before anyone touches it. */
export const JS_BUDGET = { guide: 15 * 1024, calculator: 80 * 1024, search: 40 * 1024 };

/**
 * Known debts: pages over their budget today, each with a ceiling it must not pass and the reason. A page listed here
 * fails when it grows past its ceiling, and the test says so when it is back within budget (remove the entry then).
 */
export const KNOWN_OVER = {
  "tools/crm-timeline/": {
    ceiling: 115 * 1024,
    why: "React runtime 64 KB + island 43 KB: the island bundles zod and the whole holiday_jp table (1970-2050)",
  },
};

const pages = builtPages();
const htmlOf = (p) => readFileSync(join(DIST, p.endsWith(".html") ? p : `${p}index.html`), "utf8");
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Template of a page path: calculators live in tools/<name>/, the search page in search/, the rest are guides. */
const templateOf = (p) => (/^tools\/[^/]+\/$/.test(p) ? "calculator" : p === "search/" ? "search" : "guide");

/**
 * Pages to measure: every calculator, the home and 404 pages, and per guide section its largest page plus every guide
 * that embeds an island (those must hydrate on interaction only, so they stay within the guide budget).
 */
function samples() {
  const bySection = new Map();
  const out = new Set(["", "404.html"]);
  for (const p of pages) {
    const t = templateOf(p);
    if (t === "calculator") out.add(p);
    else if (htmlOf(p).includes("<astro-island")) out.add(p);
    else {
      const section = p.split("/")[0];
      const best = bySection.get(section);
      if (!best || htmlOf(p).length > htmlOf(best).length) bySection.set(section, p);
    }
  }
  for (const p of bySection.values()) out.add(p);
  return [...out].filter((p) => pages.includes(p)).sort();
}

describe("JavaScript budgets (gzip, no interaction)", () => {
  let site, browser, context;
  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    site?.server.close();
  });

  test("the search page with a query (it loads Pagefind) stays within its budget", async () => {
    const w = await pageWeight(context, new URL("search/?q=%E6%A5%BD%E5%A4%A9", site.url).href);
    console.log(`search     /search/?q=楽天: JS ${kb(w.js)}, CSS ${kb(w.css)}, HTML ${kb(w.html)}`);
    // A floor too: if nothing counts as JavaScript, the measurement itself is broken.
    assert.ok(w.js > 1024, `search page JS only ${w.js} bytes: the measurement is broken`);
    assert.ok(w.js <= JS_BUDGET.search, `search page ships ${kb(w.js)} JS > ${kb(JS_BUDGET.search)}`);
  });

  test("every sampled page stays within its template's JS budget", async () => {
    const over = [];
    const rows = [];
    const paidOff = [];
    for (const path of samples()) {
      const t = templateOf(path);
      const w = await pageWeight(context, new URL(path, site.url).href);
      rows.push(`${t.padEnd(10)} /${path}: JS ${kb(w.js)}, CSS ${kb(w.css)}, HTML ${kb(w.html)}`);
      const debt = KNOWN_OVER[path];
      if (debt && w.js <= JS_BUDGET[t])
        paidOff.push(`/${path} is within budget now: remove it from KNOWN_OVER`);
      if (debt && w.js > JS_BUDGET[t])
        console.log(`KNOWN OVER BUDGET /${path}: ${kb(w.js)} > ${kb(JS_BUDGET[t])} (${debt.why})`);
      if (w.js > (debt ? debt.ceiling : JS_BUDGET[t])) {
        const files = w.items
          .filter((i) => i.type === "script")
          .map((i) => `${new URL(i.url).pathname} ${kb(i.bytes)}`);
        const limit = debt ? debt.ceiling : JS_BUDGET[t];
        over.push(`/${path} (${t}) ships ${kb(w.js)} JS > ${kb(limit)}: ${files.join(", ")}`);
      }
    }
    console.log(rows.join("\n"));
    assert.deepEqual(over, []);
    assert.deepEqual(paidOff, []);
  });
});
