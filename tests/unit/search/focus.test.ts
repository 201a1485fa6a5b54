import { describe, expect, it } from "vitest";
import { analyzeQuery } from "../../../src/lib/search/analyze";
import { askingSentence, BACKGROUND_WEIGHT } from "../../../src/lib/search/focus";
import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { terms } from "../../../src/lib/glossary/terms";

const lex = lexiconWithSynonyms(terms);
const weightOf = (q: string, text: string) =>
  analyzeQuery(q, lex).concepts.find((c) => c.text === text)?.weight;

const LONG_STORY =
  "うちは家電メインで10万円のドラム式洗濯機も売っているお店です。楽天ROOMで紹介されて売れたら、紹介した人の報酬の上限はいくらになりますか?";

describe("askingSentence", () => {
  it("picks the sentence that asks in a long question of several sentences", () => {
    expect(askingSentence(LONG_STORY)).toBe(
      "楽天ROOMで紹介されて売れたら、紹介した人の報酬の上限はいくらになりますか?",
    );
  });
  it("picks the last sentence that asks, even when background follows it", () => {
    const q =
      "お店として楽天ROOMを始めるのって何がいいの?社長に来週プレゼンする予定で、広告費との比べ方も含めて資料を作っているところなんです。";
    expect(askingSentence(q)).toBe("お店として楽天ROOMを始めるのって何がいいの?");
  });
  it("reads a clause ending in けど、 as background", () => {
    const q =
      "お店のメルマガを毎週火曜と金曜の2回、全員に送っているんだけど、開封率がずっと1割もなくて、このまま送り続けても意味があるのか知りたい";
    expect(askingSentence(q)).toBe("開封率がずっと1割もなくて、このまま送り続けても意味があるのか知りたい");
  });
  it("leaves short questions and one-sentence questions alone", () => {
    expect(askingSentence("ROOMの報酬の上限は?")).toBeUndefined();
    expect(askingSentence("あ".repeat(80))).toBeUndefined();
  });
});

describe("background words in a long question", () => {
  it("weigh less than the words of the sentence that asks", () => {
    expect(weightOf(LONG_STORY, "洗濯機")).toBe(BACKGROUND_WEIGHT);
    expect(weightOf(LONG_STORY, "上限")).toBe(1);
  });
  it("keep their weight when the asking sentence names no topic of its own", () => {
    const q =
      "発送のお知らせメールの最後に、次回使えるクーポンの案内をずらっと並べて載せています。これって大丈夫ですか?";
    expect(weightOf(q, "発送")).toBe(1);
  });
});
