/** One page per template for the slower browser checks: home, 404, every calculator, and per section its largest page. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, builtPages } from "./harness.mjs";

const htmlOf = (p) => readFileSync(join(DIST, p.endsWith(".html") ? p : `${p}index.html`), "utf8");

/** Template of a page path: calculators live in tools/<name>/ and embed/<name>/, the search page in search/, the rest are guides. */
export const templateOf = (p) =>
  /^(tools|embed)\/[^/]+\/$/.test(p) ? "calculator" : p === "search/" ? "search" : "guide";

/**
 * Pages worth a browser visit: every calculator, the home and 404 pages, every guide that embeds an island, and per
 * top-level section its largest page.
 */
export function samplePages(pages = builtPages()) {
  const bySection = new Map();
  const out = new Set(["", "404.html"]);
  for (const p of pages) {
    if (templateOf(p) === "calculator" || htmlOf(p).includes("<astro-island")) out.add(p);
    else {
      const section = p.split("/")[0];
      const best = bySection.get(section);
      if (!best || htmlOf(p).length > htmlOf(best).length) bySection.set(section, p);
    }
  }
  for (const p of bySection.values()) out.add(p);
  return [...out].filter((p) => pages.includes(p)).sort();
}
