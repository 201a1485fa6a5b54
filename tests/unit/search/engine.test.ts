import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { describe, expect, it } from "vitest";
import {
  calculatorFusion,
  createSearch,
  FUSION_WEIGHTS,
  LIMITS,
  specificity,
  SPECIFICITY_RANGE,
  weighByRarity,
  type PagefindLike,
} from "../../../src/lib/search/engine";
import { analyzeQuery } from "../../../src/lib/search/analyze";
import { buildSubQueries } from "../../../src/lib/search/subqueries";
import { rankByScore, reciprocalRankFusion } from "../../../src/lib/search/fuse";
import type { PageRecord } from "../../../src/lib/search/rerank";
import { terms } from "../../../src/lib/glossary/terms";
import { KEYWORD_FILTER } from "../../../src/lib/search/keywords";
import { KIND_FILTER } from "../../../src/lib/search/page-kind";

const lex = lexiconWithSynonyms(terms);

/** A tiny in-memory stand-in for Pagefind: a page matches when its text contains every word of the query. */
function fakePagefind(pages: PageRecord[]) {
  const calls = { search: 0, data: 0 };
  const pf: PagefindLike = {
    async search(term) {
      calls.search++;
      const words = term === null ? [] : term.split(" ");
      const hits = pages.filter((p) => words.every((w) => p.content.toLowerCase().includes(w)));
      return {
        results: hits.map((p) => ({
          id: p.url,
          data: async () => {
            calls.data++;
            return p;
          },
        })),
      };
    },
  };
  return { pf, calls };
}

/** A kana-words loader (くばる -> 配る) that counts its loads and fails the first `failures` of them. */
function kanaWordsLoader(failures = 0) {
  const calls = { loads: 0 };
  const kanaWords = async () => {
    calls.loads++;
    if (calls.loads <= failures) throw new Error("offline");
    return { くばる: "配る" };
  };
  return { kanaWords, calls };
}

const page = (
  url: string,
  title: string,
  sections: [string, string, string][],
  kind = "lesson",
): PageRecord => ({
  url,
  meta: { title, kind },
  content: `${title}. ${sections.map(([, h, b]) => `${h} ${b}`).join(" ")}`,
  anchors: [
    { element: "h1", id: "_top", text: title },
    ...sections.map(([id, text]) => ({ element: "h2", id, text })),
  ],
});

const pages = [
  page("/crm/coupon/", "再購入クーポン", [
    ["why", "何のために配る?", "次の購入を後押しします。"],
    ["days", "有効期限は何日にする?", "期限は短すぎても長すぎてもいけません。"],
  ]),
  page("/crm/reviews/", "レビュー依頼", [
    ["when", "レビュー依頼はいつ送る?", "商品が届いた後のタイミングで送ります。"],
  ]),
  page("/room/about/", "楽天ROOMとは", [["what", "どんなサービス?", "クーポンの話はしません。"]]),
  page(
    "/faq/crm/",
    "楽天CRMのよくある質問",
    [
      [
        "sale",
        "セールの日程はこのサイトで確認できる?",
        "できません。予想の日程は載せていません。 → セールの時期",
      ],
    ],
    "faq",
  ),
  page(
    "/glossary/",
    "用語集",
    [
      [
        "ltv",
        "LTV",
        "読み: えるてぃーぶい. ひとりのお客様が取引を続ける間にもたらす売上の合計です。 別の呼び方: 顧客生涯価値.",
      ],
    ],
    "glossary",
  ),
];

/** The search over the fake index: one engine, as the browser and the evaluation create it. */
const searchOf = (pf: PagefindLike) => createSearch({ pagefind: pf, lexicon: lex });
const first = async (pf: PagefindLike, q: string) => (await searchOf(pf).search(q)).hits[0];

