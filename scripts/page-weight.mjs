/** Measures what a page really ships in Chromium: gzip bytes of HTML, CSS and JS once visible islands hydrate. */
import { gzipSync } from "node:zlib";

/**
 * Loads `url` in `target` (a page, reused, or a browser context, in a new page closed after), scrolls to the end (so
 * client:visible islands load), sums gzip bytes by type. A reused page counts what a new page of the same context
 * does: files served from the context's cache still fire a response with their body.
 */
export async function pageWeight(target, url) {
  const page = "goto" in target ? target : await target.newPage();
  const bodies = [];
  const onResponse = (res) => {
    const type = res.request().resourceType();
    bodies.push(
      res
        .body()
        .then((b) => ({ type, url: res.url(), bytes: gzipSync(b).length }))
        .catch(() => null),
    );
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(200);
  const items = (await Promise.all(bodies)).filter(Boolean);
  page.off("response", onResponse);
  if (page !== target) await page.close();
  const sum = (t) => items.filter((i) => i.type === t).reduce((a, i) => a + i.bytes, 0);
  return { html: sum("document"), css: sum("stylesheet"), js: sum("script"), items };
}

/** Representative page of each template, by path relative to the base. Missing ones are skipped by callers. */
export const templatePages = {
  home: "",
  guide: "room/rewards/",
  tools: "tools/",
  reward: "tools/reward/",
  "rank-bonus": "tools/rank-bonus/",
  "crm-timeline": "tools/crm-timeline/",
  search: "search/?q=%E5%A0%B1%E9%85%AC",
  404: "404.html",
};
