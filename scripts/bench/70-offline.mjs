/**
 * Offline: bytes a first visit downloads (counted on the wire by the local server), split into what the page loads
 * itself and what the service worker adds after the load (its script and the precache), plus the precache size.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, launchBrowser, startSite } from "../../tests/e2e/harness.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** First-visit pages: one per kind a newcomer lands on. */
const FIRST_VISITS = {
  home: "",
  guide: "room/rewards/",
  calculator: "tools/reward/?price=3980&qty=2",
  search: "search/?q=%E5%A0%B1%E9%85%AC",
};

/** Counts every byte the server writes (headers and bodies, gzip as sent), per request path. */
function countBytes(server) {
  const log = [];
  server.on("request", (req, res) => {
    const start = req.socket.bytesWritten;
    res.on("finish", () =>
      log.push({
        path: req.url ?? "",
        bytes: req.socket.bytesWritten - start,
        dest: req.headers["sec-fetch-dest"],
      }),
    );
  });
  return log;
}

/** The precache list of the built service worker: [{ url, size, gzip }] (empty when there is no worker). */
export function precacheEntries(dist = DIST) {
  const sw = join(dist, "sw.js");
  if (!existsSync(sw)) return [];
  const code = readFileSync(sw, "utf8");
  const urls = [...code.matchAll(/"?\burl"?:\s*"([^"]+)"/g)].map((m) => m[1]);
  return urls.map((url) => {
    const file = join(dist, decodeURIComponent(url));
    const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return { url, size: statSync(file, { throwIfNoEntry: false })?.size ?? 0, gzip: gzipSync(body).length };
  });
}

/** Visits `path` in a fresh context; resolves to { load, idle, worker } bytes (worker: after load, by the worker). */
async function firstVisit(browser, site, log, path, serviceWorkers) {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  log.length = 0;
  await page.goto(new URL(path, site.url).href, { waitUntil: "load" });
  const load = log.reduce((a, r) => a + r.bytes, 0);
  await page.waitForLoadState("networkidle");
  // When a worker registers, wait until it is active (its install precached everything), then for the network.
  await page.evaluate(async () => {
    if (!("serviceWorker" in navigator)) return;
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    for (let waited = 0; waited < 3000 && !(await navigator.serviceWorker.getRegistration()); waited += 250)
      await sleep(250);
    if (!(await navigator.serviceWorker.getRegistration())) return;
    await Promise.race([navigator.serviceWorker.ready, sleep(30000)]);
  });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const idle = log.reduce((a, r) => a + r.bytes, 0);
  await context.close();
  return { load, idle, requests: log.length };
}

export default async function offlineBench() {
  const site = await startSite();
  const log = countBytes(site.server);
  const browser = await launchBrowser();

  console.log(
    "First visit in a fresh browser, bytes as sent (gzip where a static host compresses), counted by the server.",
  );
  console.log(
    "| page | until load | page alone until idle (worker blocked) | with the worker until precached | worker's share |",
  );
  console.log("| --- | --- | --- | --- | --- |");
  for (const [name, path] of Object.entries(FIRST_VISITS)) {
    const blocked = await firstVisit(browser, site, log, path, "block");
    const allowed = await firstVisit(browser, site, log, path, "allow");
    console.log(
      `| ${name} /${path} | ${kb(allowed.load)} | ${kb(blocked.idle)} | ${kb(allowed.idle)} (${allowed.requests} requests) | ${kb(allowed.idle - blocked.idle)} |`,
    );
  }
  await browser.close();
  site.server.close();

  const entries = precacheEntries();
  if (entries.length === 0) {
    console.log("precache: no service worker in this build");
    return;
  }
  printPrecache("this site", entries);
  // At 1,000 pages: measured on the scaling bench's build when it was kept (BENCH_KEEP=1 npm run bench scaling),
  // otherwise projected from this build's average page.
  const big = precacheEntries(".bench/scaling/dist-big");
  if (big.length)
    printPrecache(`with 1,000 generated pages (${big.filter(isPage).length} pages, measured)`, big);
  else {
    const pages = entries.filter(isPage);
    const per = (k) => pages.reduce((a, e) => a + e[k], 0) / pages.length;
    const rest = (k) => entries.filter((e) => !isPage(e)).reduce((a, e) => a + e[k], 0);
    console.log(
      `precache at 1,000 pages (projected: average page × 1,000 + the rest; Pagefind's index grows too): ` +
        `${mb(per("size") * 1000 + rest("size"))} on disk, ${mb(per("gzip") * 1000 + rest("gzip"))} gzip`,
    );
  }
}

/** The file a precache entry stands for: a gzip copy (index.html.gz) stands for the file it unpacks to. */
const unpackedUrl = (e) => e.url.replace(/\.gz$/, "");

/** A page, precached as itself or as its gzip copy. */
const isPage = (e) => unpackedUrl(e).endsWith(".html");

/** One line of totals and one of the split by kind. */
function printPrecache(label, entries) {
  const sum = (k) => entries.reduce((a, e) => a + e[k], 0);
  const byKind = new Map();
  for (const e of entries) {
    // A gzip copy counts as the kind of file it unpacks to (html, json).
    const kind = e.url.startsWith("pagefind/")
      ? "pagefind"
      : (unpackedUrl(e).match(/\.(\w+)$/)?.[1] ?? "other");
    const k = byKind.get(kind) ?? { n: 0, size: 0 };
    byKind.set(kind, { n: k.n + 1, size: k.size + e.size });
  }
  console.log(
    `precache, ${label}: ${entries.length} files, ${mb(sum("size"))} on disk (target ≤ 3 MB), ${mb(sum("gzip"))} gzip`,
  );
  console.log(
    `  ${[...byKind]
      .sort((a, b) => b[1].size - a[1].size)
      .map(([k, v]) => `${k} ${v.n} files ${kb(v.size)}`)
      .join(", ")}`,
  );
}
