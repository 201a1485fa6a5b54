/** Build scaling: builds a copy of the project with 1,000 generated guide pages and compares it with the real site. */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(".");
const WORK = join(ROOT, ".bench", "scaling");
const PAGES = Number(process.env.BENCH_PAGES || 1000);
const SKIP = new Set(["node_modules", "dist", ".bench", ".git", ".astro"]);

/** Total bytes and file count under a directory. */
function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = sizeOf(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Deterministic pseudo-random generator (mulberry32), so every run builds the same pages. */
function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "出店者 支援会社 担当者 商品ページ 紹介 報酬 ランク 条件 期間 購入 注文 発送 到着 レビュー 依頼 メール " +
  "クーポン 配布 利用 日程 計算 確認 手順 準備 予約 配信 対象 顧客 再購入 在庫 写真 説明 価格 送料 " +
  "ポイント 合計 月間 集計 上位 比較 結果 注意 例外 締め日 営業日 休業日 祝日 週末 セール 開始 終了"
).split(" ");

/** One generated guide page: headings, paragraphs, a list and a table, in the shape of a real lesson. */
function guidePage(i) {
  const r = rng(i + 1);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = () => `${pick()}の${pick()}は${pick()}と${pick()}を${pick()}してから${pick()}します。`;
  const para = () => Array.from({ length: 4 + Math.floor(r() * 4) }, sentence).join("");
  const sections = Array.from(
    { length: 4 },
    (_, s) =>
      `## ${pick()}と${pick()} ${s + 1}\n\n${para()}\n\n${para()}\n\n` +
      `- ${pick()}の${pick()}\n- ${pick()}の${pick()}\n- ${pick()}の${pick()}\n\n` +
      `| 項目 | 内容 |\n| --- | --- |\n| ${pick()} | ${sentence()} |\n| ${pick()} | ${sentence()} |\n`,
  );
  return `---\ntitle: 生成ページ ${i} ${pick()}の${pick()}\nkind: lesson\ndescription: 規模の計測用に生成した ${i} 番目のページです。${sentence()}\n---\n\n${sections.join("\n")}`;
}

/** Runs astro build in `cwd` writing to `outDir`; returns seconds. */
function timedBuild(cwd, outDir) {
  const started = performance.now();
  execFileSync("astro", ["build"], { cwd, stdio: "ignore", env: { ...process.env, OUT_DIR: outDir } });
  return (performance.now() - started) / 1000;
}

export default async function scalingBench() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(WORK, name), { recursive: true });
  }
  // Link each installed package, but keep Astro's and Vite's caches (node_modules/.astro, .vite) separate.
  mkdirSync(join(WORK, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name !== ".astro" && name !== ".vite")
      symlinkSync(join(ROOT, "node_modules", name), join(WORK, "node_modules", name));
  }
  const genDir = join(WORK, "src", "content", "docs", "bench");
  mkdirSync(genDir, { recursive: true });
  for (let i = 1; i <= PAGES; i++)
    writeFileSync(join(genDir, `page-${String(i).padStart(4, "0")}.md`), guidePage(i));

  // The real site, built from the same copy without the generated pages, then with them.
  const realOut = join(WORK, "dist-real");
  const bigOut = join(WORK, "dist-big");
  cpSync(genDir, join(WORK, ".generated"), { recursive: true });
  rmSync(genDir, { recursive: true });
  const realSeconds = timedBuild(WORK, realOut);
  cpSync(join(WORK, ".generated"), genDir, { recursive: true });
  const bigSeconds = timedBuild(WORK, bigOut);

  const row = (label, out, seconds) => {
    const html = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;
    const pfDir = join(out, "pagefind");
    const pf = existsSync(pfDir) ? sizeOf(pfDir) : { bytes: 0, files: 0 };
    // The search data proper (index chunks, fragments, metadata), without Pagefind's UI and WASM bundles.
    const data = existsSync(pfDir)
      ? readdirSync(pfDir)
          .filter((n) => n === "index" || n === "fragment" || n === "filter" || n.endsWith(".pf_meta"))
          .map((n) =>
            statSync(join(pfDir, n)).isDirectory()
              ? sizeOf(join(pfDir, n)).bytes
              : statSync(join(pfDir, n)).size,
          )
          .reduce((a, b) => a + b, 0)
      : 0;
    const total = sizeOf(out);
    console.log(
      `| ${label} | ${html} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / html).toFixed(0)} ms | ` +
        `${(data / 1024).toFixed(0)} KB | ${(pf.bytes / 1024).toFixed(0)} KB (${pf.files} files) | ` +
        `${(total.bytes / 1024 / 1024).toFixed(1)} MB |`,
    );
  };
  console.log(
    "| site | HTML pages | build (astro + pagefind) | per page | Pagefind index data | pagefind/ total | dist total |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  row("real site", realOut, realSeconds);
  row(`real + ${PAGES} generated guides`, bigOut, bigSeconds);
  console.log(`(generated pages live in src/content/docs/bench/ of ${WORK}, outside the sidebar)`);
  if (!process.env.BENCH_KEEP) rmSync(WORK, { recursive: true, force: true });
}
