import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeQuery, type Concept } from "../../../src/lib/search/analyze";
import {
  counterFits,
  asksData,
  asksFromWire,
  asksIndex,
  asksToWire,
  asksIndexInSteps,
  asksMatch,
  asksSimilarity,
  charPairs,
  matchStrength,
  fitsAsk,
  LATIN_ASK_SCALE,
  MAX_ASK_LENGTH,
  NEIGHBOURS,
  OTHER_KIND_VOTE,
  pairSimilarity,
  QUERY_ONLY,
  WEAK_MATCH,
} from "../../../src/lib/search/asks";
import { rerank, WEIGHTS, type PageRecord } from "../../../src/lib/search/rerank";
import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { terms } from "../../../src/lib/glossary/terms";

const lex = lexiconWithSynonyms(terms);

/** A lesson page with one headed section ("s") and a line of text naming its title. */
const lesson = (url: string, title: string, heading: string): PageRecord => ({
  url,
  meta: { title, kind: "lesson" },
  content: `${title}. ${heading} ${title}の説明です。`,
  anchors: [
    { element: "h1", id: "_top", text: title },
    { element: "h2", id: "s", text: heading },
  ],
});
const coverage = (questions: string[] | undefined, concepts: Concept[]) =>
  asksMatch(questions, concepts).coverage;

