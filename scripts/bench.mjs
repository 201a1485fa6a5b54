/** `npm run bench`: runs every module in scripts/bench/ in name order; each prints its own figures. */
import { readdirSync } from "node:fs";

const only = process.argv[2];
for (const name of readdirSync(new URL("./bench/", import.meta.url)).sort()) {
  if (!name.endsWith(".mjs") || (only && !name.includes(only))) continue;
  console.log(`\n## ${name.replace(/^\d+-|\.mjs$/g, "")}`);
  const mod = await import(new URL(`./bench/${name}`, import.meta.url).href);
  await mod.default();
}
