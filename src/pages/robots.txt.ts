/**
 * /robots.txt: allows every crawler and points to the sitemap at this build's public origin and base path. Under a
 * sub-path (SITE_BASE) crawlers only read the host root's robots.txt, so the file says which lines to copy there.
 */
import type { APIRoute } from "astro";
import { withBase } from "../lib/base";

export const GET: APIRoute = ({ site }) => {
  const base = withBase("/");
  const sitemap = new URL(`${base}sitemap-index.xml`, site);
  const note =
    base === "/"
      ? ""
      : `# This site lives under ${base}: crawlers read only ${new URL("/robots.txt", site).href}.\n# Copy the lines below into that file.\n`;
  return new Response(`${note}User-agent: *\nAllow: ${base}\n\nSitemap: ${sitemap.href}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
};
