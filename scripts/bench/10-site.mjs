/** Build time, page count and the weight (gzip) each page template ships. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { builtPages, launchBrowser, startSite, DIST } from "../../tests/e2e/harness.mjs";
import { pageWeight, templatePages } from "../page-weight.mjs";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export default async function siteBench() {
  const started = performance.now();
  execFileSync("astro", ["build"], { stdio: "ignore" });
  const seconds = (performance.now() - started) / 1000;
  const pages = builtPages().length;
  console.log(`build: ${seconds.toFixed(1)} s (astro build + pagefind), pages: ${pages}`);

  const site = await startSite();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  console.log("| template | path | HTML gz | CSS gz | JS gz |\n| --- | --- | --- | --- | --- |");
  for (const [name, path] of Object.entries(templatePages)) {
    const file = path.split("?")[0];
    if (file && !existsSync(`${DIST}/${file.endsWith(".html") ? file : `${file}index.html`}`)) continue;
    const w = await pageWeight(context, new URL(path, site.url).href);
    console.log(`| ${name} | /${path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} |`);
  }
  await browser.close();
  site.server.close();
}
