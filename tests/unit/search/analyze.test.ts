import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyzeQuery, buildLexicon, isStopword, toKatakana } from "../../../src/lib/search/analyze";
import { normalize } from "../../../src/lib/search/normalize";
import { terms } from "../../../src/lib/glossary/terms";

const lex = buildLexicon(terms);
const texts = (q: string) => analyzeQuery(q, lex).concepts.map((c) => c.text);

describe("normalize", () => {
  it("folds full-width letters, digits and spaces", () => {
    expect(normalize("ＲＯＯＭ　ランク　１０")).toBe("room ランク 10");
  });
  it("turns punctuation into single spaces", () => {
    expect(normalize("  クーポンの期限は?「何日」  ")).toBe("クーポンの期限は 何日");
  });
  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normalize(normalize(s)) === normalize(s)));
  });
});

describe("analyzeQuery", () => {
  it("drops particles and question endings and keeps content words", () => {
    expect(texts("ランクを上げるにはどうすればいいですか")).toEqual(
      expect.arrayContaining(["ランク", "上げる"]),
    );
    expect(texts("ランクを上げるには")).not.toContain("を");
  });
  it("maps question words to what an answer contains", () => {
    const c = analyzeQuery("クーポンは何日有効?", lex).concepts.find((x) => x.text === "期間");
    expect(c?.variants).toEqual(expect.arrayContaining(["期間", "期限"]));
    expect(c?.weight).toBeLessThan(1);
  });
  it("attaches glossary aliases as variants", () => {
    const c = analyzeQuery("サンクスメールの書き方", lex).concepts[0];
    expect(c?.variants).toContain("購入後フォローメール");
  });
  it("resolves hiragana readings of glossary terms and katakana typed in hiragana", () => {
    expect(texts("こうにゅうごふぉろーめーる")).toEqual(["購入後フォローメール"]);
    expect(texts("らんくぼーなすはいくら")[0]).toBe("ランクボーナス");
  });
  it("recognises calculator intent", () => {
    expect(analyzeQuery("報酬 計算", lex).toolIntent).toBe(true);
    expect(analyzeQuery("報酬の上限", lex).toolIntent).toBe(false);
  });
  it("never returns stopwords or empty concepts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        for (const c of analyzeQuery(s, lex).concepts) {
          expect(c.variants.length).toBeGreaterThan(0);
          expect(c.variants.every((v) => v.length > 0)).toBe(true);
        }
      }),
    );
  });
  it("lists each concept once", () => {
    expect(texts("上限 最大 上限")).toEqual(["上限"]);
  });
});

describe("helpers", () => {
  it("toKatakana converts only hiragana", () => {
    expect(toKatakana("らんくABC漢字")).toBe("ランクABC漢字");
  });
  it("isStopword", () => {
    expect(isStopword("は")).toBe(true);
    expect(isStopword("ー")).toBe(true);
    expect(isStopword("報酬")).toBe(false);
  });
});

describe("compounds, negation and intents", () => {
  it("keeps a one-kanji suffix with its word and matches the word alone weakly", () => {
    const c = analyzeQuery("出店者のメリット", lex).concepts[0];
    expect(c?.text).toBe("出店者");
    expect(c?.weak).toContain("出店");
  });
  it("a known word followed by a one-kanji suffix keeps its synonyms (ユーザー数 -> 利用者)", () => {
    const c = analyzeQuery("ROOMのユーザー数", lex).concepts.find((x) => x.text === "ユーザー");
    expect(c?.variants).toContain("利用者");
  });
  it("keeps a negation as a light concept", () => {
    const n = analyzeQuery("報酬が出ないケース", lex).concepts.find((x) => x.text === "ない");
    expect(n?.weight).toBeLessThan(1);
  });
  it("matches the verb behind …方 (分け方 -> 分け)", () => {
    const c = analyzeQuery("セグメントの分け方", lex).concepts.find((x) => x.text === "分け方");
    expect(c?.variants).toContain("分け");
  });
  it("recognises definition questions but not comparisons", () => {
    expect(analyzeQuery("UGCとは何ですか", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("CVRって何", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("楽天アフィリエイトとは何が違う", lex).definitionIntent).toBe(false);
  });
  it("a question about how something is calculated is not a calculator request", () => {
    expect(analyzeQuery("報酬の計算例を見たい", lex).toolIntent).toBe(false);
    expect(analyzeQuery("報酬は税込で計算?", lex).toolIntent).toBe(false);
    expect(analyzeQuery("レビュー依頼を送る日を計算したい", lex).toolIntent).toBe(true);
  });
});
