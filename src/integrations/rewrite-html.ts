/** Post-build helper the HTML-rewriting integrations share: walks the output directory's pages. */
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Every .html file below `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith(".html")) out.push(p);
  }
  return out;
}

/** Applies `transform` to every page below `dir`, writing back only the pages it changes; resolves to the page count. */
export async function rewriteHtml(dir: string, transform: (html: string) => string): Promise<number> {
  const files = await htmlFiles(dir);
  for (const file of files) {
    const html = await readFile(file, "utf8");
    const next = transform(html);
    if (next !== html) await writeFile(file, next);
  }
  return files.length;
}
