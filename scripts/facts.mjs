/**
 * `npm run facts`: every fact by the age of its as-of date (oldest first), then each guide's last-verified date.
 * Exits 1 when an official fact is older than 12 months. `--today=YYYY-MM-DD` sets the day to measure from.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";

/** Imports a TypeScript module by bundling it (the same data the site builds from). */
async function importTs(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
}

/** Today's calendar date in Japan, or the --today argument. */
function today() {
  const arg = process.argv.find((a) => a.startsWith("--today="))?.slice("--today=".length);
  if (arg) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(arg)) throw new Error(`--today は YYYY-MM-DD で指定してください: ${arg}`);
    return arg;
  }
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
}

/** Every .mdx page under src/content/docs with its frontmatter `verified` date (or null). */
function pagesVerified(dir = "src/content/docs") {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".mdx")) {
        const front = readFileSync(p, "utf8").split(/^---$/m)[1] ?? "";
        out.push({
          page: relative(dir, p),
          verified: front.match(/^verified:\s*"?(\d{4}-\d{2}-\d{2})"?/m)?.[1] ?? null,
        });
      }
    }
  };
  walk(dir);
  return out;
}

const day = today();
const facts = await importTs("src/lib/facts/index.ts");
const { collectFacts, freshnessReport, OFFICIAL_MAX_AGE_MONTHS, ageInDays } = await importTs(
  "src/lib/facts/freshness.ts",
);
const rows = freshnessReport(collectFacts(facts), day);
const mark = { official: "公式", reported: "非公式", editorial: "編集部" };

console.log(`事実の一覧(確認日が古い順、基準日 ${day})`);
console.log("経過日数  確認日       区分    事実");
for (const r of rows) {
  const flags = [
    r.stale ? `要再確認: 公式の事実が${OFFICIAL_MAX_AGE_MONTHS}か月より古い` : "",
    r.unlinked ? `リンクできない出典 ${r.unlinked}件` : "",
  ]
    .filter(Boolean)
    .join("、");
  console.log(
    `${String(r.days).padStart(6)}日  ${r.asOf}  ${mark[r.status].padEnd(4, " ")}  ${r.label} (${r.path})${flags ? `  ← ${flags}` : ""}`,
  );
}

console.log(`\nページの最終確認日(古い順)`);
const pages = pagesVerified().sort((a, b) => (a.verified ?? "").localeCompare(b.verified ?? ""));
for (const p of pages)
  console.log(
    p.verified
      ? `${String(ageInDays(p.verified, day)).padStart(6)}日  ${p.verified}  ${p.page}`
      : `     —  (なし)      ${p.page}`,
  );

const stale = rows.filter((r) => r.stale);
const counts = Object.entries(mark).map(([k, v]) => `${v} ${rows.filter((r) => r.status === k).length}件`);
console.log(`\n事実 ${rows.length}件(${counts.join("、")})`);
if (stale.length) {
  console.error(
    `公式の事実のうち ${stale.length}件が${OFFICIAL_MAX_AGE_MONTHS}か月以上前に確認したままです。出典を読み直して asOf を更新してください。`,
  );
  process.exit(1);
}
console.log(`公式の事実はすべて${OFFICIAL_MAX_AGE_MONTHS}か月以内に確認済みです。`);
