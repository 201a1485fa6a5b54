import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  KEYWORD_MARK,
  contentWords,
  headingText,
  htmlText,
  pageKeywords,
  stripKeywords,
} from "../../../src/lib/search/keywords";

describe("contentWords", () => {
  it("cuts Japanese into words and drops particles, lone kanji and numbers", () => {
    const words = contentWords("クーポンの有効期限は30日です");
    expect(words).toContain("クーポン");
    expect(words).not.toContain("の");
    expect(words).not.toContain("は");
    expect(words).not.toContain("30");
  });

  it("normalises full-width letters and lists each word once", () => {
    expect(contentWords("ＲＯＯＭとROOM")).toEqual(["ROOM"]);
  });
});

describe("htmlText / headingText", () => {
  it("drops tags and code, decodes entities", () => {
    expect(htmlText("<p>報酬&amp;料率<code>x=1</code></p>")).toBe("報酬&料率");
  });

  it("keeps only h2–h4 headings", () => {
    const html = '<h1>題</h1><h2 id="a">ランク<em>ボーナス</em></h2><p>本文</p><h3>上限</h3><h5>細目</h5>';
    expect(headingText(html)).toBe("ランク ボーナス\n上限");
  });
});

describe("pageKeywords", () => {
  it("lists the headings' content words, not the body's", () => {
    const kw = pageKeywords("<h2>ランクボーナスの上限</h2><p>購入後フォローメール</p>").split(" ");
    expect(kw).toContain("上限");
    expect(kw.join("")).not.toContain("フォローメール");
  });

  it("is empty for a page without headings", () => {
    expect(pageKeywords("<p>本文だけ</p>")).toBe("");
  });
});

describe("stripKeywords", () => {
  it("cuts the block off the end of the page text", () => {
    expect(stripKeywords(`本文です。 ${KEYWORD_MARK} 本文 上限`)).toBe("本文です。");
  });

  it("leaves text without a block unchanged", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!s.includes(KEYWORD_MARK));
        expect(stripKeywords(s)).toBe(s);
      }),
    );
  });

  it("never keeps anything after the mark", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(!a.includes(KEYWORD_MARK));
        expect(stripKeywords(`${a}${KEYWORD_MARK}${b}`)).toBe(a.trimEnd());
      }),
    );
  });
});
