import { describe, expect, it } from "vitest";
import { analyzeQuery } from "../../../src/lib/search/analyze";
import { mayHoldSlip, repairKanaSlips, slipRepairs, withinOneEdit } from "../../../src/lib/search/slips";
import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { terms } from "../../../src/lib/glossary/terms";

const lex = lexiconWithSynonyms(terms, ["ショップタグ"]);
const texts = (q: string, repairSlips: boolean) =>
  analyzeQuery(q, lex, { repairSlips }).concepts.map((c) => c.text);

describe("slips (the last retry of a question that found nothing)", () => {
  it("withinOneEdit: one character dropped, added, changed or two neighbours swapped", () => {
    expect(withinOneEdit("わんだふる", "わんふる")).toBe(true);
    expect(withinOneEdit("わんだふる", "わふる")).toBe(false);
    expect(withinOneEdit("しょっぷたぐ", "しょっぷぐた")).toBe(true);
    expect(withinOneEdit("しょっぷたぐ", "しょっぷたぐぐ")).toBe(true);
    expect(withinOneEdit("しょっぷたぐ", "しょっぷだぐ")).toBe(true);
    expect(withinOneEdit("しょっぷたぐ", "しょうぷだぐ")).toBe(false);
    expect(withinOneEdit("あいう", "あいう")).toBe(true);
  });
  it("slipRepairs reads a run of kanji as its pairs and a doubled Latin letter away", () => {
    const known = (w: string) => w === "cvr";
    expect(slipRepairs("受信否拒", known)).toEqual(["受信", "信否", "否拒"]);
    expect(slipRepairs("ccvr", known)).toEqual(["cvr"]);
    // Nothing to repair: two kanji, an unknown word with a doubled letter, hiragana.
    expect(slipRepairs("受信", known)).toEqual(["受信"]);
    expect(slipRepairs("apple", known)).toEqual(["apple"]);
    expect(slipRepairs("ああああ", known)).toEqual(["ああああ"]);
  });
  it("repairKanaSlips reads hiragana one slip away from a glossary reading or a katakana word of the site", () => {
    expect(repairKanaSlips("わんふるでー とは", lex)).toContain("ワンダフルデー");
    expect(repairKanaSlips("しょっぷぐた", lex)).toContain("ショップタグ");
    expect(repairKanaSlips("ああああああ", lex)).toBe("ああああああ");
    // A run too long to be one mistyped word is left as typed.
    expect(repairKanaSlips(`${"あ".repeat(40)}わんふるでー`, lex)).not.toContain("ワンダフルデー");
  });
  it("analyzeQuery repairs only when asked, and mayHoldSlip tells when it could", () => {
    expect(texts("受信否拒", false)).toEqual(["受信否拒"]);
    expect(texts("受信否拒", true)).toContain("受信");
    expect(texts("ccvr とは", true)).toContain("cvr");
    expect(mayHoldSlip("ccvr")).toBe(true);
    expect(mayHoldSlip("受信")).toBe(false);
    expect(mayHoldSlip("るーむ")).toBe(false);
  });
});
