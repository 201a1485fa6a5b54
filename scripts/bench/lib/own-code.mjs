/** `node scripts/bench/lib/own-code.mjs tools/crm-timeline/`: the calculator code a page loads, by source file (gzip, source-mapped build). */
import { launchBrowser } from "../../../tests/e2e/harness.mjs";
import { serveStatic } from "../../static-server.mjs";
import { pageWeight } from "../../page-weight.mjs";
import { bySourceFile, MAPPED_DIST } from "./js-split.mjs";

const site = await serveStatic({ dir: MAPPED_DIST, base: process.env.SITE_BASE || "/" });
const browser = await launchBrowser();
const context = await browser.newContext();
const w = await pageWeight(context, new URL(process.argv[2] ?? "tools/crm-timeline/", site.url).href);
const rows = bySourceFile(w.items).filter(([, , cat]) => cat !== "react");
for (const [file, gz, cat] of rows)
  console.log(`${(gz / 1024).toFixed(2).padStart(6)} KB  ${cat.padEnd(10)} ${file}`);
await browser.close();
site.server.close();