describe("section questions (asks)", () => {
  it("a section scores by its best question, not by words spread over several", () => {
    const q = analyzeQuery("2回目を買ってくれない", lex).concepts;
    const together = coverage(["2回目を買ってくれる人が少ない"], q);
    const spread = coverage(["2回目の案内", "買ってくれる人"], q);
    expect(together).toBeGreaterThan(spread);
    expect(together).toBeLessThanOrEqual(1);
  });

  it("a question word alone does not count (いつ says nothing about the topic)", () => {
    const q = analyzeQuery("報酬はいつ入る?", lex).concepts;
    expect(coverage(["送料はいつ決まる?"], q)).toBe(0);
    expect(coverage(["報酬はいつ振り込まれる?"], q)).toBeGreaterThan(0);
    expect(coverage(undefined, q)).toBe(0);
  });

  it("character pairs: the closest question by shared pairs, punctuation and spaces ignored", () => {
    expect([...charPairs("帰る? 人")]).toEqual(["帰る", "る人"]);
    const q = charPairs("買わずに帰っちゃう");
    const near = asksSimilarity(q, ["送料の話", "買わずに帰る人が多い"]);
    expect(near).toBeCloseTo(asksSimilarity(q, ["買わずに帰る人が多い"]), 9);
    expect(near).toBeGreaterThan(asksSimilarity(q, ["送料の話"]));
    expect(asksSimilarity(q, ["買わずに帰っちゃう"])).toBe(1);
    expect(asksSimilarity(q, undefined)).toBe(0);
    // A question is read as the query is normalised: 何% and 1ヶ月 typed the same way give the same pairs.
    const rate = analyzeQuery("何%上乗せ 1ヶ月", lex).normalized;
    expect(asksSimilarity(charPairs(rate), ["何%上乗せ 1ヶ月"])).toBe(1);
  });

  it("character pairs: a question in English also counts its words, as their base forms", () => {
    expect(charPairs("shop pays")).toEqual(
      new Set(["sh", "ho", "op", "pp", "pa", "ay", "ys", "shop", "pay"]),
    );
    // Not in a Japanese question, whose Latin words (ROOM, CRM) are read by their letter pairs only.
    expect(charPairs("roomの報酬").has("room")).toBe(false);
    const q = charPairs("how much does a shop pay");
    expect(asksSimilarity(q, ["what does the shop pay"])).toBeGreaterThan(
      asksSimilarity(q, ["who pays the rank bonus, the shop or rakuten"]),
    );
  });

  it("pair similarity: plain Jaccard for a short query; a long query's own pairs count less against a close question", () => {
    const { reference } = QUERY_ONLY;
    // A query no heavier than the reference: Jaccard (shared / union).
    expect(pairSimilarity(20, reference, 30)).toBeCloseTo(20 / (reference + 30 - 20), 9);
    // A long query holding the whole question: closer than Jaccard.
    const long = reference * 5;
    expect(pairSimilarity(30, long, 30)).toBeGreaterThan(30 / long);
    // The longer the story, the less it counts, but it still counts: a longer one holding the same question is less close.
    expect(pairSimilarity(30, long * 2, 30)).toBeLessThan(pairSimilarity(30, long, 30));
    expect(pairSimilarity(0, long, 30)).toBe(0);
    expect(pairSimilarity(0, 0, 0)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (query, own, part) => {
          const common = Math.min(query, own) * part;
          const sim = pairSimilarity(common, query, own);
          // Between 0 and 1, and never below Jaccard.
          expect(sim).toBeGreaterThanOrEqual(0);
          expect(sim).toBeLessThanOrEqual(1 + 1e-12);
          const union = query + own - common;
          expect(sim).toBeGreaterThanOrEqual((union > 0 ? common / union : 0) - 1e-12);
        },
      ),
    );
  });

  it("pairs are weighted by rarity: sharing a rare pair counts more than sharing a common one", () => {
    const index = asksIndex({
      "/a/": { s: ["送料って何?", "報酬って何?", "ランクって何?", "上限って何?"] },
    });
    const a = index("/a/");
    expect(index("/b/")).toBeUndefined();
    const weight = a?.pairWeight ?? (() => 1);
    expect(weight("送料")).toBeGreaterThan(weight("って"));
    expect(weight("未知")).toBeGreaterThanOrEqual(weight("送料"));
    const q = charPairs("送料って");
    // Unweighted, both share one pair of the same size; weighted, the rare 送料 wins.
    expect(asksSimilarity(q, ["送料"])).toBeCloseTo(asksSimilarity(q, ["って"]), 9);
    expect(asksSimilarity(q, ["送料"], weight)).toBeGreaterThan(asksSimilarity(q, ["って"], weight));
  });

  it("the index built in steps, pausing between them, is the index built at once", async () => {
    // More questions than one step holds, so the build pauses.
    const many = Array.from({ length: 1000 }, (_, i) => `送料${i}って何?`);
    const data = { "/a/": { s: many, t: ["報酬って何?"] }, "/b/": { s: ["ランクの上限は?"] } };
    let pauses = 0;
    const stepped = await asksIndexInSteps(data, async () => {
      pauses++;
    });
    const once = asksIndex(data);
    expect(pauses).toBeGreaterThan(0);
    const q = charPairs("送料12って");
    for (const url of ["/a/", "/b/"]) {
      const [a, b] = [stepped(url), once(url)];
      expect(a?.sections).toEqual(b?.sections);
      expect(a?.pairWeight("送料")).toBe(b?.pairWeight("送料"));
      expect(a?.similarity(q, a.sections.s)).toBe(b?.similarity(q, b.sections.s));
    }
  });

  it("the index's similarity equals asksSimilarity with its weights, for any query and any of its sections", () => {
    const data = {
      "/a/": { s: ["送料って何?", "送料無料にしたい"], t: ["報酬って何?", "ランクの上限は?"] },
      "/b/": { s: ["送料って何?", "クーポンの上限"] },
    };
    const index = asksIndex(data);
    const chars = [
      ...new Set(
        Object.values(data)
          .flatMap((p) => Object.values(p).flat())
          .join(""),
      ),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars, "x"), { maxLength: 12 }), (typed) => {
        const query = charPairs(typed.join(""));
        for (const [url, sections] of Object.entries(data)) {
          const page = index(url);
          for (const questions of [...Object.values(sections), undefined])
            expect(page?.similarity(query, questions)).toBe(
              asksSimilarity(query, questions, page?.pairWeight),
            );
        }
      }),
    );
  });

  it("names the pages of the questions closest to a query, closest first, each once, and none for an unrelated one", () => {
    const index = asksIndex({
      "/practice/": { list: ["事例はどこにまとまってる?"] },
      "/practice/case/": { _top: ["事例の店はどんな店?"], plan: ["事例の案はどうなった"] },
      "/room/": { what: ["ROOMって何?"] },
    });
    // ROOMって何? shares only って: the farthest of the three.
    expect(index.nearestPages(charPairs("事例がまとまってるページはどこ"))).toEqual([
      "/practice/",
      "/practice/case/",
      "/room/",
    ]);
    expect(index.nearestPages(charPairs("ぜんぜん関係ない"))).toEqual([]);
  });

  it("the index's match equals asksMatch, for any query and any of its sections", () => {
    const data = {
      "/a/": {
        s: ["送料って何?", "送料無料にしたい", "5日目に送る"],
        t: ["報酬はいつ入る?", "ランクの上限は?"],
      },
      "/b/": { s: ["送料って何?", "クーポンの上限", "1日目の作業"], u: ["分け方を知りたい", "どう分けるか"] },
      "/c/": { v: ["どう分けるか", "x の設定"], w: ["6日目の作業"] },
    };
    const index = asksIndex(data);
    const words = [
      "送料",
      "報酬",
      "上限",
      "いつ",
      "5日目",
      "日目",
      "分け方",
      "クーポン",
      "何",
      "x",
      "ランク",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), (typed) => {
        const concepts = analyzeQuery(typed.join(" "), lex).concepts;
        for (const [url, sections] of Object.entries(data)) {
          const page = index(url);
          for (const questions of [...Object.values(sections), ["索引にない送料の質問"], undefined]) {
            const want = asksMatch(questions, concepts);
            const got = page?.match(questions, concepts);
            expect(got?.coverage).toBe(want.coverage);
            expect([...(got?.field ?? [])]).toEqual([...want.field]);
          }
        }
      }),
    );
  });

  it("the closest questions of the whole site vote for their sections: the vote is the top NEIGHBOURS similarities, shared out", () => {
    const data = {
      "/a/": { s: ["送料って何?", "送料無料にしたい", "送料の設定"], t: ["報酬って何?", "ランクの上限は?"] },
      "/b/": { s: ["クーポンの上限", "クーポン配布"], u: ["報酬の計算", "報酬の上限", "ランク判定"] },
      "/c/": { v: ["メールの上限", "メール配信", "レビュー依頼", "レビュー特典"] },
    };
    const index = asksIndex(data);
    const sections = Object.entries(data).flatMap(([url, s]) => Object.values(s).map((qs) => ({ url, qs })));
    const chars = [...new Set(sections.flatMap((s) => s.qs).join(""))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars, "x"), { maxLength: 12 }), (typed) => {
        const query = charPairs(typed.join(""));
        const weight = index("/a/")?.pairWeight;
        const one = (q: string) => asksSimilarity(query, [q], weight);
        const top = sections
          .flatMap((s) => s.qs.map(one))
          .sort((a, b) => b - a)
          .slice(0, NEIGHBOURS);
        const votes = sections.map(({ url, qs }) => index(url)?.neighbours(query, qs) ?? 0);
        expect(votes.reduce((a, b) => a + b, 0)).toBeCloseTo(
          top.reduce((a, b) => a + b, 0),
          9,
        );
        sections.forEach(({ qs }, i) =>
          expect(votes[i]).toBeLessThanOrEqual(qs.reduce((sum, q) => sum + one(q), 0) + 1e-9),
        );
      }),
    );
    // Three wordings close to 送料 outvote one: the 送料 section takes most of the vote.
    const q = charPairs("送料って");
    expect(index("/a/")?.neighbours(q, data["/a/"].s)).toBeGreaterThan(
      index("/a/")?.similarity(q, data["/a/"].s) ?? 1,
    );
  });

  it("a weak variant counts WEAK_MATCH", () => {
    const c = { text: "分け方", variants: ["分け方", "分け"], weak: ["分け"], weight: 1 };
    expect(matchStrength("分け方を知りたい", c)).toBe(1);
    expect(matchStrength("どう分けるか", c)).toBe(WEAK_MATCH);
    expect(matchStrength("並べ替え", c)).toBe(0);
  });

  it("an English question may be longer than a Japanese one and still be one question (fitsAsk)", () => {
    const english = "how much does a shop pay when an item sells through rakuten room";
    expect(english.length).toBeGreaterThan(MAX_ASK_LENGTH);
    expect(fitsAsk(english)).toBe(true);
    expect(fitsAsk("あ".repeat(MAX_ASK_LENGTH))).toBe(true);
    expect(fitsAsk("あ".repeat(MAX_ASK_LENGTH + 1))).toBe(false);
    expect(fitsAsk(`${english} 店舗`)).toBe(false);
    expect(fitsAsk("a".repeat(MAX_ASK_LENGTH * LATIN_ASK_SCALE + 1))).toBe(false);
  });

  it("a closest wording that asks another kind of thing counts OTHER_KIND_VOTE of its vote", () => {
    const data = { "/a/": { who: ["who pays the rank bonus"], much: ["how much is the rank bonus"] } };
    const index = asksIndex(data);
    const q = charPairs("how much does the shop pay for the rank bonus");
    const vote = (id: "who" | "much", asked: string[]) =>
      index("/a/")?.neighbours(q, data["/a/"][id], asked) ?? 0;
    expect(vote("who", ["金額"])).toBeCloseTo(OTHER_KIND_VOTE * vote("who", []), 9);
    expect(vote("much", ["金額"])).toBeCloseTo(vote("much", []), 9);
    expect(vote("who", [])).toBeGreaterThan(0);
  });

  it("the served data puts the base on page URLs, folds questions and drops empty sections", () => {
    const data = asksData(
      [{ page: "room/rewards/", sections: { _top: ["ＲＯＯＭの報酬"], x: [] } }],
      (p) => `/guide${p}`,
    );
    expect(data).toEqual({ "/guide/room/rewards/": { _top: ["roomの報酬"] } });
  });

  it("the served form keeps each question once and gives back the same data, in the same order", () => {
    const question = fc.constantFrom("いつ送る", "何日", "クーポン 期限", "ランク 上限", "費用");
    const sections = fc.dictionary(
      fc.constantFrom("_top", "a", "b", "c"),
      fc.uniqueArray(question, { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("/x/", "/y/", "/z/"), sections), (data) => {
        const wire = asksToWire(data);
        expect(new Set(wire.questions).size).toBe(wire.questions.length);
        const back = asksFromWire(wire);
        expect(back).toEqual(data);
        // Order decides which of two equally close questions is a neighbour: pages, sections and questions keep it.
        expect(JSON.stringify(back)).toBe(JSON.stringify(data));
      }),
    );
    const wire = asksToWire({ "/x/": { a: ["いつ送る", "何日"] }, "/y/": { b: ["何日"] } });
    expect(wire).toEqual({
      questions: ["いつ送る", "何日"],
      pages: { "/x/": { a: [0, 1] }, "/y/": { b: [1] } },
    });
  });

  it("files of the same page merge: each section's questions once, in file order", () => {
    const data = asksData(
      [
        { page: "room/rank/", sections: { up: ["ランクを上げたい"], x: [] } },
        { page: "room/rank/", sections: { up: ["ランクを上げたい", "ランク 条件"], x: ["Aランク"] } },
      ],
      (p) => p,
    );
    expect(data).toEqual({ "/room/rank/": { up: ["ランクを上げたい", "ランク 条件"], x: ["aランク"] } });
  });

  it("wordings that differ only in spaces and punctuation are one question of a section (wordingKey)", () => {
    const data = asksData(
      [
        { page: "glossary/", sections: { "my-room": ["マイルームってなに", "マイルーム って なに?"] } },
        {
          page: "glossary/",
          sections: { "my-room": ["マイルーム、ってなに"], room: ["マイルーム って なに"] },
        },
      ],
      (p) => p,
    );
    expect(data).toEqual({
      "/glossary/": { "my-room": ["マイルームってなに"], room: ["マイルーム って なに"] },
    });
  });

  it("a section whose own questions name the reader's words outranks one that does not", () => {
    const page = (url: string, heading: string) => lesson(url, "クーポン", heading);
    const a = page("/a/", "配り方");
    const b = page("/b/", "使い方");
    const q = analyzeQuery("リピーターを増やすクーポン", lex);
    const plain = rerank(q, [
      { page: a, fused: 1 },
      { page: b, fused: 1 },
    ]);
    expect(plain[0]?.page.url).toBe("/a/");
    const asks = { "/b/": { s: ["リピーターを増やすには"] } };
    const ranked = rerank(
      q,
      [
        { page: a, fused: 1 },
        { page: b, fused: 1 },
      ],
      asks,
    );
    expect(WEIGHTS.asks).toBeGreaterThan(0);
    expect(ranked[0]?.page.url).toBe("/b/");
  });

  it("a question typed in English is compared with the wordings as read (rank bonus -> roomランクボーナス)", () => {
    const page = (url: string) => lesson(url, "ランク", "金額");
    const q = analyzeQuery("rank bonus 上限", lex);
    expect(q.read).toBe("roomランクボーナス 上限");
    // Both wordings name both words; only the first is close to the question as read. As typed, the question shares
    // no more than 上限 with either, and the shorter wording would be the closer.
    const asks = { "/a/": { s: ["roomランクボーナスの上限はある"] }, "/b/": { s: ["上限とランクボーナス"] } };
    const ranked = rerank(
      q,
      [
        { page: page("/b/"), fused: 1 },
        { page: page("/a/"), fused: 1 },
      ],
      asks,
    );
    expect(ranked[0]?.page.url).toBe("/a/");
  });

  it("a headed section that several close wordings were written for outranks one with a single closer wording; page tops do not vote", () => {
    const page = (url: string) => lesson(url, "メール", "送り方");
    const q = analyzeQuery("メール いつ送る", lex);
    const pages = [
      { page: page("/a/"), fused: 1 },
      { page: page("/b/"), fused: 1 },
    ];
    const close = ["メールはいつ送る", "メール送るのはいつ", "メールいつ送ればいい"];
    const first = (asks: Record<string, Record<string, string[]>>) => rerank(q, pages, asks)[0]?.page.url;
    expect(first({ "/a/": { s: ["メール いつ送るべき"] }, "/b/": { s: close } })).toBe("/b/");
    expect(first({ "/a/": { s: ["メール いつ送るべき"] }, "/b/": { _top: close } })).toBe("/a/");
  });
});

describe("a number with its counter", () => {
  const lex = lexiconWithSynonyms(terms);
  const fifth = analyzeQuery("5日目", lex).concepts[0] as Concept;

  it("matches its own number fully and the counter alone weakly, but not the counter of another number", () => {
    expect(matchStrength("5日目は何をする", fifth)).toBe(1);
    expect(matchStrength("日目ごとの作業", fifth)).toBe(WEAK_MATCH);
    expect(matchStrength("1日目は何をする", fifth)).toBe(0);
  });

  it("a range that includes the number fits its counter", () => {
    expect(counterFits("3〜6日目の作業", "日目", 5)).toBe(true);
    expect(counterFits("3~4日目の作業", "日目", 5)).toBe(false);
    expect(counterFits("1日目と5日目", "日目", 5)).toBe(true);
    expect(counterFits("1,000日目", "日目", 1000)).toBe(true);
  });
});
