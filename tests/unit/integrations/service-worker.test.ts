import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { getManifest } from "workbox-build";
import { gzipCopyOf, isGzip, unpackedTypeOf } from "../../../src/lib/offline/gzip-copies";
import { PRECACHE, writeGzipCopies } from "../../../src/integrations/service-worker";

const dir = mkdtempSync(join(tmpdir(), "sw-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = [
  "index.html",
  "room/rewards/index.html",
  "404.html",
  "embed/reward/index.html",
  "_astro/page.AbC123.js",
  "_astro/index.XyZ.css",
  "learn/questions.json",
  "search/asks.json",
  "manifest.webmanifest",
  "favicon.svg",
  "og-image.png",
  "sw.js",
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind.ja_1a2b.pf_meta",
  "pagefind/wasm.unknown.pagefind",
  "pagefind/index/ja_1a2b.pf_index",
  "pagefind/fragment/ja_3c4d.pf_fragment",
  "pagefind/pagefind-ui.js",
  "pagefind/pagefind-ui.css",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-component-ui.js",
];
for (const f of files) {
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  writeFileSync(join(dir, f), f);
}
const written = writeGzipCopies(dir);

describe("service worker precache list", () => {
  it("holds every page, style, script, the search index and its WebAssembly, and nothing unused", async () => {
    const { manifestEntries } = await getManifest({ globDirectory: dir, ...PRECACHE });
    const urls = (manifestEntries ?? []).map((e) => (typeof e === "string" ? e : e.url)).sort();
    expect(urls).toEqual(
      [
        "404.html.gz",
        "_astro/index.XyZ.css",
        "_astro/page.AbC123.js",
        "favicon.svg",
        "index.html.gz",
        "learn/questions.json.gz",
        "manifest.webmanifest",
        "pagefind/fragment/ja_3c4d.pf_fragment",
        "pagefind/index/ja_1a2b.pf_index",
        "pagefind/pagefind-entry.json",
        "pagefind/pagefind.ja_1a2b.pf_meta",
        "pagefind/pagefind.js",
        "pagefind/wasm.unknown.pagefind",
        "room/rewards/index.html.gz",
        "search/asks.json.gz",
      ].sort(),
    );
    // Hashed names need no revision; pages do.
    const entries = new Map(
      (manifestEntries ?? []).map((e) => (typeof e === "string" ? [e, null] : [e.url, e.revision])),
    );
    expect(entries.get("_astro/page.AbC123.js")).toBeNull();
    expect(entries.get("index.html.gz")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keeps each page and JSON file as a gzip copy beside it (not the embed pages or Pagefind's), which unpacks to it", () => {
    expect(written).toBe(5);
    expect(gunzipSync(readFileSync(join(dir, "search/asks.json.gz"))).toString()).toBe("search/asks.json");
    expect(existsSync(join(dir, "pagefind/pagefind-entry.json.gz"))).toBe(false);
    expect(gunzipSync(readFileSync(join(dir, "room/rewards/index.html.gz"))).toString()).toBe(
      "room/rewards/index.html",
    );
    expect(isGzip(readFileSync(join(dir, "index.html.gz")))).toBe(true);
    expect(isGzip(readFileSync(join(dir, "index.html")))).toBe(false);
    expect(existsSync(join(dir, "embed/reward/index.html.gz"))).toBe(false);
  });

  it("finds a page's copy from the address the reader opened", () => {
    expect(gzipCopyOf("/crm/why/")).toBe("/crm/why/index.html.gz");
    expect(gzipCopyOf("/guide/")).toBe("/guide/index.html.gz");
    expect(gzipCopyOf("/404.html")).toBe("/404.html.gz");
    expect(gzipCopyOf("/search/asks.json")).toBe("/search/asks.json.gz");
  });

  it("serves a copy as what the address asked for: JSON for a .json file, a page otherwise", () => {
    expect(unpackedTypeOf("/search/asks.json")).toMatch(/^application\/json/);
    // The worker sees the cache key, which is the copy's address.
    expect(unpackedTypeOf("/search/asks.json.gz")).toMatch(/^application\/json/);
    expect(unpackedTypeOf("/crm/why/index.html.gz")).toMatch(/^text\/html/);
    expect(unpackedTypeOf("/crm/why/")).toMatch(/^text\/html/);
    expect(unpackedTypeOf("/404.html")).toMatch(/^text\/html/);
  });
});
