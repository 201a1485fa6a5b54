/** `npm test`: format and lint checks, astro check, unit tests, the build, then the tests on the built site. */
import { spawnSync } from "node:child_process";
import { globSync } from "node:fs";

/** Tests that run against the built site (browser, links, search quality). */
const builtSiteTests = globSync("tests/{e2e,search}/**/*.test.mjs").sort();

const steps = [
  ["書式 (prettier)", "prettier", ["--check", "--log-level", "warn", "."]],
  ["lint (eslint)", "eslint", ["."]],
  ["型チェック (astro check)", "astro", ["check"]],
  ["独自性 (seed との重複)", "node", ["scripts/originality.mjs"]],
  ["単体テスト (vitest)", "vitest", ["run"]],
  ["ビルド", "astro", ["build"]],
  ["ブラウザ・ビルド済みサイトのテスト", "node", ["--test", "--test-concurrency=1", ...builtSiteTests]],
];

for (const [label, cmd, args] of steps) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: false });
  console.log(`--- ${label}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  if (r.status !== 0) {
    console.error(`\n失敗: ${label} (${cmd} ${args.join(" ")})`);
    process.exit(r.status ?? 1);
  }
}
