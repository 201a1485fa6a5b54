/** Prefixes root-relative links in the built HTML with the base path, so content can write "/learn/" and still work under a sub-path. */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { rewriteHtml } from "./rewrite-html";

/** Rewrites href/src/action="/..." that do not already start with `base`. Pure, for tests. */
export function prefixRootLinks(html: string, base: string): string {
  if (base === "/") return html;
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return html.replace(/(\s(?:href|src|action)=")\/(?!\/)([^"]*)"/g, (match, attr: string, rest: string) =>
    `/${rest}`.startsWith(prefix) || `/${rest}/` === prefix ? match : `${attr}${prefix}${rest}"`,
  );
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
        await rewriteHtml(fileURLToPath(dir), (html) => prefixRootLinks(html, base));
      },
    },
  };
}
