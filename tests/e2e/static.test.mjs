/** Checks on the files in dist/ (lang="ja", links and #anchors resolve) and on how the local server sends them. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BASE, DIST, startSite } from "./harness.mjs";
import { brokenLinks, readPages } from "./links.mjs";

describe("built HTML", () => {
  test('every page declares <html lang="ja">', () => {
    const missing = [...readPages(DIST)]
      .filter(([, src]) => !/<html[^>]*\slang="ja"/.test(src))
      .map(([p]) => p);
    assert.deepEqual(missing, []);
  });

  test("calculator islands on the tool pages stay out of the search index (their labels are not answers)", () => {
    const tools = [...readPages(DIST)].filter(
      ([p, src]) => /^tools\/[^/]+\/$/.test(p) && src.includes("<astro-island"),
    );
    assert.ok(tools.length >= 3, `only ${tools.length} tool pages with an island`);
    const bare = tools
      .filter(
        ([, src]) =>
          (src.match(/<astro-island/g) ?? []).length !==
          (
            src.match(
              /<div[^>]*\sdata-pagefind-ignore[^>]*>\s*(?:<(style|script)>[\s\S]*?<\/\1>\s*)*<astro-island/g,
            ) ?? []
          ).length,
      )
      .map(([p]) => p);
    assert.deepEqual(bare, []);
  });

  test("every internal link and #anchor resolves", () => {
    assert.deepEqual(brokenLinks(DIST, BASE), []);
  });
});

describe("the local static server", () => {
  test("compresses text with gzip when the client accepts it, as a static host does; Pagefind files go as they are", async () => {
    const { server, url } = await startSite();
    try {
      const get = (path, encoding) =>
        fetch(new URL(path, url), { headers: encoding ? { "accept-encoding": encoding } : {} });
      const html = await get("", "gzip, br");
      assert.equal(html.headers.get("content-encoding"), "gzip");
      assert.match(await html.text(), /<html[^>]*lang="ja"/);
      assert.equal((await get("", "identity")).headers.get("content-encoding"), null);
      assert.equal(
        (await get("pagefind/pagefind-entry.json", "gzip")).headers.get("content-encoding"),
        "gzip",
      );
      const wasm = await get("pagefind/wasm.unknown.pagefind", "gzip");
      assert.equal(wasm.status, 200);
      assert.equal(wasm.headers.get("content-encoding"), null);
    } finally {
      server.close();
    }
  });
});
