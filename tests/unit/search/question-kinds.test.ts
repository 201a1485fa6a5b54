import { describe, expect, it } from "vitest";
import { asksOtherKind, questionKinds } from "../../../src/lib/search/question-kinds";

describe("questionKinds", () => {
  it("reads who, how much and how from Japanese and English question words", () => {
    expect(questionKinds("ランクボーナスは誰が払うの")).toEqual(["誰", "支払"]);
    expect(questionKinds("who pays the rank bonus, the shop or rakuten?")).toEqual(["誰", "支払"]);
    expect(questionKinds("how much does a shop pay when an item sells")).toEqual(["金額", "支払"]);
    expect(questionKinds("how to open a shop account on rakuten room")).toEqual(["方法"]);
    expect(questionKinds("レビュー依頼はいつ送る")).toEqual(["時期"]);
    expect(questionKinds("クーポンはどこで発行する")).toEqual(["場所"]);
    expect(questionKinds("what is the difference between room and ichiba")).toEqual(["違い"]);
    expect(questionKinds("社員が自社の商品を紹介してもよい")).toEqual(["可否"]);
    expect(questionKinds("ltvとは")).toEqual(["定義"]);
    expect(questionKinds("what is ltv?")).toEqual(["定義"]);
  });
  it("reads English when as a time only where it asks one", () => {
    expect(questionKinds("when should i send the review request")).toEqual(["時期"]);
    expect(questionKinds("fee when an item sells")).toEqual(["金額"]);
  });
  it("reads the side of a payment a question asks about, after its kinds", () => {
    expect(questionKinds("紹介した人っていくらもらえるの")).toEqual(["金額", "受取"]);
    expect(questionKinds("how much does a room user earn")).toEqual(["金額", "受取"]);
    expect(questionKinds("店はいくら払う")).toEqual(["金額", "支払"]);
  });
  it("reads none in a question without a question word", () => {
    expect(questionKinds("ランクボーナス 上限")).toEqual([]);
    // こと は and 何% are no definition: 気をつけることは, 手数料って何パーセント.
    expect(questionKinds("気をつけることは")).toEqual([]);
    expect(questionKinds("手数料って何パーセント")).not.toContain("定義");
  });
});

describe("asksOtherKind", () => {
  it("is true only when both ask a kind and they share none", () => {
    expect(asksOtherKind(["金額"], ["誰"])).toBe(true);
    expect(asksOtherKind(["金額", "時期"], ["時期"])).toBe(false);
    expect(asksOtherKind([], ["誰"])).toBe(false);
    expect(asksOtherKind(["金額"], [])).toBe(false);
  });
  it("compares kinds with kinds and sides with sides", () => {
    expect(asksOtherKind(["金額", "受取"], ["金額", "支払"])).toBe(true);
    expect(asksOtherKind(["金額", "受取"], ["金額"])).toBe(false);
    expect(asksOtherKind(["受取"], ["金額"])).toBe(false);
  });
});
