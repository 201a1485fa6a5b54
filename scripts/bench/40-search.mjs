/** Search: quality of default Pagefind vs the question search (same index), header-box latency and bytes to first results. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { DIST, launchBrowser, startSite } from "../../tests/e2e/harness.mjs";
import { evaluate, loadQuestions, rankers } from "../../tests/search/eval.mjs";

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** Success@1, MRR@10 and zero-result rate of both searches over the evaluation questions. */
async function quality(questions) {
  const r = await rankers();
  const rows = [
    ["Pagefind 既定 (そのままの質問文)", await evaluate(questions, r.pagefindDefault)],
    ["質問検索 (src/lib/search)", await evaluate(questions, r.questionSearch)],
  ];
  console.log(`questions: ${questions.length}`);
  console.log("| search | Success@1 | MRR@10 | zero-result |\n| --- | --- | --- | --- |");
  for (const [name, m] of rows)
    console.log(`| ${name} | ${pct(m.success1)} | ${m.mrr10.toFixed(3)} | ${pct(m.zeroRate)} |`);
}

/** Types each question into the header box one character at a time; time from the input event to rendered results. */
async function latency(browser, siteUrl, questions) {
  const page = await browser.newPage();
  await page.goto(new URL("room/rewards/", siteUrl).href, { waitUntil: "networkidle" });
  const box = page.locator("#site-search-q");
  await box.focus();
  // Warm-up: load Pagefind, the wasm and the index chunks once.
  await box.fill("報酬");
  await page.waitForSelector("#site-search-list:not([hidden])");
  // Each keystroke starts from an idle box (the previous keystroke's full search has finished), as when typing
  // at a person's pace; "first" is the quick pass on screen, "full" the list after the synonym search.
  const { first, full } = await page.evaluate(async (qs) => {
    const input = document.getElementById("site-search-q");
    const wait = (type, value) =>
      new Promise((resolve) => {
        const on = (e) => {
          if (e.detail.query === value.trim()) {
            document.removeEventListener(type, on);
            resolve();
          }
        };
        document.addEventListener(type, on);
        setTimeout(resolve, 3000);
      });
    const paint = () => new Promise((r) => requestAnimationFrame(() => r()));
    const first = [];
    const full = [];
    for (const q of qs) {
      for (let i = 1; i <= q.length; i++) {
        const value = q.slice(0, i);
        const shown = wait("site-search:results", value);
        const settled = wait("site-search:settled", value);
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await shown;
        await paint();
        first.push(performance.now() - t0);
        await settled;
        await paint();
        full.push(performance.now() - t0);
      }
    }
    return { first, full };
  }, questions);
  await page.close();
  const fmt = (xs) => `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
  console.log(
    `header box, keystroke to first results (warm, ${first.length} keystrokes): ${fmt(first)} (budget p95 100 ms)`,
  );
  console.log(`header box, keystroke to full results with synonyms: ${fmt(full)}`);
}

/** Compressed size of a served file (Pagefind's own files are already gzip'd; JS/JSON/HTML would be gzip'd by the host). */
function compressedSize(url, siteUrl) {
  const path = decodeURIComponent(new URL(url).pathname.replace(new URL(siteUrl).pathname, "/"));
  const file = `${DIST}${path.endsWith("/") ? `${path}index.html` : path}`;
  if (!existsSync(file)) return 0;
  const body = readFileSync(file);
  return Math.min(body.length, gzipSync(body).length);
}

/**
 * Bytes fetched after the first interaction with the header box until the first results show (cold cache),
 * typing one character at a time, and pasting a whole question.
 */
async function bytesToFirstResults(browser, siteUrl, question) {
  for (const mode of ["typed", "pasted"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("room/rewards/", siteUrl).href, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      performance.clearResourceTimings();
      window.__start = performance.now();
      for (const type of ["site-search:results", "site-search:settled"])
        document.addEventListener(type, (e) => {
          if (e.detail.count > 0) window.__first ??= performance.now();
        });
    });
    await page.locator("#site-search-q").focus();
    if (mode === "typed") await page.keyboard.type(question, { delay: 80 });
    else await page.locator("#site-search-q").fill(question);
    await page.waitForFunction(() => window.__first !== undefined);
    const urls = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime >= window.__start && e.responseEnd <= window.__first)
        .map((e) => e.name),
    );
    const bytes = urls.reduce((a, u) => a + compressedSize(u, siteUrl), 0);
    console.log(
      `bytes until the first results show (quick pass; ${mode === "typed" ? "typing" : "pasting"} 「${question}」): ${(bytes / 1024).toFixed(1)} KB compressed, ${urls.length} requests (budget 200 KB)`,
    );
    await context.close();
  }
}

export default async function searchBench() {
  if (!existsSync(`${DIST}/pagefind/pagefind.js`)) execFileSync("astro", ["build"], { stdio: "ignore" });
  const questions = loadQuestions();
  console.log("evaluation set (gated in npm test): tests/search/questions.json");
  await quality(questions);
  const unseen = loadQuestions(new URL("../../tests/search/questions-unseen.json", import.meta.url));
  for (const batch of [...new Set(unseen.map((x) => x.batch))].sort()) {
    console.log(`held-out questions (not gated; README says which batches were looked at): batch ${batch}`);
    await quality(unseen.filter((x) => x.batch === batch));
  }
  console.log("held-out questions (not gated), tests/search/questions-unseen.json, all batches");
  await quality(unseen);
  const site = await startSite();
  const browser = await launchBrowser();
  try {
    await latency(
      browser,
      site.url,
      questions.slice(0, 20).map((x) => x.q),
    );
    await bytesToFirstResults(browser, site.url, "クーポンの有効期限は何日?");
  } finally {
    await browser.close();
    site.server.close();
  }
}
