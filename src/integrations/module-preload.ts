/**
 * After the build, adds <link rel="modulepreload"> for every module a page's own scripts import statically, so the
 * browser fetches them together instead of discovering them one import level at a time. Islands are left alone:
 * they load when visible or touched, and preloading them would defeat that.
 */
import type { AstroIntegration } from "astro";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { rewriteHtml } from "./rewrite-html";

/** Specifiers of the static `import … from "x"`, `import "x"` and `export … from "x"` in a module (not `import()`). */
export function staticImports(code: string): string[] {
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  return [...new Set([...code.matchAll(re)].map((m) => m[1] as string))];
}

/** URL paths of the module scripts a page loads itself (`<script type="module" src>`). */
export function pageModuleScripts(html: string): string[] {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  return tags
    .filter((t) => /\stype="module"/.test(t))
    .map((t) => t.match(/\ssrc="([^"]+)"/)?.[1])
    .filter((s): s is string => !!s && s.startsWith("/"));
}

/** Every existing module reachable through static imports from `entries` (URL paths), excluding the entries. */
export function importClosure(entries: string[], read: (urlPath: string) => string | undefined): string[] {
  const seen = new Set(entries);
  const queue = [...entries];
  const found: string[] = [];
  while (queue.length) {
    const url = queue.shift() as string;
    for (const spec of staticImports(read(url) ?? "")) {
      if (!spec.startsWith(".") && !spec.startsWith("/")) continue;
      const dep = spec.startsWith("/") ? spec : posix.join(posix.dirname(url), spec);
      if (seen.has(dep)) continue;
      seen.add(dep);
      if (read(dep) === undefined) continue;
      found.push(dep);
      queue.push(dep);
    }
  }
  return found;
}

/** The page with modulepreload links for its scripts' static imports (those not already linked). */
export function addModulePreloads(html: string, read: (urlPath: string) => string | undefined): string {
  const deps = importClosure(pageModuleScripts(html), read).filter((d) => !html.includes(`href="${d}"`));
  if (deps.length === 0) return html;
  const links = deps.map((d) => `<link rel="modulepreload" href="${d}">`).join("");
  return html.replace("</head>", `${links}</head>`);
}

export default function modulePreload(): AstroIntegration {
  let base = "/";
  return {
    name: "module-preload",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string | undefined>();
        const read = (urlPath: string) => {
          if (!cache.has(urlPath)) {
            const file = urlPath.startsWith(base) ? join(root, urlPath.slice(base.length)) : undefined;
            cache.set(urlPath, file && existsSync(file) ? readFileSync(file, "utf8") : undefined);
          }
          return cache.get(urlPath);
        };
        await rewriteHtml(root, (html) => addModulePreloads(html, read));
      },
    },
  };
}
