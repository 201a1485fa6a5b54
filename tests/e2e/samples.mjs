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

/** Element and class names in the <body> of a page's HTML (what its CSS can style). */
function namesIn(html) {
  const body = html.slice(html.indexOf("<body"));
  const names = new Set();
  for (const m of body.matchAll(/<([a-z][\w-]*)([^>]*)>/g)) {
    names.add(m[1]);
    for (const c of m[2].match(/\sclass="([^"]*)"/)?.[1].split(/\s+/) ?? []) if (c) names.add(`.${c}`);
  }
  return names;
}

/**
 * Pages to check in the dark scheme: samplePages (every template and calculator, home, 404, every page with an island,
 * per section its largest page), then, greedily, the page that adds the most element and class names not yet covered,
 * until every name used on any page is covered. Each component, with the classes it renders, is seen dark at least once.
 */
export function darkSchemePages(pages = builtPages()) {
  const out = new Set(samplePages(pages));
  const names = new Map(pages.map((p) => [p, namesIn(htmlOf(p))]));
  const covered = new Set([...out].flatMap((p) => [...names.get(p)]));
  for (;;) {
    let best = null;
    let gain = 0;
    for (const p of pages) {
      if (out.has(p)) continue;
      const g = [...names.get(p)].filter((n) => !covered.has(n)).length;
      if (g > gain) [best, gain] = [p, g];
    }
    if (!best) break;
    out.add(best);
    for (const n of names.get(best)) covered.add(n);
  }
  return [...out].sort();
}
