/**
 * `npm test`: the build first, then the tests on the built site at once; static checks and unit tests run beside both
 * at a lower priority. Each step's output is printed whole when it ends, so parallel steps do not interleave.
 */
import { spawn } from "node:child_process";
import { globSync } from "node:fs";
import { availableParallelism, setPriority } from "node:os";

/** Niceness of the steps that fill spare CPU (0 is normal, 19 the lowest). */
const LOW_PRIORITY = 10;

/** Tests that run against the built site (browser, links, search quality); Lighthouse runs in test:lighthouse. */
const builtSiteTests = globSync("tests/{e2e,search}/**/*.test.mjs").sort();
/** The longest files start first, so the run does not end waiting on one of them (order of the last measured run). */
const longestFirst = [
  "eval",
  "search",
  "site",
  "calc-contract",
  "calc-crm-timeline",
  "offline",
  "calc-share-links",
  "calc-defects",
  "budgets",
  "calc-reward",
  "calc-coupon",
  "fuzz",
  "storage-blocked",
  "csp",
  "progress-record",
  "phone",
];
const rank = (file) => longestFirst.findIndex((name) => file.endsWith(`/${name}.test.mjs`)) + 1 || 99;
builtSiteTests.sort((a, b) => rank(a) - rank(b));
/** Test files at once: they share one server and Chromium; one more than the cores keeps them busy during waits. */
const concurrency = String(Number(process.env.TEST_CONCURRENCY) || availableParallelism() + 1);

/** The browser and built-site tests: one node --test run over every file. */
const browserTests = [
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
  // The sub-path builds are done: subpath.test.mjs checks them instead of building.
  { E2E_SUBPATH_BUILT: "1" },
];

/**
 * Checks that need neither the build nor each other. They run beside the build and the browser tests at a lower CPU
 * priority: the browser tests are the longest path, and these fill the time the browser waits.
 */
const independent = [
  ["書式 (prettier)", "prettier", ["--check", "--log-level", "warn", "."]],
  ["lint (eslint)", "eslint", ["."]],
  ["独自性 (seed との重複)", "node", ["scripts/originality.mjs"]],
  ["表記 (textlint + prh)", "textlint", ["src/content/**/*.mdx"]],
  ["単体テスト (vitest)", "vitest", ["run"]],
];
/**
 * The builds, one after the other (each writes Astro's .astro/ folder): the site, then the sub-path builds that
 * tests/e2e/subpath.test.mjs link-checks. After them: the browser tests, and astro check (it writes .astro/ too).
 */
const builds = [
  ["ビルド", "astro", ["build"]],
  ["サブパスのビルド (SITE_BASE=/room/, /guide/)", "node", ["tests/e2e/subpath-build.mjs"]],
];
const typeCheck = ["型チェック (astro check)", "astro", ["check"]];

/** Runs one step, buffering its output; resolves to { label, code, output, seconds }. */
function run([label, cmd, args, env = {}], { nice = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { shell: false, env: { ...process.env, FORCE_COLOR: "0", ...env } });
    if (nice && child.pid) setPriority(child.pid, LOW_PRIORITY);
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

/** Runs a step and prints its whole output when it ends; resolves to its result. */
async function runStep(step, options) {
  const r = await run(step, options);
  console.log(`\n=== ${r.label} ===\n${r.output.trimEnd()}\n--- ${r.label}: ${r.seconds.toFixed(1)}s`);
  return r;
}

const started = Date.now();
const checks = Promise.all(independent.map((step) => runStep(step, { nice: true })));
const built = [];
for (const step of builds) {
  built.push(await runStep(step));
  if (built.at(-1).code !== 0) break;
}
const results = [
  ...built,
  ...(built.every((r) => r.code === 0)
    ? await Promise.all([runStep(browserTests), runStep(typeCheck, { nice: true })])
    : []),
  ...(await checks),
];
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) console.error(`\n失敗: ${r.label} (${r.cmd} ${r.args.join(" ")})`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failed.length) process.exit(failed[0].code ?? 1);
console.log(`\nすべて成功 (${seconds}s)`);
