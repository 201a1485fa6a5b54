/** The 「埋め込みコード」 snippet and the embed page's height message agree. */
import { describe, expect, it } from "vitest";
import { HEIGHT_MESSAGE } from "../../../src/components/calculators/embed/embed-height";
import { EMBED_HEIGHT_MESSAGE, embedSnippet } from "../../../src/components/calculators/shared/embed-snippet";

describe("embed snippet", () => {
  it("listens for the message type the embed page posts", () => {
    expect(HEIGHT_MESSAGE).toBe(EMBED_HEIGHT_MESSAGE);
  });
  it("frames the embed URL, escapes attributes, and only accepts messages from the site's origin", () => {
    const s = embedSnippet("https://example.com/guide/embed/coupon/?v=1&n=10", 'a"b', 1200);
    expect(s).toContain(
      '<iframe src="https://example.com/guide/embed/coupon/?v=1&amp;n=10" title="a&quot;b"',
    );
    expect(s).toContain('height="1200"');
    expect(s).toContain('e.origin !== "https://example.com"');
    expect(s).toContain('iframe[src^=\\"https://example.com/guide/embed/\\"]');
  });
});
