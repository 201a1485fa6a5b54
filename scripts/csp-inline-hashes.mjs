/** Astro integration: after the build, adds hashes of inline scripts and styles that Astro's CSP missed (is:inline). */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { rewriteHtml } from "../src/integrations/rewrite-html.ts";

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** 'sha256-…' source for an inline element body. */
export const hashSource = (body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

/** Bodies of inline (no src) <script> or <style> elements in an HTML string. */
export function inlineBodies(html, tag) {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  return [...html.matchAll(re)].filter((m) => !/\ssrc=/i.test(m[1] ?? "")).map((m) => m[2]);
}

/** Adds `sources` to `directive` in a CSP string (creating it after `fallback` sources if absent). */
function addSources(csp, directive, sources, fallback) {
  const parts = csp
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);
  const i = parts.findIndex((d) => d.split(/\s+/)[0] === directive);
  if (i === -1) parts.push([directive, ...fallback, ...sources].join(" "));
  else {
    const have = new Set(parts[i].split(/\s+/));
    parts[i] = [parts[i], ...sources.filter((s) => !have.has(s))].join(" ");
  }
  return `${parts.join("; ")};`;
}

/** Rewrites one page's CSP meta so every inline script and style it contains is allowed by hash. */
export function completeCsp(html) {
  const m = html.match(META);
  if (!m) return html;
  let csp = m[2];
  const scripts = [...new Set(inlineBodies(html, "script").map(hashSource))];
  const styles = [...new Set(inlineBodies(html, "style").map(hashSource))];
  csp = addSources(csp, "script-src", scripts, ["'self'"]);
  const styleDirective = /(^|;)\s*style-src-elem\s/.test(csp) ? "style-src-elem" : "style-src";
  csp = addSources(csp, styleDirective, styles, ["'self'"]);
  return html.replace(META, (_, a, _b, c) => `${a}${csp}${c}`);
}

/** The integration: runs on astro:build:done over every HTML file in the output directory. */
export default function cspInlineHashes() {
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
