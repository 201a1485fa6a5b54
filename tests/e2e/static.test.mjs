/** Checks on the files in dist/: lang="ja" everywhere, and every internal link and #anchor resolves. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BASE, DIST } from "./harness.mjs";
import { brokenLinks, readPages } from "./links.mjs";

describe("built HTML", () => {
  test('every page declares <html lang="ja">', () => {
    const missing = [...readPages(DIST)]
      .filter(([, src]) => !/<html[^>]*\slang="ja"/.test(src))
      .map(([p]) => p);
    assert.deepEqual(missing, []);
  });

  test("every internal link and #anchor resolves", () => {
    assert.deepEqual(brokenLinks(DIST, BASE), []);
  });
});