describe("createSearch", () => {
  it("links to the section that answers, with marked excerpt and landing words", async () => {
    const { pf } = fakePagefind(pages);
    const hit = await first(pf, "クーポンの有効期限は何日?");
    expect(hit?.url).toBe(`/crm/coupon/#days`);
    expect(hit?.section).toBe("有効期限は何日にする?");
    expect(hit?.excerpt).toContain("<mark>");
    expect(hit?.words.length).toBeGreaterThan(0);
    expect(hit?.kind).toBe("lesson");
  });
  it("answers a question word with the words an answer uses (いつ -> タイミング)", async () => {
    const { pf } = fakePagefind(pages);
    expect((await first(pf, "レビュー依頼はいつ送る"))?.url).toBe(`/crm/reviews/#when`);
  });
  it("marks on the landing page the words typed, not those only a question word's answer says (どこ -> rms)", async () => {
    const { pf } = fakePagefind([
      page("/practice/rms-steps/", "RMSの手順", [
        ["mail", "フォローメールはどこで設定する?", "RMSの画面で設定します。"],
      ]),
    ]);
    expect((await first(pf, "フォローメール どこで設定"))?.words).not.toContain("rms");
    expect((await first(pf, "フォローメール RMS"))?.words).toContain("rms");
  });
  it("fetches each page record once across searches", async () => {
    const { pf, calls } = fakePagefind(pages);
    const search = searchOf(pf);
    await search.search("クーポン 期限");
    const after = calls.data;
    await search.search("クーポン 期限");
    expect(calls.data).toBe(after);
  });
  it("awaits the caller's pause after the analysis and before each page it scores, with the same result", async () => {
    const { pf, calls } = fakePagefind(pages);
    let pauses = 0;
    const pause = async () => void pauses++;
    const paused = await searchOf(pf).search("クーポンの有効期限は何日?", { pause });
    const loaded = calls.data;
    expect(loaded).toBeGreaterThan(1);
    expect(pauses).toBe(1 + loaded);
    expect(await searchOf(fakePagefind(pages).pf).search("クーポンの有効期限は何日?")).toEqual(paused);
  });
  it("keeps a page whose top is its best part when the query's word is further down the page (the link opens the page)", async () => {
    const hub = page(
      "/practice/",
      "現場の実務",
      [["order", "どの順番で読む?", "事例1と事例2を読みます。"]],
      "hub",
    );
    const { pf } = fakePagefind([hub]);
    const asks = { "/practice/": { _top: ["事例 まとめて見たい", "事例の一覧"] } };
    const result = await createSearch({ pagefind: pf, lexicon: lex, asks }).search("事例 まとめて");
    expect(result.hits.map((h) => h.url)).toEqual(["/practice/"]);
  });
  it("loads the kana words once, for a question typed without kanji only, and reads it with them", async () => {
    const { pf } = fakePagefind(pages);
    const { kanaWords, calls } = kanaWordsLoader();
    const search = createSearch({ pagefind: pf, lexicon: lex, kanaWords });
    await search.search("クーポンの有効期限は何日?");
    expect(calls.loads).toBe(0);
    // くばる is no word the lexicon knows: without the kana words it finds nothing.
    expect((await searchOf(pf).search("くばる")).hits).toEqual([]);
    const read = await search.search("くばる");
    expect(read.hits[0]?.url).toBe(`/crm/coupon/#why`);
    expect(read.reading).toBe("配る");
    await search.search("くばる なんで");
    expect(calls.loads).toBe(1);
  });
  it("searches without the kana words when they fail to load, and loads them again at the next such question", async () => {
    const { pf } = fakePagefind(pages);
    const { kanaWords, calls } = kanaWordsLoader(1);
    const search = createSearch({ pagefind: pf, lexicon: lex, kanaWords });
    expect((await search.search("くばる")).hits).toEqual([]);
    expect((await search.search("くばる")).hits[0]?.url).toBe(`/crm/coupon/#why`);
    expect(calls.loads).toBe(2);
  });
  it("reads the kana chunks of a question with kanji again with the kana words when it found nothing", async () => {
    const { pf } = fakePagefind(pages);
    const { kanaWords, calls } = kanaWordsLoader();
    const search = createSearch({ pagefind: pf, lexicon: lex, kanaWords });
    // 期限 finds a page: the kana words are not loaded, and くばる stays as typed.
    expect((await search.search("くばる 期限")).reading).toBeUndefined();
    expect(calls.loads).toBe(0);
    // 誤変 is in no page and くばる is no word the lexicon knows: the retry reads くばる as 配る.
    expect((await searchOf(pf).search("くばる 誤変")).hits).toEqual([]);
    const retried = await search.search("くばる 誤変");
    expect(retried.hits[0]?.url).toBe(`/crm/coupon/#why`);
    expect(retried.reading).toBe("配る 誤変");
    expect(calls.loads).toBe(1);
  });
  it("reads an unknown slip as the words it may hide when the search found nothing, and still finds nothing in noise", async () => {
    const mail = page("/rules/email-law/", "メールの法律", [
      ["optout", "受信を断る人には?", "受信の拒否を受け付けます。"],
    ]);
    const { pf } = fakePagefind([...pages, mail]);
    // 受信否拒 (two kanji swapped) is in no page; its pair 受信 is.
    expect((await first(pf, "受信否拒"))?.url).toBe("/rules/email-law/#optout");
    expect((await searchOf(pf).search("ああああああああ")).hits).toEqual([]);
    expect((await searchOf(pf).search("鬱鬱鬱鬱")).hits).toEqual([]);
  });
  /** A page whose text names none of the words the tests below ask in; only its section questions do. */
  const pricePage = page("/rules/price/", "価格の表示", [
    ["double", "二重価格のルールは?", "通常価格と並べる表示には条件があります。"],
  ]);
  it("takes a section's own questions as evidence when no text holds the query's words, only with two of them", async () => {
    const { pf } = fakePagefind([...pages, pricePage]);
    const asks = { "/rules/price/": { double: ["線を引いて安く見せるのは違反?"] } };
    const search = createSearch({ pagefind: pf, lexicon: lex, asks });
    expect((await search.search("安く見せる")).hits.map((h) => h.url)).toEqual(["/rules/price/#double"]);
    // One of two words in a reader's question is not enough.
    expect((await search.search("安く売る")).hits).toEqual([]);
    // Without the section questions, nothing is found.
    expect((await searchOf(pf).search("安く見せる")).hits).toEqual([]);
  });
  it("last, takes a section whose own questions are worded like the whole query, when nothing else found it", async () => {
    const { pf } = fakePagefind([...pages, pricePage]);
    const asks = { "/rules/price/": { double: ["鮮魚の箱詰?"] } };
    const search = createSearch({ pagefind: pf, lexicon: lex, asks });
    // Its one word (鮮魚箱詰) is in no page and not, whole, in the section's question; its wording is close to it.
    expect((await search.search("鮮魚箱詰")).hits.map((h) => h.url)).toEqual(["/rules/price/#double"]);
    // A wording that shares little with the section's question still finds nothing.
    expect((await search.search("鮮魚の発送日")).hits).toEqual([]);
    expect((await search.search("ああああああああ")).hits).toEqual([]);
  });
  it("returns nothing for an empty query", async () => {
    const { pf } = fakePagefind(pages);
    expect((await searchOf(pf).search("  ")).hits).toEqual([]);
  });
  it("answers from an FAQ section and a glossary entry at the top, linked to the hit", async () => {
    const { pf } = fakePagefind(pages);
    const faq = await searchOf(pf).search("セールの日程はこのサイトで確認できる?");
    expect(faq.answer?.kind).toBe("faq");
    expect(faq.answer?.text).toBe("できません。予想の日程は載せていません。");
    expect(faq.answer?.hit.url).toBe("/faq/crm/#sale");
    expect(faq.outOfScope).toBe("sale-dates");
    const term = await searchOf(pf).search("LTVとは");
    expect(term.answer).toMatchObject({
      kind: "glossary",
      text: "ひとりのお客様が取引を続ける間にもたらす売上の合計です。",
    });
  });
  it("states the figure when the question asks for one and the best section gives it", async () => {
    const { pf } = fakePagefind([
      page("/crm/coupon/", "再購入クーポン", [
        ["days", "有効期限は何日にする?", "目安は14〜30日です。短すぎても長すぎてもいけません。"],
      ]),
    ]);
    const r = await searchOf(pf).search("クーポンの有効期限は何日?");
    expect(r.answer).toMatchObject({ kind: "fact", text: "目安は14〜30日です。" });
    expect((await searchOf(pf).search("クーポンはいけない")).answer).toBeUndefined();
  });
  it("offers every hub to a question asking for an overview, the one whose title names its words first", async () => {
    // More lessons name CRM in their title than are re-ranked: the hub comes last in the index.
    const lessons = Array.from({ length: LIMITS.rerank + 5 }, (_, i) =>
      page(`/crm/l${i}/`, `CRMの施策${i}`, [["s", `施策${i}の進め方`, "CRMのメールを送ります。"]]),
    );
    const hubs = [
      page("/room/", "楽天ROOMの学び方", [["list", "仕組みを知る", "ROOMのレッスンです。"]], "hub"),
      page("/crm/", "楽天CRMの学び方", [["list", "すぐ着手できる施策", "CRMのレッスンです。"]], "hub"),
    ];
    const { pf } = fakePagefind([...lessons, ...hubs]);
    // Filters as Pagefind applies them: heading keywords found in the title, the kind from the page's metadata.
    const filtered: PagefindLike = {
      async search(term, options) {
        const r = await pf.search(term, options);
        const kw = options?.filters?.[KEYWORD_FILTER]?.any;
        const kinds = options?.filters?.[KIND_FILTER]?.any;
        const keep = await Promise.all(
          (r?.results ?? []).map(async (res) => {
            const p = await res.data();
            const title = (p.meta.title ?? "").toLowerCase();
            return (
              (!kw || kw.some((k) => title.includes(k))) && (!kinds || kinds.includes(p.meta.kind ?? ""))
            );
          }),
        );
        return { results: (r?.results ?? []).filter((_, i) => keep[i]) };
      },
    };
    const search = createSearch({ pagefind: filtered, lexicon: lex });
    const hits = (await search.search("CRMのページ どの順番で読めばいい")).hits.map((h) => h.pageUrl);
    expect(hits).toContain("/crm/");
    expect(hits.indexOf("/crm/")).toBeLessThan(
      hits.indexOf("/room/") === -1 ? Infinity : hits.indexOf("/room/"),
    );
  });

  it("finds nothing when no page holds a word of the query, or only a bare number", async () => {
    const { pf } = fakePagefind([...pages, page("/x/", "数字", [["n", "1の話", "1と2と3。"]])]);
    expect((await searchOf(pf).search("あ".repeat(500))).hits).toEqual([]);
    expect((await searchOf(pf).search("<script>alert(1)</script>")).hits).toEqual([]);
    expect((await searchOf(pf).search("1")).hits.length).toBeGreaterThan(0);
  });
});

