/** Runs Lighthouse (mobile settings) against pages of the built site with Debian's Chromium; never downloads one. */
import { launch } from "chrome-launcher";
import { statSync } from "node:fs";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, DIST, fullChromiumPath } from "../e2e/harness.mjs";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Pages audited: home, the longest guide, every calculator and the search page with a query. */
export function lighthouseTargets(pages) {
  const size = (p) => statSync(join(DIST, `${p}index.html`)).size;
  const guides = pages.filter((p) => /^(room|crm|learn)\/.+\/$/.test(p));
  return [
    "",
    guides.sort((a, b) => size(b) - size(a))[0] ?? "room/",
    ...pages.filter((p) => /^tools\/[^/]+\/$/.test(p)),
    "search/?q=%E3%83%A9%E3%83%B3%E3%82%AF",
  ];
}

/** Launches Chromium for Lighthouse (headless, the harness flags). Call .kill() when done. */
export function launchChromeForLighthouse() {
  return launch({
    chromePath: fullChromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
}

/**
 * Audits `url` and returns { scores: {category: 0..100}, failed: [audit ids scoring < 1 in the non-performance
 * categories] }. `categories` limits the run (leaving out performance makes it much faster).
 */
export async function audit(chrome, url, categories = CATEGORIES) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: categories,
    // The test machine is shared and slow; the default mobile throttling is simulated, so scores stay comparable.
    maxWaitForLoad: 60000,
  });
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
  );
  const failed = [];
  for (const [id, cat] of Object.entries(lhr.categories)) {
    if (id === "performance") continue;
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) failed.push(`${id}/${ref.id}: ${a.title}`);
    }
  }
  const metrics = {
    fcp: lhr.audits["first-contentful-paint"]?.displayValue,
    lcp: lhr.audits["largest-contentful-paint"]?.displayValue,
    tbt: lhr.audits["total-blocking-time"]?.displayValue,
    cls: lhr.audits["cumulative-layout-shift"]?.displayValue,
  };
  return { scores, failed, metrics };
}
