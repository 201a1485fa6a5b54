/**
 * CRM timeline page: JS it ships (gzip, split, with the biggest scripts) and input-to-output latency in Chromium.
 * BENCH_BASELINE=<dir of an earlier source-mapped build> measures it too, interleaved, in the same run.
 */
import { launchBrowser } from "../../tests/e2e/harness.mjs";
import { serveStatic } from "../static-server.mjs";
import { pageWeight } from "../page-weight.mjs";
import { buildWithSourceMaps, MAPPED_DIST, scriptFiles, splitScripts } from "./lib/js-split.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** Edits per round; each build gets ROUNDS rounds, alternating with the baseline. */
const EDITS = 30;
const ROUNDS = 2;
const PATH = "tools/crm-timeline/?order=2026-12-30&holidays=2026-12-29..2027-01-04";

/** Time from the input event to the arrival output showing the new date, measured inside the page. */
async function editTimes(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('output[name="ship"]').waitFor();
  const field = page.getByLabel("配送日数");
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    times.push(
      await field.evaluate(
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
        String((i % 9) + 1),
      ),
    );
  }
  await page.close();
  return times;
}

export default async function crmTimelineBench() {
  buildWithSourceMaps();
  const base = process.env.SITE_BASE || "/";
  const builds = [{ name: "now", dir: MAPPED_DIST }];
  if (process.env.BENCH_BASELINE) builds.unshift({ name: "baseline", dir: process.env.BENCH_BASELINE });
  const browser = await launchBrowser();
  const context = await browser.newContext();
  for (const b of builds) {
    b.site = await serveStatic({ dir: b.dir, base });
    const w = await pageWeight(context, new URL(PATH, b.site.url).href);
    const chrome = scriptFiles((await pageWeight(context, new URL("room/about/", b.site.url).href)).items);
    const s = splitScripts(w.items, chrome, b.dir);
    console.log(`${b.name}: page weight (gzip): HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}`);
    console.log(
      `  JS split: React runtime ${kb(s.react)}, calculator code ${kb(s.calculator)}, bundler glue ${kb(s.bundler)} (own code ${kb(s.calculator + s.bundler)}), site chrome ${kb(s.site)}`,
    );
    for (const i of w.items
      .filter((x) => x.type === "script")
      .sort((a, c) => c.bytes - a.bytes)
      .slice(0, 5))
      console.log(`  ${kb(i.bytes)}  ${new URL(i.url).pathname}`);
  }

  const times = new Map(builds.map((b) => [b.name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const b of builds)
      times.get(b.name).push(...(await editTimes(context, new URL(PATH, b.site.url).href)));
  for (const [name, t] of times) {
    t.sort((a, b) => a - b);
    const pct = (p) => t[Math.min(t.length - 1, Math.floor((p / 100) * t.length))].toFixed(1);
    console.log(
      `${name}: input -> output latency over ${t.length} edits: median ${pct(50)} ms, p95 ${pct(95)} ms`,
    );
  }
  await browser.close();
  for (const b of builds) b.site.server.close();
}
