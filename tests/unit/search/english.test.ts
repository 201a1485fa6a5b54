import { describe, expect, it } from "vitest";
import { analyzeQuery, readRomaji } from "../../../src/lib/search/analyze";
import { englishBases, readEnglishPhrasing } from "../../../src/lib/search/english";
import { terms } from "../../../src/lib/glossary/terms";
import { kanaWordIndex } from "../../../src/lib/search/kana-words";
import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";

const lex = lexiconWithSynonyms(terms);
const concepts = (q: string) => analyzeQuery(q, lex).concepts.map((c) => c.text);

describe("englishBases", () => {
  it("gives the base forms a plural or an inflected verb may come from", () => {
    expect(englishBases("calculators")).toContain("calculator");
    expect(englishBases("studies")).toContain("study");
    expect(englishBases("started")).toContain("start");
    expect(englishBases("used")).toContain("use");
    expect(englishBases("posting")).toContain("post");
  });
  it("leaves short words and double s alone", () => {
    expect(englishBases("has")).toEqual([]);
    expect(englishBases("access")).not.toContain("acces");
  });
});

describe("readEnglishPhrasing", () => {
  it("reads how much and how long as an amount or a span, not a method", () => {
    expect(readEnglishPhrasing("how much does it cost")).toBe("much does it cost");
    // How many days after asks a time (何日後); how many days alone a span.
    expect(readEnglishPhrasing("how many days after delivery")).toBe("何日後 delivery");
    expect(readEnglishPhrasing("how many days is it valid")).toBe("long days is it valid");
    expect(readEnglishPhrasing("should the follow-up mail go out")).toBe("should the フォローメール go out");
    expect(readEnglishPhrasing("how long does review take")).toBe("long does review take");
    expect(readEnglishPhrasing("how to send a coupon")).toBe("how to send a coupon");
  });
  it("drops when before a subject, keeps it as the question word", () => {
    expect(readEnglishPhrasing("fee when an item sells")).toBe("fee an item sells");
    expect(readEnglishPhrasing("when to send review request")).toBe("when to send review request");
    expect(readEnglishPhrasing("what do we pay when something sells")).toBe("what do we pay something sells");
  });
  it("reads per month as monthly, what an account costs each month", () => {
    expect(readEnglishPhrasing("shop account cost per month")).toBe("shop account cost monthly");
    expect(readEnglishPhrasing("crm roadmap first month")).toBe("crm roadmap first month");
  });
  it("keeps post purchase as one word", () => {
    expect(readEnglishPhrasing("post purchase email")).toBe("post-purchase email");
  });
});

describe("English words in a query", () => {
  it("are read as the site's words through their base form", () => {
    expect(analyzeQuery("calculators", lex).concepts[0]?.variants).toContain("計算");
    expect(analyzeQuery("sells", lex).concepts[0]?.variants).toContain("売上");
  });
  it("ask an amount, not a method, with how much", () => {
    expect(concepts("how much does the shop pay when an item sells")).toEqual(
      expect.not.arrayContaining(["方法", "時期"]),
    );
    expect(concepts("how much does the shop pay")).toContain("金額");
  });
  it("ask for a list of pages with list", () => {
    expect(analyzeQuery("calculators list", lex).listIntent).toBe(true);
    expect(concepts("calculators list")).not.toContain("list");
  });
  it("keep rank letters (S, A) that sit next to Japanese", () => {
    expect(concepts("先月Sだったのに今月Aに落ちた").join(" ")).toMatch(/s/);
  });
  it("are not read as romaji when they are English function words (someone is not そめおね)", () => {
    const withKana = { ...lex, kanaWords: kanaWordIndex({ そめおね: "染め尾根" }) };
    expect(readRomaji("when someone buys", withKana)).toBe("when someone buys");
    expect(concepts("how much does a user earn when someone buys")).not.toContain("時期");
  });
});
