/**
 * Calculator pages: the JS each ships (gzip) split into React's runtime, the calculator's own code and the site chrome
 * (budget: React + at most 15 KB of own code), and input-to-output latency in Chromium.
 */
import { cpus, loadavg } from "node:os";
import { launchBrowser } from "../../tests/e2e/harness.mjs";
import { openHydrated } from "../../tests/e2e/calc-helpers.mjs";
import { serveStatic } from "../static-server.mjs";
import { pageWeight } from "../page-weight.mjs";
import { buildWithSourceMaps, MAPPED_DIST, splitScripts } from "./lib/js-split.mjs";
import { measureLatency, percentile } from "./lib/latency.mjs";
import { existsSync } from "node:fs";

/** gzip bytes of its own code a calculator page may ship besides React's runtime. */
export const OWN_CODE_BUDGET = 15 * 1024;
const FRAME_MS = 16;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(2)} ms`;

/** Every calculator page, with the field and output timed for latency (the coupon page only once it exists). */
const TOOLS = [
  { path: "tools/reward/", input: "fieldset[data-line='1'] input[inputmode=numeric]", output: "total" },
  { path: "tools/rank-bonus/", input: "input[inputmode=numeric]", output: "total-S" },
  { path: "tools/coupon/", input: "input[name=aov]", output: "profit-base" },
  { path: "tools/crm-timeline/?order=2026-12-30", input: "input[name=transit]", output: "arrival" },
];

/** One table row per calculator page: total JS and its split. */
export async function printJsSplit(context, site) {
  console.log(
    "| page | JS gz | React runtime | calculator code | site chrome | bundler glue | own code ≤ 15 KB |\n| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const { path } of TOOLS) {
    if (!existsSync(`${MAPPED_DIST}/${path.split("?")[0]}index.html`)) continue;
    const w = await pageWeight(context, new URL(path, site.url).href);
    const s = splitScripts(w.items);
    const own = s.calculator + s.bundler;
    console.log(
      `| /${path.split("?")[0]} | ${kb(w.js)} | ${kb(s.react)} | ${kb(s.calculator)} | ${kb(s.site)} | ${kb(s.bundler)} | ${own <= OWN_CODE_BUDGET ? "ok" : "OVER"} (${kb(own)}; with chrome ${kb(w.js - s.react)}) |`,
    );
  }
}

export default async function calculatorsBench() {
  buildWithSourceMaps({ force: true });
  const site = await serveStatic({ dir: MAPPED_DIST, base: process.env.SITE_BASE || "/" });
  const browser = await launchBrowser();
  const context = await browser.newContext();

  await printJsSplit(context, site);
  console.log(
    "(calculator code = src/components/calculators and the pure cores in src/lib it imports; site chrome = search, lesson progress and Starlight scripts every page loads; gzip shared out by source-map bytes)",
  );

  const load = loadavg()[0].toFixed(1);
  console.log(
    `\ninput -> outputs, 200 runs each (Chromium headless; load ${load} on ${cpus().length} CPUs):`,
  );
  const cart = (extra) =>
    Array.from(
      { length: extra },
      (_, i) => `${["food", "pc", "kitchen"][i % 3]}.${1000 + i * 37}.${1 + (i % 3)}`,
    );
  const cases = [
    ...[0, 49].map((extra) => ({
      label: `reward, ${extra + 1}-line cart`,
      path: `tools/reward/${extra ? `?cart=${cart(extra).join("_")}` : ""}`,
      input: TOOLS[0].input,
      output: "total",
      values: ["10000", "15000", "20000", "25000"],
    })),
    {
      label: "rank-bonus",
      path: "tools/rank-bonus/",
      input: TOOLS[1].input,
      output: "total-S",
      values: ["450000", "600001", "750002", "900003"],
    },
    {
      label: "coupon",
      path: "tools/coupon/",
      input: TOOLS[2].input,
      output: "profit-base",
      values: ["4500", "5001", "3999", "4200"],
    },
  ];
  for (const c of cases) {
    if (!existsSync(`${MAPPED_DIST}/${c.path.split("?")[0]}index.html`)) continue;
    const { page } = await openHydrated(context, new URL(c.path, site.url).href);
    const { dom, frame } = await measureLatency(page, {
      inputSelector: c.input,
      outputSelector: `output[name='${c.output}']`,
      values: c.values,
    });
    console.log(
      `  ${c.label.padEnd(22)} outputs updated p50 ${ms(percentile(dom, 50))}, p95 ${ms(percentile(dom, 95))};` +
        ` to next frame p50 ${ms(percentile(frame, 50))}, p95 ${ms(percentile(frame, 95))}` +
        ` (budget ${FRAME_MS} ms at p95: ${percentile(dom, 95) <= FRAME_MS ? "ok" : "OVER"})`,
    );
    await page.close();
  }
  await browser.close();
  site.server.close();
}
