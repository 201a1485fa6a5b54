/**
 * After the build, adds the hashes of inline scripts and styles that Astro's CSP does not cover (is:inline scripts,
 * Starlight's theme and sidebar scripts) to each page's CSP <meta>. The one post-build pass left: Astro cannot do it.
 */
import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { rewriteHtml } from "./rewrite-html";

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** 'sha256-…' source for an inline element body. */
export const hashSource = (body: string): string =>
  `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

/** Bodies of the inline (no src) <script> or <style> elements of a page (raw-text elements end at their end tag). */
export function inlineBodies(html: string, tag: "script" | "style"): string[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  return [...html.matchAll(re)].filter((m) => !/\ssrc=/i.test(m[1] ?? "")).map((m) => m[2] ?? "");
}

/** Adds `sources` to `directive` in a CSP string (creating it after `fallback` sources if absent). */
function addSources(csp: string, directive: string, sources: string[], fallback: string[]): string {
  const parts = csp
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);
  const i = parts.findIndex((d) => d.split(/\s+/)[0] === directive);
  if (i === -1) parts.push([directive, ...fallback, ...sources].join(" "));
  else {
    const have = new Set(parts[i]?.split(/\s+/));
    parts[i] = [parts[i], ...sources.filter((s) => !have.has(s))].join(" ");
  }
  return `${parts.join("; ")};`;
}

/** Rewrites one page's CSP meta so every inline script and style it contains is allowed by hash. */
export function completeCsp(html: string): string {
  const m = html.match(META);
  if (!m) return html;
  const scripts = [...new Set(inlineBodies(html, "script").map(hashSource))];
  const styles = [...new Set(inlineBodies(html, "style").map(hashSource))];
  let csp = addSources(m[2] ?? "", "script-src", scripts, ["'self'"]);
  const styleDirective = /(^|;)\s*style-src-elem\s/.test(csp) ? "style-src-elem" : "style-src";
  csp = addSources(csp, styleDirective, styles, ["'self'"]);
  return html.replace(META, (_, a: string, _b: string, c: string) => `${a}${csp}${c}`);
}

/** The integration: runs on astro:build:done over every HTML file in the output directory. */
export default function cspInlineHashes(): AstroIntegration {
  return {
    name: "csp-inline-hashes",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await rewriteHtml(fileURLToPath(dir), completeCsp);
        logger.info(`inline script/style hashes checked in ${pages} pages`);
      },
    },
  };
}
