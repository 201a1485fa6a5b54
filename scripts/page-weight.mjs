/** Measures what a page really ships in Chromium: gzip bytes of HTML, CSS and JS once visible islands hydrate. */
import { gzipSync } from "node:zlib";
import { hydrateIslands, twoFrames } from "./settle.mjs";

/**
 * Loads `url` in `target` (a page, reused, or a browser context, in a new page closed after), shows each island (so
 * client:visible ones load), and sums gzip bytes by type once every request has ended. A reused page counts what a
 * new page of the same context does: files served from the context's cache still fire a response with their body.
 */
export async function pageWeight(target, url) {
  const page = "goto" in target ? target : await target.newPage();
  const bodies = [];
  let pending = 0;
  const onRequest = () => pending++;
  const onEnd = () => pending--;
  const onResponse = (res) => {
    const type = res.request().resourceType();
    bodies.push(
      res
        .body()
        .then((b) => ({ type, url: res.url(), bytes: gzipSync(b).length }))
        .catch(() => null),
    );
  };
  page.on("request", onRequest);
  page.on("requestfinished", onEnd);
  page.on("requestfailed", onEnd);
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "load" });
  if (!(await hydrateIslands(page))) throw new Error(`${url}: an island did not hydrate`);
  // Settled: no request in flight after two rendering updates (what hydration started, such as lazy chunks, is in).
  await twoFrames(page);
  while (pending > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await twoFrames(page);
  }
  const items = (await Promise.all(bodies)).filter(Boolean);
  page.off("response", onResponse);
  page.off("request", onRequest);
  page.off("requestfinished", onEnd);
  page.off("requestfailed", onEnd);
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
