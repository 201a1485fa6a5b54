import { describe, expect, it } from "vitest";
import { buildLexicon } from "../../../src/lib/search/analyze";
import { searchQuestion, weighByRarity, type PagefindLike } from "../../../src/lib/search/engine";
import { analyzeQuery } from "../../../src/lib/search/analyze";
import type { PageRecord } from "../../../src/lib/search/rerank";
import { terms } from "../../../src/lib/glossary/terms";

const lex = buildLexicon(terms);

/** A tiny in-memory stand-in for Pagefind: a page matches when its text contains every word of the query. */
function fakePagefind(pages: PageRecord[]) {
  const calls = { search: 0, data: 0 };
  const pf: PagefindLike = {
    async search(term) {
      calls.search++;
      const words = term === null ? [] : term.split(" ");
      const hits = pages.filter((p) => words.every((w) => p.content.toLowerCase().includes(w)));
      return {
        results: hits.map((p) => ({
          id: p.url,
          data: async () => {
            calls.data++;
            return p;
          },
        })),
      };
    },
  };
  return { pf, calls };
}

const page = (url: string, title: string, sections: [string, string, string][]): PageRecord => ({
  url,
  meta: { title },
  content: `${title}. ${sections.map(([, h, b]) => `${h} ${b}`).join(" ")}`,
  anchors: [
    { element: "h1", id: "_top", text: title },
    ...sections.map(([id, text]) => ({ element: "h2", id, text })),
  ],
});

const pages = [
  page("/crm/coupon/", "再購入クーポン", [
    ["why", "何のために配る?", "次の購入を後押しします。"],
    ["days", "有効期限は何日にする?", "期限は短すぎても長すぎてもいけません。"],
  ]),
  page("/crm/reviews/", "レビュー依頼", [
    ["when", "レビュー依頼はいつ送る?", "商品が届いた後のタイミングで送ります。"],
  ]),
  page("/room/about/", "楽天ROOMとは", [["what", "どんなサービス?", "クーポンの話はしません。"]]),
];

describe("searchQuestion", () => {
  it("links to the section that answers, with marked excerpt and landing words", async () => {
    const { pf } = fakePagefind(pages);
    const [first] = await searchQuestion(pf, "クーポンの有効期限は何日?", lex);
    expect(first?.url).toBe(`/crm/coupon/#days`);
    expect(first?.section).toBe("有効期限は何日にする?");
    expect(first?.excerpt).toContain("<mark>");
    expect(first?.words.length).toBeGreaterThan(0);
  });
  it("answers a question word with the words an answer uses (いつ -> タイミング)", async () => {
    const { pf } = fakePagefind(pages);
    const [first] = await searchQuestion(pf, "レビュー依頼はいつ送る", lex);
    expect(first?.url).toBe(`/crm/reviews/#when`);
  });
  it("fetches each page record once across searches", async () => {
    const { pf, calls } = fakePagefind(pages);
    await searchQuestion(pf, "クーポン 期限", lex);
    const after = calls.data;
    await searchQuestion(pf, "クーポン 期限", lex);
    expect(calls.data).toBe(after);
  });
  it("returns nothing for an empty query", async () => {
    const { pf } = fakePagefind(pages);
    expect(await searchQuestion(pf, "  ", lex)).toEqual([]);
  });
});

describe("weighByRarity", () => {
  it("words found on many pages weigh less than rare ones, within bounds", () => {
    const q = analyzeQuery("楽天 ショップタグ", lex);
    const found = new Map<string, string[]>([
      ["楽天", Array.from({ length: 30 }, (_, i) => `p${i}`)],
      ["ショップタグ", ["p1"]],
    ]);
    const w = weighByRarity(q, found, 30).concepts;
    const common = w.find((c) => c.text === "楽天")?.weight ?? 0;
    const rare = w.find((c) => c.text === "ショップタグ")?.weight ?? 0;
    expect(common).toBeLessThan(rare);
    expect(common).toBeGreaterThanOrEqual(0.4);
    expect(rare).toBeLessThanOrEqual(1.8);
  });
});
