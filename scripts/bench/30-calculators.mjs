/**
 * Calculator pages: the JS each ships (gzip) split into React's runtime, the calculator's own code and the site chrome
 * (budget: React + at most 15 KB of own code), and input-to-output latency in Chromium.
 * BENCH_BASELINE=<dir of an earlier source-mapped build> measures it too, in the same run and interleaved, so a
 * before/after comparison sees the same machine load.
 */
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { launchBrowser } from "../../tests/e2e/harness.mjs";
import { openHydrated } from "../../tests/e2e/calc-helpers.mjs";
import { serveStatic } from "../static-server.mjs";
import { pageWeight } from "../page-weight.mjs";
import { buildWithSourceMaps, MAPPED_DIST, scriptFiles, splitScripts } from "./lib/js-split.mjs";
import { measureLatency, percentile } from "./lib/latency.mjs";

/** gzip bytes of its own code a calculator page may ship besides React's runtime. */
export const OWN_CODE_BUDGET = 15 * 1024;
const FRAME_MS = 16;
/** Edits per measurement round; each build gets ROUNDS rounds, alternating with the baseline. */
const RUNS = 100;
const ROUNDS = 2;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(2)} ms`;

/** A lesson without a calculator: what it loads is the site chrome every page has. */
const CHROME_PAGE = "room/about/";

/** Calculator pages (the coupon page only once it exists). */
const PAGES = ["tools/reward/", "tools/rank-bonus/", "tools/coupon/", "tools/crm-timeline/"];

const cart = (extra) =>
  Array.from(
    { length: extra },
    (_, i) => `${["food", "pc", "kitchen"][i % 3]}.${1000 + i * 37}.${1 + (i % 3)}`,
  );
/** Latency cases: the field typed into, the output that must change, values that change it every time. */
const CASES = [
  ...[0, 49].map((extra) => ({
    label: `reward, ${extra + 1}-line cart`,
    path: `tools/reward/${extra ? `?cart=${cart(extra).join("_")}` : ""}`,
    input: "fieldset[data-line='1'] input[inputmode=numeric]",
    output: "total",
    values: ["10000", "15000", "20000", "25000"],
  })),
  {
    label: "rank-bonus",
    path: "tools/rank-bonus/",
    input: "input[inputmode=numeric]",
    output: "total-S",
    values: ["450000", "600001", "750002", "900003"],
  },
  {
    label: "coupon",
    path: "tools/coupon/",
    input: "input[name=aov]",
    output: "profit-base",
    values: ["4500", "5001", "3999", "4200"],
  },
];

/** One table row per calculator page of one build: total JS and its split. */
async function printJsSplit(context, build) {
  const chrome = scriptFiles((await pageWeight(context, new URL(CHROME_PAGE, build.site.url).href)).items);
  for (const path of PAGES) {
    if (!existsSync(`${build.dir}/${path}index.html`)) continue;
    const w = await pageWeight(context, new URL(path, build.site.url).href);
    const s = splitScripts(w.items, chrome, build.dir);
    const own = s.calculator + s.bundler;
    console.log(
      `| ${build.name} | /${path} | ${kb(w.js)} | ${kb(s.react)} | ${kb(s.calculator)} | ${kb(s.bundler)} | ${kb(s.site)} | ${kb(own)} ${own <= OWN_CODE_BUDGET ? "ok" : "OVER"} |`,
    );
  }
}

export default async function calculatorsBench() {
  buildWithSourceMaps({ force: true });
  const base = process.env.SITE_BASE || "/";
  const builds = [{ name: "now", dir: MAPPED_DIST }];
  if (process.env.BENCH_BASELINE) builds.unshift({ name: "baseline", dir: process.env.BENCH_BASELINE });
  for (const b of builds) b.site = await serveStatic({ dir: b.dir, base });
  const browser = await launchBrowser();
  const context = await browser.newContext();

  console.log(
    "| build | page | JS gz | React runtime | calculator code | bundler glue | site chrome | own code (budget 15 KB) |\n| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const b of builds) await printJsSplit(context, b);
  console.log(
    `(site chrome = the scripts /${CHROME_PAGE} loads too: search, lesson progress, the bundler's preload helper; calculator code = src/components/calculators and the cores in src/lib they import; bundler glue = chunk bytes no source maps to; own code = calculator code + glue; each calculator chunk's gzip shared out by source-map bytes)`,
  );

  console.log(
    `\ninput -> outputs, ${RUNS * ROUNDS} edits per build (${ROUNDS} alternating rounds; Chromium headless; load ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs):`,
  );
  for (const c of CASES) {
    const times = new Map(builds.map((b) => [b.name, { dom: [], frame: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const b of builds) {
        if (!existsSync(`${b.dir}/${c.path.split("?")[0]}index.html`)) continue;
        const { page } = await openHydrated(context, new URL(c.path, b.site.url).href);
        const r = await measureLatency(page, {
          inputSelector: c.input,
          outputSelector: `output[name='${c.output}']`,
          values: c.values,
          runs: RUNS,
        });
        times.get(b.name).dom.push(...r.dom);
        times.get(b.name).frame.push(...r.frame);
        await page.close();
      }
    }
    for (const [name, { dom, frame }] of times) {
      if (!dom.length) continue;
      console.log(
        `  ${`${c.label} (${name})`.padEnd(34)} outputs updated p50 ${ms(percentile(dom, 50))}, p95 ${ms(percentile(dom, 95))};` +
          ` to next frame p50 ${ms(percentile(frame, 50))}, p95 ${ms(percentile(frame, 95))}` +
          ` (${FRAME_MS} ms at p95: ${percentile(dom, 95) <= FRAME_MS ? "ok" : "OVER"})`,
      );
    }
  }
  await browser.close();
  for (const b of builds) b.site.server.close();
}
