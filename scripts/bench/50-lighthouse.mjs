/** Lighthouse scores (mobile) for the home page, the longest guide, every calculator and the search page. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, builtPages, startSite } from "../../tests/e2e/harness.mjs";
import {
  audit,
  launchChromeForLighthouse,
  lighthouseTargets,
} from "../../tests/lighthouse/lighthouse-harness.mjs";

/** Targets: performance >= 95 (mobile, simulated throttling), the other three categories at 100. */
const TARGET = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

export default async function lighthouseBench() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("先に npm run build を実行してください");
  // Plus a whole question on the search page: more sub-queries, index chunks and fragments than a single word.
  const question = `search/?q=${encodeURIComponent("クーポンの有効期限は何日?")}`;
  const targets = [...lighthouseTargets(builtPages()), question];
  const site = await startSite();
  const chrome = await launchChromeForLighthouse();
  const misses = [];
  console.log("| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  try {
    for (const path of targets) {
      const { scores, failed, metrics } = await audit(chrome, new URL(path, site.url).href);
      const s = (k) => scores[k] ?? "-";
      console.log(
        `| /${path} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} | ${metrics.fcp} | ${metrics.lcp} | ${metrics.tbt} | ${metrics.cls} |`,
      );
      for (const [k, min] of Object.entries(TARGET)) {
        if ((scores[k] ?? 0) < min) misses.push(`/${path}: ${k} ${scores[k]} < ${min}`);
      }
      for (const f of failed) misses.push(`/${path}: ${f}`);
    }
  } finally {
    await chrome.kill();
    site.server.close();
  }
  console.log(misses.length ? `below target:\n- ${misses.join("\n- ")}` : "all pages meet the targets");
  // Keep the guide size visible next to the scores: the longest guide is the slowest page to lay out.
  const guide = targets[1];
  console.log(
    `longest guide: /${guide} (${(readFileSync(join(DIST, `${guide}index.html`)).length / 1024).toFixed(0)} KB HTML)`,
  );
}
