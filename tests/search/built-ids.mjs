/** The heading and element ids of built pages, for the checks that answers and section questions point at real ids. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The built site the checks read. */
export const dist = process.env.OUT_DIR ?? "dist";

/** The ids of a built page's elements (decoded), or undefined when the page does not exist. */
const idsCache = new Map();
export function pageIds(page) {
  if (idsCache.has(page)) return idsCache.get(page);
  const file = join(dist, decodeURIComponent(page), "index.html");
  const ids = existsSync(file)
    ? new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    : undefined;
  idsCache.set(page, ids);
  return ids;
}
