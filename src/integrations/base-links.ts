/** Prefixes root-relative links in the built HTML with the base path, so content can write "/learn/" and still work under a sub-path. */
import type { AstroIntegration } from "astro";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Rewrites href/src/action="/..." that do not already start with `base`. Pure, for tests. */
export function prefixRootLinks(html: string, base: string): string {
  if (base === "/") return html;
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return html.replace(/(\s(?:href|src|action)=")\/(?!\/)([^"]*)"/g, (match, attr: string, rest: string) =>
    `/${rest}`.startsWith(prefix) || `/${rest}/` === prefix ? match : `${attr}${prefix}${rest}"`,
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith(".html")) out.push(p);
  }
  return out;
}

export default function baseLinks(): AstroIntegration {
  let base = "/";
  return {
    name: "base-links",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir }) => {
        if (base === "/") return;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, "utf8");
          const fixed = prefixRootLinks(html, base);
          if (fixed !== html) await writeFile(file, fixed);
        }
      },
    },
  };
}
