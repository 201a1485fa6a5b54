/**
 * Property-based fuzzing of every calculator's URL parameters in Chromium: hostile, random and extreme values must
 * never throw, open a dialog, inject markup, or break a result; a rejected value must be explained by a notice.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { PAYLOADS, valueArb } from "../fuzz-values.mjs";
import { DIST, launchBrowser, reusedTab, startSite, twoFrames } from "./harness.mjs";

/**
 * Random parameter sets per tool page. The parsing itself is fuzzed as pure functions, 300 sets per calculator
 * (tests/unit/url-state/hostile.property.test.ts); here a few sets show that the page wires the URL to it safely.
 */
const RUNS = Number(process.env.FUZZ_RUNS || 8);
/** Random runs on an embed page (see below). */
const EMBED_RUNS = Math.ceil(RUNS / 8);

/**
 * Tool pages in dist/tools/<name>/index.html, with the parameter names documented in their data-url-params table, and
 * their embed pages dist/embed/<name>/ (same parameters).
 */
function toolPages() {
  const dir = join(DIST, "tools");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const html = readFileSync(join(dir, d.name, "index.html"), "utf8");
      const table = html.match(/<table[^>]*data-url-params[^>]*>([\s\S]*?)<\/table>/)?.[1] ?? "";
      const names = [...table.matchAll(/<tr[^>]*>\s*<td[^>]*>\s*<code[^>]*>([^<]+)<\/code>/g)].map(
        (m) => m[1],
      );
      const embed = existsSync(join(DIST, "embed", d.name, "index.html"));
      return [{ path: `tools/${d.name}/`, names }, ...(embed ? [{ path: `embed/${d.name}/`, names }] : [])];
    });
}

describe("URL parameter fuzzing of every calculator", () => {
  const tools = toolPages();
  let site, browser, context;
  before(async () => {
    site = await startSite();
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    site?.server.close();
  });

  test("the site has calculators that document their URL parameters", () => {
    assert.ok(tools.length > 0, "no dist/tools/<name>/ pages");
    for (const name of ["reward", "rank-bonus", "crm-timeline", "coupon"]) {
      assert.ok(
        tools.some((t) => t.path === `tools/${name}/`),
        `no /tools/${name}/`,
      );
      assert.ok(
        tools.some((t) => t.path === `embed/${name}/`),
        `no /embed/${name}/`,
      );
    }
    for (const t of tools)
      assert.ok(t.names.length > 0, `${t.path}: no <table data-url-params> with <code> names`);
  });

  for (const tool of tools) {
    // Embed pages render the same island, reading the same parameters with the same code, as the tool page fuzzed
    // RUNS times above: they get a sample, one set with a markup payload in every documented parameter (fast-check's
    // examples run first) and EMBED_RUNS random sets, enough to show the embed page wires the URL to that code.
    const embed = tool.path.startsWith("embed/");
    const examples = embed
      ? [[Object.fromEntries(tool.names.map((name, i) => [name, PAYLOADS[i % PAYLOADS.length]]))]]
      : [];
    const runs = embed ? EMBED_RUNS : RUNS;
    test(`${tool.path}: ${examples.length ? "a payload in every parameter and " : ""}${runs} random parameter sets break nothing`, async () => {
      const page = await reusedTab(context);
      let events = [];
      page.on("pageerror", (e) => events.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") events.push(`console.error: ${m.text()}`);
      });
      page.on("dialog", (d) => {
        events.push(`dialog: ${d.message()}`);
        d.dismiss().catch(() => {});
      });
      const paramsArb = fc.dictionary(fc.constantFrom(...tool.names), valueArb, { minKeys: 1, maxKeys: 5 });
      await fc.assert(
        fc.asyncProperty(paramsArb, async (params) => {
          events = [];
          const url = new URL(tool.path, site.url);
          for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
          await page.goto(url.href, { waitUntil: "load" });
          await page.waitForFunction(
            () =>
              document.querySelector("[role=status].url-notices") &&
              !document.querySelector("astro-island[ssr]") &&
              document.querySelector(".calc[data-restored]"),
            null,
            { timeout: 10000 },
          );
          // Notices come from the URL after hydration: give each markup payload time to be answered, then a frame.
          const payloadParams = Object.entries(params)
            .filter(([, v]) => PAYLOADS.includes(v))
            .map(([k, v]) => [k, v]);
          await page
            .waitForFunction(
              (expected) =>
                expected.every(
                  ([k, v]) =>
                    document.querySelector(`[role=status].url-notices [data-param="${CSS.escape(k)}"]`) ||
                    [...document.querySelectorAll("input, textarea")].some((i) => i.value === v),
                ),
              payloadParams,
              { timeout: 5000 },
            )
            .catch(() => {});
          await twoFrames(page);
          const state = await page.evaluate(() => ({
            injected: document.querySelectorAll("[data-fuzz]").length,
            hit: "__fuzzHit" in window,
            outputs: [...document.querySelectorAll("output")].map((o) => ({
              name: o.getAttribute("name"),
              value: o.getAttribute("data-value"),
            })),
            noticeParams: [...document.querySelectorAll("[role=status].url-notices [data-param]")].map((li) =>
              li.getAttribute("data-param"),
            ),
            inputValues: [...document.querySelectorAll("input, textarea")].map((i) => i.value),
          }));
          const problems = [...events];
          if (state.injected) problems.push(`${state.injected} injected element(s) with data-fuzz`);
          if (state.hit) problems.push("a payload ran");
          if (state.outputs.length === 0) problems.push("no <output> at all");
          for (const o of state.outputs) {
            if (!o.name) problems.push("an <output> without a name");
            if (o.value === null || o.value === "" || /^(NaN|undefined|null|-?Infinity)$/.test(o.value))
              problems.push(`output ${o.name} has data-value=${JSON.stringify(o.value)}`);
          }
          // A markup payload is never a valid number, date or list here: it must be rejected with a notice,
          // unless a free-text field took it verbatim (and showed it as inert text).
          for (const [k, v] of Object.entries(params)) {
            const payloadOnly = PAYLOADS.includes(v);
            if (payloadOnly && !state.noticeParams.includes(k) && !state.inputValues.includes(v))
              problems.push(`no notice for rejected ${k}=${JSON.stringify(v)}`);
          }
          if (problems.length) throw new Error(`${url.search}\n  ${problems.join("\n  ")}`);
        }),
        { numRuns: runs, examples, endOnFailure: true },
      );
    });
  }
});
