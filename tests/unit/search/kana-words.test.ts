import { describe, expect, it } from "vitest";
import {
  hasKanaChunk,
  joinKanaPieces,
  kanaChunkPieces,
  kanaWordIndex,
  kanaWordsOf,
  kanaPieces,
  stemForm,
  typedInKana,
  withPhraseReadings,
  type KanaWords,
  type ReadToken,
} from "../../../src/lib/search/kana-words";

/** A question's kana pieces joined with `pad` around each written word, as analyzeQuery joins them. */
const writeKanaWords = (q: string, words: KanaWords, keep: ReadonlySet<string> = new Set(), pad = " ") =>
  joinKanaPieces(kanaPieces(q, words, keep), pad);

const t = (surface: string, reading: string, pos = "名詞", posDetail = "一般"): ReadToken => ({
  surface,
  reading,
  pos,
  posDetail,
});

describe("withPhraseReadings", () => {
  const phrases = new Map([
    [
      "何度も",
      [t("何", "ナン", "名詞", "数"), t("度", "ド", "名詞", "接尾"), t("も", "モ", "助詞", "係助詞")],
    ],
    ["買ったばかり", [t("買っ", "カッ", "動詞"), t("た", "タ", "助動詞"), t("ばかり", "バカリ", "助詞")]],
    ["計算", [t("計算", "ケイサン")]],
    ["損", [t("損", "ソン")]],
    ["coupon", [t("coupon", "")]],
  ]);
  it("reads the search's phrases in kana as their tokens' readings joined", () => {
    const words = withPhraseReadings({}, phrases);
    expect(words["なんども"]).toBe("何度も");
    expect(words["かったばかり"]).toBe("買ったばかり");
  });
  it("never changes a reading the site's words hold, and skips short readings and Latin words", () => {
    const words = withPhraseReadings({ けいさん: "計算機" }, phrases);
    expect(words["けいさん"]).toBe("計算機");
    expect(words["そん"]).toBeUndefined();
    expect(Object.values(words)).not.toContain("coupon");
  });
});

describe("kanaWordsOf", () => {
  it("keeps nouns, verbs and adjectives written with kanji, by their hiragana reading", () => {
    const words = kanaWordsOf([
      t("上司", "ジョウシ"),
      t("見せる", "ミセル", "動詞", "自立"),
      t("意味", "イミ"),
    ]);
    expect(words).toEqual({ じょうし: "上司", みせる: "見せる", いみ: "意味" });
  });

  it("adds a godan verb's stem form, which readers type as a noun (おわり for 終わり), but not an ichidan verb's", () => {
    const verb = (surface: string, reading: string, basic: string, conjugation: string): ReadToken => ({
      ...t(surface, reading, "動詞", "自立"),
      basic,
      conjugation,
    });
    const words = kanaWordsOf([
      verb("終わっ", "オワッ", "終わる", "五段・ラ行"),
      verb("書く", "カク", "書く", "五段・カ行イ音便"),
      verb("取り扱う", "トリアツカウ", "取り扱う", "五段・ワ行促音便"),
      verb("見せ", "ミセ", "見せる", "一段"),
    ]);
    expect(words).toMatchObject({ おわり: "終わり", とりあつかい: "取り扱い" });
    // Two kana (かき) would sit inside too many words typed in kana.
    expect(words).not.toHaveProperty("かき");
    expect(words).not.toHaveProperty("みせり");
    expect(stemForm(t("終わり", "オワリ"))).toBeUndefined();
  });

  it("leaves out numbers, proper nouns, words with katakana or Latin letters, and one-kana readings", () => {
    const words = kanaWordsOf([
      t("三", "サン", "名詞", "数"),
      t("楽天", "ラクテン", "名詞", "固有名詞"),
      t("ROOM内", "ルームナイ"),
      t("手", "テ"),
      t("は", "ハ", "助詞", "係助詞"),
    ]);
    expect(words).toEqual({});
  });

  it("picks the most frequent spelling of a reading, and none when the site writes the word in kana as often", () => {
    const words = kanaWordsOf([
      t("完了", "カンリョウ"),
      t("完了", "カンリョウ"),
      t("官僚", "カンリョウ"),
      t("事", "コト"),
      t("こと", "コト"),
      t("こと", "コト"),
    ]);
    expect(words).toEqual({ かんりょう: "完了" });
  });

  it("maps a content word of three kana or more that the site writes in kana to itself, so a reading inside it does not split it", () => {
    const words = kanaWordsOf([
      t("書か", "カカ", "動詞", "自立"),
      t("かかる", "カカル", "動詞", "自立"),
      t("しばらく", "シバラク", "副詞", "一般"),
      t("ない", "ナイ", "助動詞", "*"),
    ]);
    expect(words).toEqual({ かか: "書か", かかる: "かかる", しばらく: "しばらく" });
    expect(writeKanaWords("いくらかかる", kanaWordIndex(words))).toBe("いくら かかる");
    expect(writeKanaWords("かかない", kanaWordIndex(words))).toBe("書か ない");
  });
});

describe("writeKanaWords", () => {
  const words = kanaWordIndex({
    ことば: "言葉",
    いみ: "意味",
    だれ: "誰",
    のせ: "載せ",
    せきにん: "責任",
    どうい: "同意",
    しらべ: "調べ",
  });

  it("writes known readings as the site writes them and leaves the rest", () => {
    expect(writeKanaWords("ことばのいみしらべたい", words)).toBe("言葉 の 意味 調べ たい");
    expect(writeKanaWords("ROOM ことば", words)).toBe("ROOM 言葉");
  });

  it("writes them without spaces to show the reader how the question was read", () => {
    expect(writeKanaWords("ことばの いみ しらべたい", words, new Set(), "")).toBe("言葉の 意味 調べたい");
  });

  it("prefers the cut with the longest words (誰 の 責任, not 誰 載せ …)", () => {
    expect(writeKanaWords("だれのせきにん", words)).toBe("誰 の 責任");
  });

  it("keeps a function word that a shorter reading would break (どういう, not 同意 + う)", () => {
    expect(writeKanaWords("どういういみ", words, new Set(["どういう"]))).toBe("どういう 意味");
    expect(writeKanaWords("どういういみ", words)).toBe("同意 う 意味");
  });

  it("applies to questions typed without any kanji only", () => {
    expect(typedInKana("ことばのいみ")).toBe(true);
    expect(typedInKana("ROOM らんく")).toBe(true);
    expect(typedInKana("言葉のいみ")).toBe(false);
  });

  it("reads the space-separated kana chunks of a question with kanji, and leaves kana joined to kanji as typed", () => {
    const pieces = kanaChunkPieces("ことばの いみ 言葉のいみ", words);
    expect(joinKanaPieces(pieces, " ")).toBe("言葉 の 意味 言葉のいみ");
    expect(joinKanaPieces(pieces, "")).toBe("言葉の 意味 言葉のいみ");
    expect(hasKanaChunk("ことばの 言葉")).toBe(true);
    expect(hasKanaChunk("言葉のいみ")).toBe(false);
    expect(hasKanaChunk("ことばの いみ")).toBe(false);
  });
});
