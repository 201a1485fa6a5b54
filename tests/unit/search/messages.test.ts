import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MESSAGES, OUT_OF_SCOPE, QUOTE_MAX, quoted } from "../../../src/lib/search/messages";

describe("quoting the query back", () => {
  it("cuts a long query to a readable length", () => {
    expect(quoted("あ".repeat(500))).toBe(`「${"あ".repeat(QUOTE_MAX)}…」`);
    expect(quoted(" ランク ")).toBe("「ランク」");
    fc.assert(fc.property(fc.string(), (s) => [...quoted(s)].length <= QUOTE_MAX + 3));
  });
  it("is used by the no-match line", () => {
    expect(MESSAGES.noMatch("あ".repeat(500)).length).toBeLessThan(60);
  });
});

describe("official pages for what the site leaves out", () => {
  it("are https pages of Rakuten", () => {
    for (const { link } of Object.values(OUT_OF_SCOPE))
      expect(link.url).toMatch(/^https:\/\/[a-z.]*rakuten\.co\.jp\//);
  });
});
