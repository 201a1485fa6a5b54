/**
 * `npm test`: static checks and unit tests side by side with the build, then the tests on the built site in parallel.
 * Each step's output is printed whole when it ends, so parallel steps do not interleave.
 */
import { spawn } from "node:child_process";
import { globSync } from "node:fs";
import { availableParallelism } from "node:os";

/** Tests that run against the built site (browser, links, search quality); Lighthouse runs in test:lighthouse. */
const builtSiteTests = globSync("tests/{e2e,search}/**/*.test.mjs").sort();
/** The longest files start first, so the run does not end waiting on one of them (order of the last measured run). */
const longestFirst = [
  "calc-contract",
  "calc-share-links",
  "fuzz",
  "calc-crm-timeline",
  "site",
  "subpath",
  "budgets",
  "csp",
  "calc-defects",
  "calc-reward",
  "search",
  "offline",
];
const rank = (file) => longestFirst.findIndex((name) => file.endsWith(`/${name}.test.mjs`)) + 1 || 99;
builtSiteTests.sort((a, b) => rank(a) - rank(b));
/** Test files at once: they share one server and Chromium; one more than the cores keeps them busy during waits. */
const concurrency = String(Number(process.env.TEST_CONCURRENCY) || availableParallelism() + 1);

/** Steps of one stage run at the same time (a step that is a list runs its parts in order); stages run in order. */
const stages = [
  [
    ["書式 (prettier)", "prettier", ["--check", "--log-level", "warn", "."]],
    ["lint (eslint)", "eslint", ["."]],
    ["独自性 (seed との重複)", "node", ["scripts/originality.mjs"]],
    ["表記 (textlint + prh)", "textlint", ["src/content/**/*.mdx"]],
    ["単体テスト (vitest)", "vitest", ["run"]],
    // One after the other: both write Astro's generated types and content store in .astro/.
    [
      ["型チェック (astro check)", "astro", ["check"]],
      ["ビルド", "astro", ["build"]],
    ],
  ],
  [
    [
      "ブラウザ・ビルド済みサイトのテスト",
      "node",
      [
        "--test",
        `--test-concurrency=${concurrency}`,
        // One site server and one Chromium for all the files (tests/e2e/global-setup.mjs).
        "--test-global-setup=tests/e2e/global-setup.mjs",
        // The usual report, then each file's time (scripts/file-times-reporter.mjs).
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=./scripts/file-times-reporter.mjs",
        "--test-reporter-destination=stdout",
        ...builtSiteTests,
      ],
    ],
  ],
];

/** Runs one step, buffering its output; resolves to { label, code, output, seconds }. */
function run([label, cmd, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { shell: false, env: { ...process.env, FORCE_COLOR: "0" } });
    const chunks = [];
    child.stdout.on("data", (d) => chunks.push(d));
    child.stderr.on("data", (d) => chunks.push(d));
    child.on("close", (code) =>
      resolve({
        label,
        cmd,
        args,
        code,
        output: Buffer.concat(chunks).toString(),
        seconds: (Date.now() - started) / 1000,
      }),
    );
    child.on("error", (e) => resolve({ label, cmd, args, code: 1, output: String(e), seconds: 0 }));
  });
}

/** Runs a step, or the parts of a sequence until one fails, printing each as it ends; resolves to the results. */
async function runStep(step) {
  const parts = Array.isArray(step[0]) ? step : [step];
  const results = [];
  for (const part of parts) {
    const r = await run(part);
    console.log(`\n=== ${r.label} ===\n${r.output.trimEnd()}\n--- ${r.label}: ${r.seconds.toFixed(1)}s`);
    results.push(r);
    if (r.code !== 0) break;
  }
  return results;
}

const started = Date.now();
for (const stage of stages) {
  const results = (await Promise.all(stage.map(runStep))).flat();
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) {
    for (const r of failed) console.error(`\n失敗: ${r.label} (${r.cmd} ${r.args.join(" ")})`);
    process.exit(failed[0].code ?? 1);
  }
}
console.log(`\nすべて成功 (${((Date.now() - started) / 1000).toFixed(0)}s)`);
