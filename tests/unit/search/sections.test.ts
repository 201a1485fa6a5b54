import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { excerpt, markWords, matchRanges, splitSections } from "../../../src/lib/search/sections";

const anchors = [
  { element: "h1", id: "_top", text: "報酬の仕組み" },
  { element: "h2", id: "rate", text: "料率はいくら?" },
  { element: "h3", id: "cap", text: "上限はある?" },
];
const content =
  "報酬の仕組み. はじめに説明します。 料率はいくら? 料率はジャンルで変わります。 上限はある? 1商品あたりの上限があります。";

describe("splitSections", () => {
  it("cuts the page text at each heading", () => {
    const s = splitSections("報酬の仕組み", content, anchors);
    expect(s.map((x) => x.id)).toEqual(["_top", "rate", "cap"]);
    expect(s[0]?.body).toBe("はじめに説明します。");
    expect(s[1]?.body).toBe("料率はジャンルで変わります。");
    expect(s[2]?.heading).toBe("上限はある?");
    expect(s[2]?.body).toContain("1商品あたり");
  });
  it("cuts at the heading's own block, not where an earlier section's sentence starts with the same words", () => {
    const text = "用語集. my ROOM. 楽天ROOMで各利用者が持つページです。 楽天ROOM. 商品を紹介し合うSNSです。";
    const s = splitSections("用語集", text, [
      { element: "h3", id: "my-room", text: "my ROOM" },
      { element: "h3", id: "room", text: "楽天ROOM" },
    ]);
    expect(s.find((x) => x.id === "room")?.body).toBe("商品を紹介し合うSNSです。");
    expect(s.find((x) => x.id === "my-room")?.body).toBe("楽天ROOMで各利用者が持つページです。");
  });
  it("keeps a component's heading (generated id) inside the enclosing section", () => {
    const text =
      "購入後フォローメール. いつ送るとよい? 注文の当日に送ります。 タイムライン 注文日 発送日 何を必ず入れる? 届く日。";
    const s = splitSections("購入後フォローメール", text, [
      { element: "h2", id: "いつ送るとよい", text: "いつ送るとよい?" },
      { element: "h3", id: "_r1R_0_-title", text: "タイムライン" },
      { element: "h2", id: "何を必ず入れる", text: "何を必ず入れる?" },
    ]);
    expect(s.map((x) => x.id)).toEqual(["_top", "いつ送るとよい", "何を必ず入れる"]);
    expect(s[1]?.body).toContain("タイムライン 注文日 発送日");
  });
  it("skips headings whose text is not found", () => {
    const s = splitSections("報酬の仕組み", content, [
      ...anchors,
      { element: "h2", id: "x", text: "存在しない" },
    ]);
    expect(s.map((x) => x.id)).toEqual(["_top", "rate", "cap"]);
  });
});

describe("marking", () => {
  it("marks every occurrence and escapes HTML", () => {
    expect(markWords("<b>上限</b>と上限", ["上限"])).toBe(
      "&lt;b&gt;<mark>上限</mark>&lt;/b&gt;と<mark>上限</mark>",
    );
  });
  it("merges overlapping words", () => {
    expect(matchRanges("店舗アカウント", ["店舗アカウント", "アカウント"])).toEqual([[0, 7]]);
  });
  it("excerpt shows the first match with ellipses", () => {
    const text = `${"あ".repeat(200)}上限${"い".repeat(200)}`;
    const e = excerpt(text, ["上限"], 60);
    expect(e.startsWith("…")).toBe(true);
    expect(e.endsWith("…")).toBe(true);
    expect(e).toContain("<mark>上限</mark>");
  });
  it("removing the marks gives back the escaped text", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        (t, ws) => {
          const plain = markWords(t, ws).replace(/<\/?mark>/g, "");
          expect(plain).toBe(t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
        },
      ),
    );
  });
});
