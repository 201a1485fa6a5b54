/** Calculator pages: JS each ships (gzip, budget 80 KB) and input-to-output latency with a 50-line cart (budget 16 ms). */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { DIST, launchBrowser, startSite } from "../../tests/e2e/harness.mjs";
import { openHydrated } from "../../tests/e2e/calc-helpers.mjs";
import { pageWeight } from "../page-weight.mjs";

const JS_BUDGET = 80 * 1024;
const FRAME_MS = 16;
const RUNS = 200;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** In the page: sets the first price field RUNS times, timing until `total` changes and until the next frame. */
function measureInPage(runs) {
  const input = document.querySelector("fieldset[data-line='1'] input[inputmode=numeric]");
  const total = document.querySelector("output[name=total]");
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const dom = [];
  const frame = [];
  return new Promise((resolve) => {
    let i = 0;
    const step = () => {
      if (i >= runs) return resolve({ dom, frame });
      const before = total.dataset.value;
      const t0 = performance.now();
      setValue.call(input, String(10000 + (i % 2) * 5000 + i));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const check = () => {
        if (total.dataset.value !== before) {
          dom.push(performance.now() - t0);
          requestAnimationFrame(() => {
            frame.push(performance.now() - t0);
            i++;
            setTimeout(step, 0);
          });
        } else queueMicrotask(check);
      };
      check();
    };
    step();
  });
}

export default async function calculatorsBench() {
  if (!existsSync(`${DIST}/tools/reward/index.html`)) execFileSync("astro", ["build"], { stdio: "ignore" });
  const site = await startSite();
  const browser = await launchBrowser();
  const context = await browser.newContext();

  console.log("| page | JS gz | budget 80 KB |\n| --- | --- | --- |");
  for (const path of ["tools/reward/", "tools/rank-bonus/"]) {
    const w = await pageWeight(context, new URL(path, site.url).href);
    console.log(`| /${path} | ${kb(w.js)} | ${w.js <= JS_BUDGET ? "ok" : "OVER"} |`);
  }

  const f = (x) => `${x.toFixed(2)} ms`;
  const load = loadavg()[0].toFixed(1);
  console.log(
    `\ninput -> outputs, ${RUNS} runs each (Chromium headless; load ${load} on ${cpus().length} CPUs):`,
  );
  // The 1-line cart is the baseline: the difference to 50 lines is what the cart size costs.
  for (const extra of [0, 49]) {
    const cart = Array.from(
      { length: extra },
      (_, i) => `${["food", "pc", "kitchen"][i % 3]}.${1000 + i * 37}.${1 + (i % 3)}`,
    );
    const query = extra ? `?cart=${cart.join("_")}` : "";
    const { page } = await openHydrated(context, new URL(`tools/reward/${query}`, site.url).href);
    const lines = await page.locator("fieldset[data-line]").count();
    await page.evaluate(measureInPage, 20); // warm-up
    const { dom, frame } = await page.evaluate(measureInPage, RUNS);
    console.log(
      `  ${String(lines).padStart(2)}-line cart: outputs updated p50 ${f(pct(dom, 50))}, p95 ${f(pct(dom, 95))};` +
        ` to next frame p50 ${f(pct(frame, 50))}, p95 ${f(pct(frame, 95))}` +
        ` (budget ${FRAME_MS} ms for the update at p95: ${pct(dom, 95) <= FRAME_MS ? "ok" : "OVER"})`,
    );
    await page.close();
  }
  await browser.close();
  site.server.close();
}
