import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  analyzeQuery,
  countedConcept,
  myriadConcept,
  numberSpellings,
  hasRomaji,
  okuriganaDropped,
  readRomaji,
  ROMAJI_PIECES,
} from "../../../src/lib/search/analyze";
import { kanaWordIndex } from "../../../src/lib/search/kana-words";
import {
  foldLongVowels,
  romajiToHiragana,
  toHiragana,
  toKatakana,
  withLongVowels,
  withSyllabicN,
} from "../../../src/lib/search/kana";
import { buildLexicon, kanjiReadings, katakanaWords } from "../../../src/lib/search/lexicon";
import {
  adjectiveForms,
  dictionaryForm,
  inflectionStem,
  verbForms,
} from "../../../src/lib/search/morphology";
import { isStopword } from "../../../src/lib/search/tokenize";
import { containsWord, normalize } from "../../../src/lib/search/normalize";
import { terms } from "../../../src/lib/glossary/terms";

const lex = lexiconWithSynonyms(terms);
const texts = (q: string) => analyzeQuery(q, lex).concepts.map((c) => c.text);

describe("normalize", () => {
  it("folds full-width letters, digits and spaces", () => {
    expect(normalize("ＲＯＯＭ　ランク　１０")).toBe("room ランク 10");
  });
  it("turns punctuation into single spaces", () => {
    expect(normalize("  クーポンの期限は?「何日」  ")).toBe("クーポンの期限は 何日");
    // 何% asks for a rate: kept as the question word, not cut to 何 when % becomes a separator.
    expect(normalize("家電の料率は何%?")).toBe("家電の料率は何パーセント");
    expect(normalize("料率 何 ％")).toBe("料率 何パーセント");
    expect(normalize("10%オフ")).toBe("10 オフ");
  });
  it("reads a counter typed in kana after a number as the counter (3にちめ is 3日目)", () => {
    expect(normalize("ろーどまっぷ 3にちめ")).toBe("ろーどまっぷ 3日目");
    expect(normalize("2かいめ の クーポン 500えん")).toBe("2回目 の クーポン 500円");
    expect(normalize("30にちご")).toBe("30日後");
    expect(normalize("いちにちめ")).toBe("いちにちめ");
    expect(texts("3にちめ なにする")).toContain("3日目");
  });
  it("reads a star rating typed as stars as the guides' 星 and its number (★5 is 星5)", () => {
    expect(normalize("★5なら次回10%OFF")).toBe("星5なら次回10 off");
    expect(normalize("★★★★★のレビュー")).toBe("星5のレビュー");
    expect(normalize("★★★☆☆ だった")).toBe("星3 だった");
    expect(normalize("⭐️ 4 review")).toBe("星4 review");
  });
  it("reads a day or week named in English as its ordinal (day 3 is 3日目, week-2 is 2週目)", () => {
    expect(normalize("onboarding の Day 3 は何を読む")).toBe("onboarding の 3日目 は何を読む");
    expect(normalize("week-2 day3")).toBe("2週目 3日目");
    expect(normalize("today 3")).toBe("today 3");
  });
  it("matches Latin words and numbers whole, Japanese words anywhere", () => {
    expect(containsWord("javascriptを有効に", "script")).toBe(false);
    expect(containsWord("<script> と alert", "script")).toBe(true);
    expect(containsWord("10日後", "1")).toBe(false);
    expect(containsWord("1日あたり", "1")).toBe(true);
    expect(containsWord("購入後フォローメール", "フォロー")).toBe(true);
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
  it("reads どうする / どうすれば as a question about what to do, answered by a heading that asks it", () => {
    const c = analyzeQuery("セール中のCRMはどうする", lex).concepts.find((x) => x.text === "対処");
    expect(c?.variants).toEqual(expect.arrayContaining(["どうする", "どう扱う"]));
    expect(c?.weight).toBeLessThan(1);
    expect(texts("広告でしか売れない商品はどうしたらいい")).toContain("対処");
    // 扱い alone is an ordinary noun (このツールの扱い): not evidence of an answer on what to do.
    expect(c?.variants).not.toContain("扱い");
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
    // So does the common misspelling シュミレーター (read as one slip, two neighbours swapped).
    expect(analyzeQuery("報酬シュミレーター", lex).toolIntent).toBe(true);
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
  it("drops 別に / ごとに after a noun (per …): the noun is the concept", () => {
    expect(texts("ランク別に報酬を比べる")).not.toContain("別に");
    expect(texts("ランク別に報酬を比べる")).toContain("ランク");
    expect(texts("担当者ごとに分けたい")).not.toContain("ごとに");
  });
});

describe("compounds, negation and intents", () => {
  it("keeps a one-kanji suffix with its word and matches the word alone weakly", () => {
    const c = analyzeQuery("投稿者のメリット", lex).concepts[0];
    expect(c?.text).toBe("投稿者");
    expect(c?.weak).toContain("投稿");
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
    expect(analyzeQuery("CVRってなんの略", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("CRMってそもそも何", lex).definitionIntent).toBe(true);
    // 定義 (definition) asks what the word means, as 意味 does.
    expect(analyzeQuery("特定電子メール 定義", lex).definitionIntent).toBe(true);
    // Asking for the glossary itself, or a place gathering what words mean.
    expect(analyzeQuery("用語集", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("言葉の意味をまとめて引けるところ", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("知らない用語だらけ、まとめて意味を調べたい", lex).definitionIntent).toBe(true);
    // 意味 typed in hiragana at the end, but not いみ inside another word.
    expect(analyzeQuery("そんえきぶんき いみ", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("えるてぃーぶいのいみは", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("きいみたいな くーぽん", lex).definitionIntent).toBe(false);
    // …どういういみ typed in kana reads 意味 once its words are read as the site writes them.
    const withKana = { ...lex, kanaWords: kanaWordIndex({ そうきゃく: "送客", いみ: "意味" }) };
    expect(analyzeQuery("そうきゃくってどういういみ", withKana).definitionIntent).toBe(true);
    // Typed with spaces, or ending in だっけ.
    expect(analyzeQuery("らくてんるーむ って なに", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("ROOMって そもそも何だっけ", lex).definitionIntent).toBe(true);
    // なんなの, or followed by a plain request to explain.
    expect(analyzeQuery("ROOMってなんなの", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("るーむって なんなの かんたんに おしえて", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("ROOMって何がおしえてくれる", lex).definitionIntent).toBe(false);
    // Read as typed in romaji.
    expect(analyzeQuery("room tte nani", lex).definitionIntent).toBe(true);
    expect(texts("CRMってそもそも何")).toEqual(["crm"]);
  });
  it("a question about how something is calculated is not a calculator request", () => {
    expect(analyzeQuery("報酬の計算例を見たい", lex).toolIntent).toBe(false);
    expect(analyzeQuery("報酬は税込で計算?", lex).toolIntent).toBe(false);
    expect(analyzeQuery("レビュー依頼を送る日を計算したい", lex).toolIntent).toBe(true);
  });
});

describe("page words, readings and word pieces", () => {
  const withPages = lexiconWithSynonyms(terms, ["コンバージョン", "ハッシュタグ", "テンプレート"]);
  const textsWith = (q: string) => analyzeQuery(q, withPages).concepts.map((c) => c.text);

  it("lists the katakana words of a text (three or more characters)", () => {
    expect(katakanaWords("ＲＯＯＭのハッシュタグとコメント、メモ")).toEqual(["ハッシュタグ", "コメント"]);
  });
  it("converts katakana to hiragana and back", () => {
    fc.assert(fc.property(fc.stringMatching(/^[ぁ-ゖ]*$/), (s) => toHiragana(toKatakana(s)) === s));
    expect(toHiragana("ランクボーナス")).toBe("らんくぼーなす");
  });
  it("learns kanji suffixes and prefixes from glossary readings", () => {
    const r = new Map(kanjiReadings(terms));
    expect(r.get("りつ")).toBe("率");
    expect(r.get("てんぽ")).toBe("店舗");
  });
  it("folds hiragana to any katakana word of the pages, with a kanji suffix read after it", () => {
    expect(textsWith("はっしゅたぐのつけかた")).toContain("ハッシュタグ");
    expect(textsWith("こんばーじょんりつ")).toEqual(["コンバージョン率"]);
  });
  it("a glossary word typed alone as its reading or in Latin letters asks what it means", () => {
    expect(analyzeQuery("こんばーじょんりつ", withPages).definitionIntent).toBe(true);
    expect(analyzeQuery("ltv", lex).definitionIntent).toBe(true);
    expect(analyzeQuery("リピート率の見方", lex).definitionIntent).toBe(false);
  });
  it("keeps a katakana word whole when the segmenter cuts it", () => {
    expect(texts("テンプレの使い方")).toContain("テンプレ");
  });
  it("keeps a verb cut after its kanji with its first kana and finds the lexicon's word", () => {
    expect(texts("店舗はROOMで待ってるだけ")).toContain("待っ");
    const c = analyzeQuery("レビューを書いたら", lex).concepts.find((x) => x.text === "書い");
    expect(c?.variants).toContain("記載");
    expect(dictionaryForm("書い", lex)).toBe("書く");
    expect(dictionaryForm("ランク", lex)).toBeUndefined();
  });
  it("keeps the stem every form of a verb or adjective shares", () => {
    expect(inflectionStem("間に合う")).toBe("間に合");
    expect(inflectionStem("短い")).toBeUndefined();
    expect(inflectionStem("ランク")).toBeUndefined();
    expect(texts("先月Sランクだったのに下がった")).toContain("下が");
  });
  it("matches the other forms of a verb cut to its kanji and first kana", () => {
    expect(verbForms("配れ")).toEqual(expect.arrayContaining(["配る", "配っ", "配り"]));
    expect(verbForms("書い")).toEqual(expect.arrayContaining(["書く", "書き"]));
    expect(verbForms("使う")).toEqual([]);
    expect(verbForms("ランク")).toEqual([]);
  });
  it("matches the other forms of a short adjective", () => {
    expect(adjectiveForms("短い")).toEqual(expect.arrayContaining(["短く", "短すぎ", "短め"]));
    expect(adjectiveForms("ランク")).toEqual([]);
  });
  it("a variant-only group entry (+) is matched but does not call up the group", () => {
    const g = buildLexicon([], [["?数値", "何ポイント", "+ポイント"]]);
    expect(g.phrases.get("何ポイント")?.variants).toContain("ポイント");
    expect(g.phrases.has("ポイント")).toBe(false);
  });
  it("reads common kanji words typed in hiragana", () => {
    expect(texts("ほうしゅうのじょうげん")).toEqual(["報酬", "上限"]);
    expect(texts("てんぽあかうんと")).toEqual(["店舗アカウント"]);
    expect(texts("ほうしゅう げんきんでもらえる")).toEqual(["報酬", "現金"]);
    expect(texts("つうじょう価格")).toContain("通常");
    expect(texts("ひこうしき って書いてあるのどういう意味")).toContain("非公式");
  });
  it("reads question words typed in hiragana as the question they ask", () => {
    expect(texts("くーぽんのきげんはなんにち")).toEqual(["クーポン", "期間"]);
    expect(texts("CRMなにからやればいい")).toEqual(["crm", "順番"]);
    expect(texts("るーむ らんく あげかた")).toEqual(["ルーム", "ランク", "上げ方"]);
  });
  it("drops colloquial endings", () => {
    expect(texts("ROOMのアフィリエイトってどういう仕組み")).not.toContain("どういう");
    expect(texts("買わずに帰っちゃう")).not.toContain("ちゃう");
  });
  it("asking to compare figures is a calculator request", () => {
    expect(analyzeQuery("ランク別の報酬を比べたい", lex).toolIntent).toBe(true);
    expect(analyzeQuery("ROOMと楽天市場の違いは", lex).toolIntent).toBe(false);
  });
});

describe("romaji, numbers with counters, and markup", () => {
  it("reads romaji as kana only when the kana form is a word the lexicon knows", () => {
    expect(romajiToHiragana("ru-mu")).toBe("るーむ");
    expect(romajiToHiragana("houshuu")).toBe("ほうしゅう");
    // Typed without its long vowels.
    expect(texts("hoshu simulator tsukaikata")).toEqual(["報酬", "simulator", "使い方"]);
    expect(withLongVowels("ほしゅ")).toContain("ほうしゅう");
    expect(withLongVowels("ほしゅ")[0]).toHaveLength(4);
    // Typed with ん as a bare n before a vowel (son'eki): read so when the word as typed is none.
    expect(withSyllabicN("sonekibunki")).toEqual(["son'ekibunki"]);
    expect(withSyllabicN("kanri")).toEqual([]);
    expect(withSyllabicN("nenin")).toEqual(["nen'in"]);
    expect(texts("sonekibunki")).toEqual(["損益分岐"]);
    expect(texts("script")).toEqual(["script"]);
    expect(romajiToHiragana("kuupon")).toBe("くうぽん");
    expect(romajiToHiragana("script")).toBeUndefined();
    expect(readRomaji("ru-mu", lex)).toBe("るーむ");
    expect(readRomaji("room rpp", lex)).toBe("room rpp");
    expect(readRomaji("alert", lex)).toBe("alert");
    // The English article is not romaji (an -> 案): "when an item sells" stays a condition, not a time.
    expect(readRomaji("when an item sells", lex)).toBe("when an item sells");
    expect(readRomaji("when to send", lex)).toBe("when to send");
    expect(
      analyzeQuery("how much does a shop pay when an item sells", lex).concepts.map((c) => c.text),
    ).not.toContain("時期");
    const q = analyzeQuery("ru-mu", lex);
    expect(q.reading).toBe("るーむ");
    expect(q.concepts[0]?.variants).toContain("楽天room");
    // English words of the glossary's terms call up their Japanese forms.
    const words = analyzeQuery("rakuten room affiliate chigai", lex).concepts.map((c) => c.variants);
    expect(words[0]).toContain("楽天");
    expect(words[2]).toContain("アフィリエイト");
  });
  it("reads a long vowel typed as a vowel (くうぽん, kuupon, めえる) as ー when that spells a katakana word", () => {
    expect(foldLongVowels("くうぽん")).toBe("くーぽん");
    expect(foldLongVowels("めえる")).toBe("めーる");
    expect(foldLongVowels("ふぉろう")).toBe("ふぉろー");
    expect(texts("くうぽん")).toEqual(["クーポン"]);
    expect(texts("めえる")).toEqual(["メール"]);
    expect(analyzeQuery("kuupon", lex).reading).toBe("くうぽん");
    expect(texts("kuupon")).toEqual(["クーポン"]);
    // The topic particle typed as it sounds (towa, wa) between other words is written は.
    expect(readRomaji("rakuten room towa", lex)).toBe("rakuten room とは");
    expect(analyzeQuery("rakuten room towa", lex).definitionIntent).toBe(true);
    // Loanword syllables (ふぉ, ちぇ) and long vowels marked with a macron (kōnyūgo, mēru).
    expect(romajiToHiragana("foroo")).toBe("ふぉろお");
    expect(romajiToHiragana("chekku")).toBe("ちぇっく");
    expect(normalize("Kōnyūgo mēru")).toBe("kounyuugo meeru");
    expect(texts("forō mēru")).toEqual(["フォローメール"]);
    // Every long vowel of a katakana word typed doubled, the first one too (riipiitaa for リピーター).
    expect(readRomaji("riipiitaa", lex)).toBe("りーぴーたー");
    expect(texts("riipiitaa")).toEqual(["リピーター"]);
    // Kanji words read in hiragana keep their vowels: no katakana word is found either way.
    expect(texts("ほうしゅう")).toEqual(["報酬"]);
    expect(texts("けいさん")).toEqual(["計算"]);
  });
  it("reads a romaji particle between romaji words as kana (no -> の), so it is dropped, not kept as a Latin word", () => {
    expect(readRomaji("ranku bo-nasu no jougen", lex)).toBe("ランクボーナス の じょうげん");
    expect(texts("ru-mu no houshuu")).toEqual(["ルーム", "報酬"]);
    expect(analyzeQuery("sutema toha", lex).definitionIntent).toBe(true);
    // Alone, a Latin word stays as typed.
    expect(readRomaji("no", lex)).toBe("no");
  });
  it("reads romaji that spells a known kana word as typed (itsu -> いつ), so the question word is kept", () => {
    expect(readRomaji("rebyu- itsu", lex)).toBe("れびゅー いつ");
    expect(analyzeQuery("rebyu- irai itsu", lex).concepts.map((c) => c.text)).toContain("時期");
  });
  it("reads romaji that spells a word of the site's text in kana as the site writes it (shohin -> 商品)", () => {
    const withKana = { ...lex, kanaWords: kanaWordIndex({ しょうひん: "商品", ふくすう: "複数", ほ: "帆" }) };
    expect(readRomaji("fukusu no shohin", withKana)).toBe("複数 の 商品");
    expect(hasRomaji("fukusu no shohin", withKana)).toBe(true);
    // Without the kana words, or for a reading under three kana (ho), the word stays as typed.
    expect(readRomaji("shohin", lex)).toBe("shohin");
    expect(readRomaji("ho", withKana)).toBe("ho");
    // Known Latin words and words no romaji spells do not ask for the kana words.
    expect(hasRomaji("room rpp 報酬", lex)).toBe(false);
    expect(hasRomaji("<script>alert(1)</script>", lex)).toBe(false);
  });
  it("reads romaji as the site's word it spells as typed (kaku -> 書く) before one it spells with a long vowel (かくう)", () => {
    const withKana = { ...lex, kanaWords: kanaWordIndex({ かく: "書く", かくう: "架空" }) };
    expect(readRomaji("nani kaku", withKana)).toBe("なに 書く");
    expect(readRomaji("kakuu", withKana)).toBe("架空");
  });
  it("reads romaji that is an inflected form of the site's words in kana (kubatte -> 配っ て), not a stray syllable", () => {
    const withKana = { ...lex, kanaWords: kanaWordIndex({ くばっ: "配っ", ぜんいん: "全員" }) };
    expect(readRomaji("zenin ni kubatte", withKana)).toBe("全員 に 配っ て");
    // Under ROMAJI_PIECES.share of its kana in the site's words, a word stays as typed (くばってもらえるかな: 2 of 10).
    expect(readRomaji("kubattemoraerukana", withKana)).toBe("kubattemoraerukana");
    expect(ROMAJI_PIECES.share).toBeGreaterThan(0.3);
  });
  it("reads a question typed without kanji with the kana words though its counter is read in kanji (3かげつご)", () => {
    const withKana = { ...lex, kanaWords: kanaWordIndex({ くばっ: "配っ" }) };
    const q = analyzeQuery("くーぽん くばって 3かげつご", withKana);
    expect(q.concepts.map((c) => c.text)).toEqual(["クーポン", "配っ", "3か月"]);
    expect(q.reading).toBe("クーポン 配って 3か月後");
  });
  it("matches a Latin phrase only as a whole word: ok is not read inside okuru, rank not inside ranking", () => {
    expect(texts("okuru")).not.toContain("ok");
    expect(texts("ranking")).not.toContain("rank");
    expect(texts("ok")).toEqual(["可否"]);
    expect(analyzeQuery("rank up", lex).concepts.map((c) => c.text)).toEqual(["rank", "up"]);
  });
  it("reads a glossary term's English or romaji name, typed apart or with a hyphen, as its glossary id spells it", () => {
    expect(texts("opt-in meaning")).toEqual(["オプトイン", "meaning"]);
    expect(texts("double price NG")).toContain("二重価格");
    // …and with the Japanese that follows it, unspaced.
    expect(texts("opt-inってなに")).toEqual(["オプトイン"]);
    expect(texts("rank bonus")).toEqual(["roomランクボーナス"]);
    expect(analyzeQuery("keihyo law", lex).reading).toBe("景品表示法");
    // A one-word id is no name of its own: segment stays as typed.
    expect(texts("segment")).toEqual(["segment"]);
  });
  it("reads a number written with 万 or 千 as the figure the pages write in digits (10万 -> 100,000)", () => {
    expect(texts("フォロー数の上限 10万")).toContain("10万");
    expect(myriadConcept("10万").variants).toEqual(["10万", "100,000", "100000"]);
    expect(myriadConcept("50万円").variants).toEqual(expect.arrayContaining(["50万円", "500,000円"]));
    expect(myriadConcept("3千人").variants).toContain("3,000人");
    expect(containsWord("フォロー(総数) 100,000人", "100,000")).toBe(true);
  });
  it("keeps a number with its counter and matches it with or without 目", () => {
    expect(texts("1か月目にやること")).toEqual(["1か月目"]);
    expect(countedConcept("1か月目").variants).toEqual(expect.arrayContaining(["1か月", "か月目"]));
    expect(countedConcept("3000円").variants).toEqual(expect.arrayContaining(["3000円", "3,000円"]));
    expect(countedConcept("3,000円").variants).toEqual(expect.arrayContaining(["3,000円", "3000円"]));
    expect(texts("最初の1ヶ月")).toContain("1か月");
  });
  it("drops markup characters: <script>alert(1)</script> is three plain words", () => {
    expect(texts("<script>alert(1)</script>")).toEqual(["script", "alert", "1"]);
  });
});

describe("synonyms staff use for the guides' words", () => {
  const variantsOf = (q: string, text: string) =>
    analyzeQuery(q, lex).concepts.find((c) => c.text === text || c.variants.includes(text))?.variants ?? [];
  it("場所 asks where, like どこで (the answer names a screen)", () => {
    expect(variantsOf("RMSでクーポンを作る場所", "場所")).toContain("どこで");
    expect(variantsOf("RMSでクーポンを作る場所", "作る")).toContain("発行");
  });
  it("割合 is a 率 (開いてもらえている割合 is the open rate, 開封率)", () => {
    expect(variantsOf("メールを開いてもらえている割合", "割合")).toContain("率");
  });
  it("規約 and ガイドライン are the guides' ルール; 適用 is 当てはまる; 案内 is お知らせ; リセット is 戻る", () => {
    expect(variantsOf("楽天アフィリエイトの規約はROOMにも適用される?", "規約")).toContain("ルール");
    expect(variantsOf("楽天アフィリエイトの規約はROOMにも適用される?", "適用")).toContain("当てはまる");
    expect(variantsOf("クーポン案内メールの文例", "案内")).toContain("お知らせ");
    expect(variantsOf("24時間の上限は何時にリセットされるの", "リセット")).toContain("戻る");
  });
  it("法律 is the guides' 法令, 初日 their 1日目, and a lone 例 is kept as a word", () => {
    expect(variantsOf("どの施策にどの法律が関係するか", "法律")).toContain("法令");
    expect(variantsOf("担当になった初日にやること", "初日")).toContain("1日目");
    expect(texts("ステマになる例とならない例")).toContain("例");
  });
  it("赤字/採算 are 損益, 見方 is 読み方, 値引き is a coupon discount, 違反 asks whether it is allowed", () => {
    expect(variantsOf("クーポンを配って赤字にならないか", "赤字")).toContain("損益");
    expect(variantsOf("リピーターの割合の見方", "見方")).toContain("読む");
    expect(variantsOf("値引きの額", "値引き")).toContain("割引");
    expect(analyzeQuery("規約違反?", lex).concepts.some((c) => c.variants.includes("禁止"))).toBe(true);
  });
  it("いつも is one word (usually), not いつ (when) + も", () => {
    const q = analyzeQuery("いつも割引しているのに今だけと書いてもいい?", lex);
    expect(q.concepts.map((c) => c.text)).not.toContain("時期");
    expect(variantsOf("いつも割引している", "いつも")).toContain("ふだん");
  });
  it("いっぱい is one word (many), not cut to いつ (when)", () => {
    const q = analyzeQuery("クーポンに条件いっぱいつけたら誰も使ってくれなかった", lex);
    expect(q.concepts.map((c) => c.text)).not.toContain("時期");
  });
  it("keeps 同梱 whole and reads おまけ as a gift for a review (特典)", () => {
    expect(texts("おまけ同梱しますって書くのアリ")).toEqual(expect.arrayContaining(["おまけ", "同梱"]));
    expect(variantsOf("おまけ同梱", "おまけ")).toContain("特典");
  });
  it("reads the rules and practice pages' words typed in hiragana", () => {
    expect(texts("しゃいんがかうとほうしゅうはでる")).toEqual(["社員", "報酬"]);
    expect(texts("にじゅうかかくのるーる")).toContain("二重価格");
    // Half converted: the kanji word after the hiragana one.
    expect(texts("にじゅう価格 何週間")).toContain("二重");
  });
  it("reads a katakana word typed with one slip as the known word, and leaves known or unknown words alone", () => {
    expect(texts("ステルスマーケテイング 罰則")).toEqual(["ステルスマーケティング", "罰則"]);
    expect(texts("クポン")).toEqual(["クーポン"]);
    expect(texts("アフリエイト")).toContain("アフィリエイト");
    expect(texts("ランクボナズ")).not.toContain("ランクボーナス");
    expect(texts("ランクボナス")).toEqual(["ランクボーナス"]);
    // Two neighbours typed in reverse order: the common シュミレーション.
    expect(analyzeQuery("シュミレーション", lex).reading).toBe("シミュレーション");
    // A key pressed twice.
    expect(analyzeQuery("レビュー依頼 タイミンング", lex).reading).toBe("レビュー依頼 タイミング");
    expect(texts("デイリー")).toEqual(["デイリー"]);
    expect(analyzeQuery("クポン 期限", lex).reading).toBe("クーポン 期限");
    expect(analyzeQuery("クーポン 期限", lex).reading).toBeUndefined();
    // A look-alike copied by eye: ソ for ン, ヌ for ス.
    expect(analyzeQuery("再購入クーポソ", lex).reading).toBe("再購入クーポン");
    expect(texts("ランクボーナヌ")).toEqual(["ランクボーナス"]);
  });
  it("reads a katakana word typed in hiragana with one slip (はっしゅたく) as the known word, only as a word of its own", () => {
    expect(texts("はっしゅたく こつ")).toContain("ハッシュタグ");
    expect(texts("あふりえいと 報酬")).toContain("アフィリエイト");
    // Right after katakana the run is part of that word, not a word of its own: サンキュー keeps its ー.
    expect(texts("サンキューくーぽん")).toContain("サンキュー");
    // A word that no slip turns into a katakana word stays as typed.
    expect(analyzeQuery("はっしゅたく つけかた", lex).read).toBe("ハッシュタグ つけかた");
  });
  it("reads 何 before a verb typed without を (何書けば) as the verb, and keeps 何日後 and 何回 as question words", () => {
    expect(texts("メールに何書けばいい")).toContain("書け");
    expect(texts("何送ればいい")).toEqual(["送れ"]);
    expect(texts("何日後に送る")).toContain("時期");
    expect(texts("何回まで")).toEqual(["回数"]);
    expect(texts("発送したよってメール")).not.toContain("よって");
    expect(texts("毎日投稿してるのに全然クリックされない")).not.toContain("全然");
    expect(texts("めっちゃ問い合わせが多い")).not.toContain("めっちゃ");
  });
  it("keeps a verb's kanji out of the noun before it (一回|買った, 全然|押されない) and a word of its own out of a kanji's ending", () => {
    expect(texts("一回買っただけのお客さん")).toEqual(["1回", "買っ", "お客さん"]);
    // A count in kanji is read in digits, as the guides write it; 一覧 and 二重 stay words.
    expect(texts("二回目 クーポン")).toContain("2回目");
    expect(texts("二重価格 一覧")).toContain("二重価格");
    expect(texts("リンクが全然押されない")).toContain("押さ");
    // A function word (全然) takes no suffix kanji: 全然|上がらない, not 全然上.
    expect(texts("開封率が全然上がらない")).toContain("上が");
    expect(texts("買った人みんなに同じ")).toContain("みんな");
    expect(texts("例ある?")).toEqual(["例"]);
    expect(texts("最初に何すればいい")).toEqual(["順番"]);
    // A suffix before って, a kana word or an honorific stays in its compound.
    expect(texts("出店者って何")).toEqual(["出店者"]);
    expect(texts("購入後すぐ送る")[0]).toBe("購入後");
    expect(texts("担当者さんに聞く")).toContain("担当者");
    // A kanji verb before a longer ending (一回|買って) is a verb too; a suffix kanji takes no ending (時|いる, 中|ずっと).
    expect(texts("一回買ってくれた人")).toEqual(["1回", "買っ"]);
    expect(texts("登録時いる?")).toEqual(["登録"]);
    expect(texts("セール中ずっと")).toEqual(["セール"]);
    // 何 with the copula glued on by the segmenter, and endings cut loose (ばいいん, しょう), carry no meaning.
    expect(texts("ROOMって そもそも何だっけ")).toEqual(["room"]);
    expect(texts("何書けばいいんだっけ")).toEqual(["書け"]);
    expect(texts("見ればいいんでしょうか")).toEqual([]);
    expect(texts("まず何で切ればいい")).toEqual(["切れ"]);
    // なんですか is "it is", not なんで (why).
    expect(texts("これって必要なんですか")).toEqual(["必要"]);
    // Polite framing (恐れ入りますが, よろしいでしょうか) says nothing of the topic.
    expect(texts("恐れ入りますが、審査は何日かかればよろしいでしょうか")).toEqual(
      texts("審査は何日かかれば"),
    );
    // So do honorific helpers and hearsay (くださった, ございましょうか, と聞きまして): their pieces are no topic words.
    expect(texts("紹介してくださった方にはお礼が入るものでございましょうか。違うと聞きまして")).toEqual([
      "紹介",
      "お礼",
      "入る",
      "違い",
    ]);
    // お before a verb the segmenter kept whole (お送り) is read without it; a known word with お (お客様) stays.
    expect(texts("クーポンをお送りする")).toEqual(texts("クーポンを送りする"));
    expect(texts("お客様")).toEqual(["お客様"]);
    // みたい and なのに after a noun are no verb endings (社員割|みたいな, 楽|なのに).
    expect(texts("社員割みたいな感覚で")).toEqual(["社員割", "感覚"]);
    expect(texts("始めて初週なんですけど")).toContain("初週");
    expect(texts("なんで必要なの")).toContain("理由");
  });
  it("reads a number with or without thousands separators as the same number (3,000円 = 3000円)", () => {
    expect(texts("3,000円")).toEqual(["3000円"]);
    expect(variantsOf("3,000円", "3000円")).toContain("3,000円");
    expect(variantsOf("上限 1000", "1000")).toContain("1,000");
    expect(numberSpellings("1,000,000")).toEqual(["1000000"]);
    expect(numberSpellings("報酬")).toEqual([]);
  });
  it("reads a verb the segmenter leaves whole with its ending (上がったり) as its kanji and first kana, and not 今まで", () => {
    expect(texts("ランクが上がったり")).toEqual(["ランク", "上が"]);
    expect(texts("今まで")).not.toContain("今ま");
  });
  it("matches a compound written with okurigana also without it (税込み -> 税込, 申し込み -> 申込)", () => {
    expect(variantsOf("税込みですか", "税込み")).toContain("税込");
    expect(okuriganaDropped("申し込み")).toEqual(["申込"]);
    expect(okuriganaDropped("書い")).toEqual([]);
    expect(okuriganaDropped("上がったり")).toEqual([]);
  });
  it("reads a kana-kanji conversion slip (レビュー以来, 有効機嫌) as the guides' word, and says so", () => {
    expect(analyzeQuery("レビュー以来 何日後", lex).reading).toBe("レビュー依頼 何日後");
    expect(texts("クーポン 有効機嫌")).toEqual(["クーポン", "期間"]);
    expect(analyzeQuery("レビュー依頼 何日後", lex).reading).toBeUndefined();
  });
  it("English law reads 法律", () => {
    expect(variantsOf("privacy law とは", "law")).toContain("法律");
  });
  it("the copula or a particle after a noun is no verb ending (例|だ|と, 人|だけ)", () => {
    expect(texts("食品店の例だとレビュー依頼は何日後")).not.toContain("例だ");
    expect(texts("今じゃ遅い?")).not.toContain("今じ");
    expect(texts("星5の人だけクーポン")).not.toContain("人だ");
    expect(texts("社員ばかり買う")).not.toContain("社員ば");
  });
  it("a question word after a kanji is no verb ending (次|どれ), and colloquial ですが carries nothing", () => {
    expect(texts("報酬の仕組み読み終わったんですが、次どれ読めばいい?")).toEqual([
      "報酬",
      "仕組み",
      "読み",
      "終わ",
    ]);
    expect(texts("今どこで確認する")).not.toContain("今ど");
  });
  it("ゼロ and タダ ask whether something is free; 小テスト is the lessons' quiz", () => {
    expect(variantsOf("広告費ゼロでできる", "ゼロ")).toContain("無料");
    expect(variantsOf("ROOMはタダで使える?", "タダ")).toContain("無料");
    expect(variantsOf("小テストはある?", "小テスト")).toContain("クイズ");
  });
  it("隠れ広告, やらせ and サクラ find the ステマ rules, and 広告扱い asks about a rule", () => {
    expect(variantsOf("隠れ広告と思われない頼み方", "隠れ広告")).toContain("ステマ");
    expect(analyzeQuery("隠れ広告と思われない頼み方", lex).ruleIntent).toBe(true);
    expect(analyzeQuery("発送のお知らせにクーポンを入れると広告扱いになる?", lex).ruleIntent).toBe(true);
  });
  it("アリ? asks whether it is allowed; 土日休み is a 定休日 (the guides count 営業日); だいじょうぶ reads 大丈夫", () => {
    expect(analyzeQuery("宣伝メール送るのはアリ?", lex).ruleIntent).toBe(true);
    expect(variantsOf("土日休みの店", "土日休み")).toEqual(expect.arrayContaining(["定休日", "営業日"]));
    expect(analyzeQuery("だいじょうぶ?", lex).concepts[0]?.variants).toContain("大丈夫");
  });
  it("a cut verb takes a dictionary word of its own kana row only: 入っ is 入る, not 入れる; 書い is still 書く", () => {
    expect(variantsOf("会社に入ったばかり", "入っ")).not.toContain("入れる");
    expect(variantsOf("メールに入れた", "入れ")).toContain("入れる");
    expect(variantsOf("レビューを書いた", "書い")).toContain("書く");
    expect(variantsOf("メールを送った", "送っ")).toContain("送る");
  });
  it("FAQ and よくあるしつもん name the FAQ pages (よくある質問); いちらん asks for a list, like 一覧", () => {
    expect(variantsOf("FAQ 一覧", "faq")).toContain("よくある質問");
    expect(texts("よくあるしつもん いちらん")).toEqual(["質問"]);
    expect(analyzeQuery("よくあるしつもん いちらん", lex).listIntent).toBe(true);
  });
  it("終わる is the tools' 終了 (クーポン終了日)", () => {
    expect(variantsOf("クーポンの終わる日を計算したい", "終わる")).toContain("終了");
  });
  it("回収 and 取り戻す are 損益 (a cost that pays for itself)", () => {
    expect(variantsOf("PRの費用は何件売れば回収できる", "回収")).toContain("取り戻せる");
  });
  it("everyday paraphrases reach the guides' words: 単発 -> 1回きり, 維持費 -> 毎月かかる, 常連 -> リピーター", () => {
    expect(variantsOf("CRMが毎回単発で終わってしまう", "単発")).toContain("1回きり");
    expect(variantsOf("店舗アカウントの維持費", "維持費")).toContain("毎月かかる");
    expect(variantsOf("常連さんにはどんな案内を送ればいい?", "常連")).toContain("リピーター");
    expect(variantsOf("10%オフのクーポンの損益はどう計算する?", "オフ")).toContain("off");
    expect(variantsOf("よくある質問に載ってないときの問い合わせ先", "載ってない")).toContain("見つからない");
  });
  it("…ていい asks whether it is allowed, answered by what to leave out; しまう and ときの are fillers", () => {
    const allowed = analyzeQuery("レビューのお礼にポイントをあげていい?", lex).concepts.find(
      (c) => c.question,
    );
    expect(allowed?.text).toBe("可否");
    expect(allowed?.variants).toContain("ないほうがよい");
    expect(texts("CRMが毎回単発で終わってしまう")).not.toContain("しまう");
    expect(texts("よくある質問に載ってないときの問い合わせ先")).not.toContain("ときの");
  });
  it("reads romaji words that spell one known word only together (ku-pon adobansu -> クーポンアドバンス)", () => {
    expect(texts("ku-pon adobansu")).toEqual(["クーポンアドバンス"]);
    expect(texts("tokutei denshi me-ru")).toEqual(["特定電子メール"]);
    expect(texts("rebyu- irai itsu okuru")).toEqual(["レビュー依頼", "時期", "送る"]);
    // Words that spell no word together are read one by one.
    expect(texts("ranku hikaku")).toEqual(["ランク", "違い"]);
  });
  it("a katakana word typed in hiragana stays joined to a kanji suffix after it (りぴーと率 -> リピート率)", () => {
    expect(texts("りぴーと率 どうやって比べる")[0]).toBe("リピート率");
  });
  it("English words for the guides' words: reward is 報酬, simulator asks for a calculator", () => {
    const q = analyzeQuery("ROOM reward simulator", lex);
    expect(q.concepts.find((c) => c.text === "reward")?.variants).toContain("報酬");
    expect(q.toolIntent).toBe(true);
  });
  it("English function words are dropped (税込 or 税抜); insta is Instagram, vs compares", () => {
    expect(texts("ROOM reward 税込 or 税抜?")).not.toContain("or");
    expect(variantsOf("店舗ページに insta や LINE のリンク貼りたい", "insta")).toContain("インスタ");
    expect(texts("RPP vs ROOM")).toContain("違い");
  });
  it("ROOM described by what it does (紹介し合うアプリ) is searched as 楽天ROOM", () => {
    expect(variantsOf("お客さん同士で紹介し合うアプリ", "紹介し合う")).toContain("楽天room");
  });
  it("a mail opened (開けてもらえない) reads as 開封, not as an account opened (開く)", () => {
    expect(variantsOf("メール 開けてもらえない", "開け")).toContain("開封");
    expect(variantsOf("メール 開けてもらえない", "開け")).not.toContain("開設");
  });
  it("a whole question in English keeps its content words (site is サイト, not the romaji して) and asks as the Japanese would (how much asks an amount, not a method)", () => {
    expect(texts("what does this site cover")).toEqual(["site", "cover"]);
    expect(variantsOf("what does this site cover", "cover")).toContain("扱う");
    expect(texts("how much does a shop pay")).toEqual(["金額", "shop", "pay"]);
    expect(variantsOf("how much does a shop pay", "shop")).toContain("店舗");
    expect(variantsOf("case studies", "case")).toContain("事例");
  });
  it("a question ending typed in hiragana is not read as a word inside it (どういう is not 同意)", () => {
    expect(texts("ROOMのアフィリエイトってどういう仕組み")).toEqual(["room", "アフィリエイト", "仕組み"]);
    expect(texts("どういはひつよう")).toContain("同意");
  });
});

describe("framing words", () => {
  it("weigh a consultant's クライアント below the words that name the topic, and English loanwords find their group", () => {
    const concepts = analyzeQuery("クライアントに聞かれたランクボーナスの負担", lex).concepts;
    const weight = (t: string) => concepts.find((c) => c.text === t)?.weight;
    expect(weight("クライアント")).toBeLessThan(weight("負担") ?? 0);
    expect(analyzeQuery("repeat rate", lex).concepts.flatMap((c) => c.variants)).toEqual(
      expect.arrayContaining(["リピート", "率"]),
    );
  });
});
