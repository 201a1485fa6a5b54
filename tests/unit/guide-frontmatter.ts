/** The guide pages' frontmatter as written, for the tests that check what pages declare (sources, summaries). */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** A page's frontmatter text (between its first two `---` lines). */
export const frontmatterText = (file: string): string => readFileSync(file, "utf8").split(/^---$/m)[1] ?? "";

/** Frontmatter text, parsed. */
export const parsedFrontmatter = (front: string): Record<string, unknown> =>
  (parse(front) as Record<string, unknown> | null) ?? {};

/** A page's frontmatter, parsed. */
export const frontmatterOf = (file: string): Record<string, unknown> =>
  parsedFrontmatter(frontmatterText(file));

/** Frontmatter text of every .mdx page under src/content/docs, by path. */
export function guideFrontmatter(dir = "src/content/docs", out: [string, string][] = []): [string, string][] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) guideFrontmatter(p, out);
    else if (name.endsWith(".mdx")) out.push([p, frontmatterText(p)]);
  }
  return out;
}

/** The source ids a page's `sources` frontmatter names. */
export const citedSources = (front: string): string[] =>
  front
    .match(/^sources:\s*\[([^\]]*)\]/m)?.[1]
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean) ?? [];
