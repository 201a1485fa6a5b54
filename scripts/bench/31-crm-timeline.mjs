/** CRM timeline page: JS it ships (gzip, split, with the biggest scripts) and input-to-output latency in Chromium. */
import { launchBrowser } from "../../tests/e2e/harness.mjs";
import { serveStatic } from "../static-server.mjs";
import { pageWeight } from "../page-weight.mjs";
import { buildWithSourceMaps, MAPPED_DIST, splitScripts } from "./lib/js-split.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ROUNDS = 30;

export default async function crmTimelineBench() {
  buildWithSourceMaps();
  const site = await serveStatic({ dir: MAPPED_DIST, base: process.env.SITE_BASE || "/" });
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const url = new URL("tools/crm-timeline/?order=2026-12-30&holidays=2026-12-29..2027-01-04", site.url).href;
  const w = await pageWeight(context, url);
  console.log(`page weight (gzip): HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}`);
  const s = splitScripts(w.items);
  console.log(
    `  JS split: React runtime ${kb(s.react)}, calculator code ${kb(s.calculator)}, site chrome ${kb(s.site)}, bundler glue ${kb(s.bundler)}`,
  );
  for (const i of w.items
    .filter((x) => x.type === "script")
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5)) {
    console.log(`  ${kb(i.bytes)}  ${new URL(i.url).pathname}`);
  }

  const page = await context.newPage();
  await page.goto(url);
  await page.locator('output[name="ship"]').waitFor();
  const field = page.getByLabel("配送日数");
  // Time from the input event to the arrival output showing the new date, measured inside the page.
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    const transit = String((i % 9) + 1);
    const ms = await field.evaluate(
      (el, value) =>
        new Promise((resolve) => {
          const out = document.querySelector('output[name="arrival"]');
          const before = out.dataset.value;
          const started = performance.now();
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
          setter.call(el, value);
          el.dispatchEvent(new Event("input", { bubbles: true }));
          const check = () => {
            if (out.dataset.value !== before) resolve(performance.now() - started);
            else requestAnimationFrame(check);
          };
          check();
        }),
      transit,
    );
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  console.log(`input -> output latency over ${ROUNDS} edits: median ${pct(50)} ms, p95 ${pct(95)} ms`);
  await browser.close();
  site.server.close();
}
