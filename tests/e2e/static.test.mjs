/** Checks on the files in dist/: lang="ja" everywhere, and every internal link and #anchor resolves. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { BASE, DIST, builtPages } from "./harness.mjs";

const pages = builtPages();
const html = new Map(
  pages.map((p) => [p, readFileSync(join(DIST, p.endsWith(".html") ? p : `${p}index.html`), "utf8")]),
);
const prefix = BASE.endsWith("/") ? BASE : `${BASE}/`;

/** ids defined in a page. */
const idsOf = (src) => new Set([...src.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1])));
const decodeEntities = (s) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** File in dist/ that a site path resolves to, or null. */
function fileFor(path) {
  if (!path.startsWith(prefix)) return null;
  const rel = decodeURIComponent(path.slice(prefix.length));
  for (const candidate of [rel, join(rel, "index.html")]) {
    const f = join(DIST, candidate);
    if (candidate !== "" && existsSync(f) && !f.endsWith("/")) {
      try {
        readFileSync(f);
        return candidate;
      } catch {
        /* a directory */
      }
    }
  }
  return null;
}

describe("built HTML", () => {
  test('every page declares <html lang="ja">', () => {
    const missing = pages.filter((p) => !/<html[^>]*\slang="ja"/.test(html.get(p)));
    assert.deepEqual(missing, []);
  });

  test("every internal link and #anchor resolves", () => {
    const broken = [];
    for (const [page, src] of html) {
      const selfPath = `${prefix}${page}`;
      for (const m of src.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = decodeEntities(m[1]);
        if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(raw) && !raw.startsWith("http://localhost"))
          continue;
        const url = new URL(raw, `http://site${selfPath}`);
        if (url.host !== "site") continue;
        const target =
          url.pathname === selfPath || url.pathname === `${prefix}${page}` ? page : fileFor(url.pathname);
        if (target === null) {
          broken.push(`${page}: ${raw}`);
          continue;
        }
        if (url.hash.length > 1) {
          const key = target.endsWith(".html") ? target.replace(/(^|\/)index\.html$/, "$1") : target;
          const targetHtml = html.get(key) ?? html.get(target) ?? "";
          if (!idsOf(targetHtml).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${raw}`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });
});
