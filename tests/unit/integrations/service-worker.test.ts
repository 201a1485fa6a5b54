import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getManifest } from "workbox-build";
import { PRECACHE, serviceWorkerOptions } from "../../../src/integrations/service-worker";

const dir = mkdtempSync(join(tmpdir(), "sw-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = [
  "index.html",
  "room/rewards/index.html",
  "404.html",
  "_astro/page.AbC123.js",
  "_astro/index.XyZ.css",
  "learn/questions.json",
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

describe("service worker precache list", () => {
  it("holds every page, style, script, the search index and its WebAssembly, and nothing unused", async () => {
    const { manifestEntries } = await getManifest({ globDirectory: dir, ...PRECACHE });
    const urls = (manifestEntries ?? []).map((e) => (typeof e === "string" ? e : e.url)).sort();
    expect(urls).toEqual(
      [
        "404.html",
        "_astro/index.XyZ.css",
        "_astro/page.AbC123.js",
        "favicon.svg",
        "index.html",
        "learn/questions.json",
        "manifest.webmanifest",
        "pagefind/fragment/ja_3c4d.pf_fragment",
        "pagefind/index/ja_1a2b.pf_index",
        "pagefind/pagefind-entry.json",
        "pagefind/pagefind.ja_1a2b.pf_meta",
        "pagefind/pagefind.js",
        "pagefind/wasm.unknown.pagefind",
        "room/rewards/index.html",
      ].sort(),
    );
    // Hashed names need no revision; pages do.
    const entries = new Map(
      (manifestEntries ?? []).map((e) => (typeof e === "string" ? [e, null] : [e.url, e.revision])),
    );
    expect(entries.get("_astro/page.AbC123.js")).toBeNull();
    expect(entries.get("index.html")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("serves a precached page for any query (calculator and search state, Pagefind's ?ts=) and waits for consent to update", () => {
    const o = serviceWorkerOptions(dir);
    expect(o.ignoreURLParametersMatching?.every((re) => re.test("price"))).toBe(true);
    expect(o.skipWaiting).toBe(false);
    expect(o.directoryIndex).toBe("index.html");
  });
});
