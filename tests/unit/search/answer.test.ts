import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { definitionText, leadSentences, MAX_ANSWER_LENGTH, sentences } from "../../../src/lib/search/answer";

describe("answer sentences", () => {
  it("split at 。 and drop the trailing → link line", () => {
    expect(sentences("できません。予想は載せません。 → セールの時期はどう扱う?")).toEqual([
      "できません。",
      "予想は載せません。",
    ]);
  });
  it("take whole sentences up to the length limit, cutting only a single long one", () => {
    expect(leadSentences("短い答えです。次の文です。")).toBe("短い答えです。次の文です。");
    const long = `${"あ".repeat(MAX_ANSWER_LENGTH + 20)}。`;
    expect(leadSentences(long).length).toBe(MAX_ANSWER_LENGTH);
    fc.assert(fc.property(fc.string(), (s) => leadSentences(s).length <= MAX_ANSWER_LENGTH));
  });
  it("a glossary entry loses its reading and other names", () => {
    expect(definitionText("読み: えるてぃーぶい. 売上の合計です。 別の呼び方: 顧客生涯価値.")).toBe(
      "売上の合計です。",
    );
  });
});
