/** Finds internal links and #anchors in a built site that do not resolve to a file and id in it. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtPages } from "./harness.mjs";

const decodeEntities = (s) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
/** ids defined in a page. */
const idsOf = (src) => new Set([...src.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1])));

/** Reads every built page: Map of page path ("room/rewards/") -> HTML. */
export function readPages(dir) {
  return new Map(
    builtPages(dir).map((p) => [
      p,
      readFileSync(join(dir, p.endsWith(".html") ? p : `${p}index.html`), "utf8"),
    ]),
  );
}

/** Page key in `pages` that a site path resolves to, or null when nothing in dir serves it. */
function resolvePath(dir, prefix, pathname) {
  if (!pathname.startsWith(prefix)) return null;
  const rel = decodeURIComponent(pathname.slice(prefix.length));
  const file = join(dir, rel);
  if (rel === "" || rel.endsWith("/")) return existsSync(join(file, "index.html")) ? rel : null;
  if (existsSync(file) && statSync(file).isFile()) return rel;
  return null;
}

/** Lists "page: href" for each internal link or anchor that does not resolve. */
export function brokenLinks(dir, base) {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const pages = readPages(dir);
  const broken = [];
  for (const [page, src] of pages) {
    for (const m of src.matchAll(/\s(?:href|src|action)="([^"]+)"/g)) {
      const raw = decodeEntities(m[1]);
      const url = new URL(raw, `http://site${prefix}${page}`);
      if (url.host !== "site") continue;
      if (!/^https?:$/.test(url.protocol)) continue;
      const target = resolvePath(dir, prefix, url.pathname);
      if (target === null) {
        broken.push(`${page}: ${raw}`);
        continue;
      }
      if (url.hash.length > 1 && pages.has(target)) {
        if (!idsOf(pages.get(target)).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${page}: ${raw}`);
      }
    }
  }
  return broken;
}