describe("weighByRarity", () => {
  it("a calculator page's fusion counts only the rankings without calculator words, in the same range", () => {
    const fused = calculatorFusion([
      // 「ランク 報酬 計算ツール」: the page that says ツール most ranks first.
      { ids: ["/tools/reward/", "/tools/rank-bonus/"], weight: 2, kindWords: true },
      // 「ランク 報酬」 and the heading keywords without 計算ツール: the comparison page names the topic.
      { ids: ["/tools/rank-bonus/", "/tools/reward/"], weight: 1 },
      { ids: ["/tools/rank-bonus/"], weight: 1.5, topicOnly: true },
    ]);
    const full = 2 / 61 + 1 / 62; // the best full fusion (/tools/reward/)
    expect(fused("/tools/rank-bonus/")).toBeCloseTo(full, 9);
    expect(fused("/tools/reward/")).toBeLessThan(fused("/tools/rank-bonus/"));
    expect(fused("/nowhere/")).toBe(0);
  });
  it("words found on many pages weigh less than rare ones, within bounds", () => {
    const q = analyzeQuery("楽天 ショップタグ", lex);
    const found = new Map<string, string[]>([
      ["楽天", Array.from({ length: 30 }, (_, i) => `p${i}`)],
      ["ショップタグ", ["p1"]],
    ]);
    const w = weighByRarity(q, found, 30).concepts;
    const common = w.find((c) => c.text === "楽天")?.weight ?? 0;
    const rare = w.find((c) => c.text === "ショップタグ")?.weight ?? 0;
    expect(common).toBeLessThan(rare);
    expect(common).toBeGreaterThanOrEqual(0.4);
    expect(rare).toBeLessThanOrEqual(1.8);
  });
  it("a number with its counter is as rare as typed (3日目), not as common as its looser forms (3日, 日目)", () => {
    const q = analyzeQuery("入社3日目の作業", lex);
    const many = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const found = new Map<string, string[]>([
      ["3日目", ["p1"]],
      ["3日", many],
      ["日目", many],
      ["入社", ["p1", "p2"]],
    ]);
    const w = weighByRarity(q, found, 30).concepts;
    const counted = w.find((c) => c.text === "3日目")?.weight ?? 0;
    expect(counted).toBeCloseTo(w.find((c) => c.text === "入社")?.weight ?? 0, 0);
    expect(counted).toBeGreaterThan(1);
  });
});

describe("fusion weights", () => {
  it("the heading-keyword ranking outweighs the whole-question sub-query (the strongest word ranking)", () => {
    const whole = buildSubQueries(analyzeQuery("クーポンの有効期限は何日?", lex))[0];
    expect(FUSION_WEIGHTS.keywords).toBeGreaterThan(whole?.weight ?? Infinity);
    // A page first by its headings alone beats a page first in the whole-question search alone.
    const fused = reciprocalRankFusion([
      { ids: ["headings"], weight: FUSION_WEIGHTS.keywords },
      { ids: ["words"], weight: whole?.weight ?? 0 },
    ]);
    expect(rankByScore(fused)[0]).toBe("headings");
  });
});

describe("specificity", () => {
  it("weighs a sub-query matching few pages above one matching most pages, within its bounds", () => {
    expect(specificity(1, 54)).toBeGreaterThan(specificity(39, 54));
    expect(specificity(1, 54)).toBeLessThanOrEqual(SPECIFICITY_RANGE[1]);
    expect(specificity(54, 54)).toBeGreaterThanOrEqual(SPECIFICITY_RANGE[0]);
    expect(specificity(0, 54)).toBe(1);
    expect(specificity(3, 0)).toBe(1);
  });
});
