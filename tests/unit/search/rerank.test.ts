import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { describe, expect, it } from "vitest";
import { analyzeQuery } from "../../../src/lib/search/analyze";
import {
  ANSWER_TYPES,
  BODY_LENGTH,
  bodyLengthFactor,
  conceptsForKind,
  ALSO_LIMIT,
  LONG_QUESTION,
  alsoSections,
  pageTop,
  pickSection,
  queryKinds,
  queryPairs,
  rerank,
  sectionScore,
  WEAK_MATCH,
  WEIGHTS,
  type PageRecord,
} from "../../../src/lib/search/rerank";
import { buildSubQueries, MAX_SUBQUERIES } from "../../../src/lib/search/subqueries";
import { terms } from "../../../src/lib/glossary/terms";
import { normalize } from "../../../src/lib/search/normalize";
import { kanaWordIndex } from "../../../src/lib/search/kana-words";

const lex = lexiconWithSynonyms(terms);
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

const guide = page("/room/limits/", "フォロー・いいねの上限", [
  ["intro", "はじめに", "交流は大切です。"],
  ["cap", "フォローの上限はいくつ?", "フォローは1日に決まった数までです。"],
]);
const other = page("/room/rank/", "ROOMランク", [["up", "ランクを上げるには", "フォローも条件です。"]]);
const tool = page(
  "/tools/reward/",
  "報酬計算ツール",
  [["how", "使い方", "価格と料率を入れると報酬を計算します。"]],
  "tool",
);
const rewards = page("/room/rewards/", "報酬の仕組み", [
  ["calc", "報酬はどう計算する?", "価格 × 料率 で報酬を計算します。"],
]);

describe("rerank", () => {
  it("an overview page is not held back when the question names its own subject", () => {
    const hub = page(
      "/learn/",
      "学習ロードマップ",
      [["day-1", "Day 1", "報酬の仕組み。ROOMランク。読む順番です。"]],
      "hub",
    );
    const lesson = page("/crm/roadmap/", "取り組む順番", [
      ["order", "何から順に取り組む?", "順番に進めます。"],
    ]);
    const pages = [
      { page: hub, fused: 1 },
      { page: lesson, fused: 1 },
    ];
    expect(rerank(analyzeQuery("学習の順番", lex), pages)[0]?.page.url).toBe("/learn/");
    expect(rerank(analyzeQuery("順番に取り組む", lex), pages)[0]?.page.url).toBe("/crm/roadmap/");
    // Asking in which order to read pages is asking for the overview.
    expect(rerank(analyzeQuery("読む順番", lex), pages)[0]?.page.url).toBe("/learn/");
  });
  it("an overview page whose own questions ask the question is not held back (they ask what the overview answers)", () => {
    const sections: [string, string, string][] = [
      ["privacy", "データの扱い", "入力した数字は外部に送られません。"],
    ];
    const q = analyzeQuery("入力した数字は送信される?", lex);
    const score = (kind: string, questions: string[]) =>
      rerank(q, [{ page: page("/tools/", "計算ツール", sections, kind), fused: 1 }], {
        "/tools/": { privacy: questions },
      })[0]?.score ?? 0;
    // Own questions that ask it: scored as a lesson would be. Questions about something else: held back.
    expect(score("hub", ["入力した数字は送信される?"])).toBeCloseTo(
      score("lesson", ["入力した数字は送信される?"]),
      9,
    );
    expect(score("hub", ["ツールは何種類?"])).toBeLessThan(score("lesson", ["ツールは何種類?"]) - 0.1);
  });
  it("a question asking for a list (一覧) prefers the overview page to a lesson with the same words", () => {
    const hub = page(
      "/practice/",
      "現場の実務",
      [["order", "どの順番で読む?", "事例1。事例2。事例3。"]],
      "hub",
    );
    const lesson = page("/practice/case-agency/", "支援会社のクライアント", [
      ["hand", "クライアントに何を渡す?", "事例の一覧を渡します。"],
    ]);
    const pages = [
      { page: lesson, fused: 1 },
      { page: hub, fused: 1 },
    ];
    expect(rerank(analyzeQuery("事例 一覧", lex), pages)[0]?.page.url).toBe("/practice/");
    expect(rerank(analyzeQuery("事例 渡す", lex), pages)[0]?.page.url).toBe("/practice/case-agency/");
  });
  it("an overview question that names a topic goes to the hub whose title names it, at its list of lessons", () => {
    const room: PageRecord = {
      url: "/room/",
      meta: { title: "楽天ROOMの学び方", kind: "hub" },
      // The intro above the lists names the question's words; the answer is still the first list.
      content:
        "楽天ROOMの学び方. ROOMのレッスンを読む順番はこのページの順番です。 仕組みを知る 報酬。 成果につなげる 売り方。",
      anchors: [
        { element: "h1", id: "_top", text: "楽天ROOMの学び方" },
        { element: "h2", id: "basics", text: "仕組みを知る" },
        { element: "h2", id: "results", text: "成果につなげる" },
      ],
    };
    const learn = page(
      "/learn/",
      "学習ロードマップ",
      [["day-1", "Day 1", "ROOMのレッスンを順番に読みます。"]],
      "hub",
    );
    const rules = page(
      "/rules/",
      "ルールと法令",
      [["map", "どの施策にどのルールが関係する?", "ROOMの前に読む順番。"]],
      "hub",
    );
    const pages = [learn, rules, room].map((p) => ({ page: p, fused: 1 }));
    const first = rerank(analyzeQuery("ROOM 読む順番", lex), pages)[0];
    expect(first?.page.url).toBe("/room/");
    expect(first?.section.id).toBe("basics");
    // Without a topic, every hub keeps the overview bonus and the one about reading order answers.
    expect(rerank(analyzeQuery("読む順番", lex), pages)[0]?.page.url).not.toBe("/room/");
    // 学ぶ順番 asks for the order too.
    expect(analyzeQuery("ROOM 学ぶ順番", lex).listIntent).toBe(true);
  });
  it("a question asking which calculators there are opens their overview, not one calculator", () => {
    const tools = page("/tools/", "計算ツール", [["list", "報酬", "4つの計算ツールを使えます。"]], "hub");
    const reward = page(
      "/tools/reward/",
      "報酬シミュレーター",
      [["share", "結果を共有する", "計算を使うとURLを共有できます。"]],
      "tool",
    );
    const pages = [reward, tools].map((p) => ({ page: p, fused: 1 }));
    expect(rerank(analyzeQuery("計算機 どれ使う", lex), pages)[0]?.page.url).toBe("/tools/");
    expect(analyzeQuery("計算ツール 4種類 違い", lex).listIntent).toBe(true);
    expect(rerank(analyzeQuery("報酬の計算機", lex), pages)[0]?.page.url).toBe("/tools/reward/");
  });
  it("a section that sums up another page (frontmatter summaries) ranks a little below that page", () => {
    const lesson = page("/rules/email-law/", "特定電子メール法", [
      ["stop", "配信停止の表示は?", "配信停止の方法を入れます。"],
    ]);
    const steps = page("/rules/checklist/", "チェック", [
      ["step-mail", "配信停止の表示は?", "配信停止の方法を入れます。"],
    ]);
    const summing = { ...steps, meta: { ...steps.meta, summaries: "step-mail" } };
    const ask = analyzeQuery("配信停止の表示は?", lex);
    const [plain] = rerank(ask, [
      { page: steps, fused: 1 },
      { page: lesson, fused: 1 },
    ]);
    const [first] = rerank(ask, [
      { page: summing, fused: 1 },
      { page: lesson, fused: 1 },
    ]);
    expect(plain?.page.url).toBe("/rules/checklist/");
    expect(first?.page.url).toBe("/rules/email-law/");
  });
  it("a hub is named by what it lists (frontmatter lists) as well as its title, for a list question", () => {
    const learn = page(
      "/learn/",
      "学習ロードマップ",
      [["day-5", "5日目: 事例を読む", "3つの事例を読みます。"]],
      "hub",
    );
    const practice = page(
      "/practice/",
      "現場の実務",
      [["order", "どの順番で読む?", "事例1、事例2、事例3と手順。"]],
      "hub",
    );
    const listed = { ...practice, meta: { ...practice.meta, lists: "事例" } };
    const ask = analyzeQuery("事例 一覧", lex);
    expect(
      rerank(
        ask,
        [learn, practice].map((p) => ({ page: p, fused: 1 })),
      )[0]?.page.url,
    ).toBe("/learn/");
    expect(
      rerank(
        ask,
        [learn, listed].map((p) => ({ page: p, fused: 1 })),
      )[0]?.page.url,
    ).toBe("/practice/");
  });
  it("a section whose heading asks another kind of question (いくつ) yields to one that does not, for an いつ question", () => {
    const limits = page("/room/limits/", "フォロー・いいねの上限", [
      ["cap", "フォローの上限はいくつ?", "上限は100人。24時間で戻ると言われます。"],
      ["reached", "上限に達するとどうなる?", "24時間たつと戻ると報告されています。"],
    ]);
    const [first] = rerank(analyzeQuery("上限はいつ戻る?", lex), [{ page: limits, fused: 1 }]);
    expect(first?.section.id).toBe("reached");
    // A question that asks how many still opens the section that says so.
    const [count] = rerank(analyzeQuery("上限はいくつ?", lex), [{ page: limits, fused: 1 }]);
    expect(count?.section.id).toBe("cap");
  });
  it("a section whose heading names another day of the plan yields to the day the question names", () => {
    const path = page("/learn/", "学習ロードマップ", [
      ["day-2", "2日目: ルールと店舗アカウント", "この日は3つのレッスンを読みます。"],
      ["day-5", "5日目: 現場で使う", "この日は事例を読みます。"],
    ]);
    // The second day's own questions share every character pair with the question but the number.
    const asks = { "/learn/": { "day-2": ["ロードマップ 2日目 何読む", "ロードマップの2日目は何を読む?"] } };
    const [first] = rerank(analyzeQuery("ロードマップ 5日目 何読む", lex), [{ page: path, fused: 1 }], asks);
    expect(first?.section.id).toBe("day-5");
    expect(
      rerank(analyzeQuery("ロードマップ 2日目", lex), [{ page: path, fused: 1 }], asks)[0]?.section.id,
    ).toBe("day-2");
  });
  it("a section of an overview page whose own heading names the question is not held back", () => {
    const hub = page(
      "/rules/",
      "ルールと法令",
      [
        ["list", "どのページを読む?", "ステマ規制。特定電子メール法。"],
        ["marks", "「非公式」と「編集部の目安」は何が違う?", "出典の種類を示します。"],
      ],
      "hub",
    );
    const lesson = page("/room/limits/", "フォロー・いいねの上限", [
      ["pace", "非公式の数字と編集部の目安は?", "二つは違う考え方です。"],
    ]);
    const pages = [
      { page: hub, fused: 1 },
      { page: lesson, fused: 1 },
    ];
    expect(rerank(analyzeQuery("非公式と編集部の目安の違い", lex), pages)[0]?.section.id).toBe("marks");
    // A question the lesson's heading covers better still goes to the lesson.
    expect(rerank(analyzeQuery("非公式の数字", lex), pages)[0]?.page.url).toBe("/room/limits/");
  });
  it("picks the section whose heading covers the question", () => {
    const q = analyzeQuery("フォローの上限は何回?", lex);
    const [first] = rerank(q, [
      { page: other, fused: 1 },
      { page: guide, fused: 0.5 },
    ]);
    expect(first?.page.url).toBe("/room/limits/");
    expect(first?.section.id).toBe("cap");
  });
  it("counts a value of the asked type as an answer to the question word (いくら: 円, 何日: 日数)", () => {
    // Both sections name the same words; only the second gives the value asked for.
    const cost = page("/room/shop-cost/", "R-SNSの契約", [
      ["why", "R-SNSの利用料の考え方", "R-SNSの利用料は固定でかかります。"],
      ["fee", "R-SNSの利用料の決まり", "R-SNSの利用料は月額5,000円です。"],
    ]);
    const ranked = rerank(analyzeQuery("R-SNSの利用料はいくら", lex), [{ page: cost, fused: 1 }]);
    expect(ranked[0]?.section.id).toBe("fee");
    const rank = page("/room/rank/", "ROOMランク", [
      ["how", "ランクの仕組み", "ランクは活動で変わります。"],
      ["when", "ランクの決まり", "ランクは毎月1日に変わります。"],
    ]);
    expect(rerank(analyzeQuery("ランクはいつ変わる", lex), [{ page: rank, fused: 1 }])[0]?.section.id).toBe(
      "when",
    );
  });
  it("a weak variant (the verb stem of the typed word) counts WEAK_MATCH of a full match, above a body match", () => {
    const c = { text: "待って", variants: ["待って", "待つ"], weight: 1, weak: ["待つ"] };
    const full = sectionScore({ id: "a", heading: "待っている間", body: "" }, "", [c]);
    const weak = sectionScore({ id: "b", heading: "待つ間にできること", body: "" }, "", [c]);
    const body = sectionScore({ id: "c", heading: "手順", body: "待っている間" }, "", [c]);
    expect(weak / full).toBeCloseTo(WEAK_MATCH, 5);
    expect(WEAK_MATCH).toBe(0.8);
    expect(weak).toBeGreaterThan(body);
  });
  it("repeated words raise a section for a content word, not for a question word's answer-side words", () => {
    const [topic, order] = analyzeQuery("CRMは何から始める", lex).concepts;
    expect(order?.question).toBe(true);
    expect(topic?.question).toBeUndefined();
    const once = { id: "a", heading: "手順", body: "最初に送る。" };
    const often = { id: "b", heading: "手順", body: "最初に送る。最初の週。最初の月。" };
    if (!topic || !order) throw new Error("concepts");
    expect(sectionScore(often, "", [order])).toBeCloseTo(sectionScore(once, "", [order]), 9);
    const crm = { ...once, body: "CRMの話。" };
    const crms = { ...once, body: "CRMの話。CRMの例。CRMの数字。" };
    expect(sectionScore(crms, "", [topic])).toBeGreaterThan(sectionScore(crm, "", [topic]));
  });
  it("answer types are read from the section text: a bare number or another counter is no answer", () => {
    expect(ANSWER_TYPES.金額?.test("月額5,000円")).toBe(true);
    expect(ANSWER_TYPES.金額?.test("5,000ポイント")).toBe(false);
    expect(ANSWER_TYPES.期間?.test("14日")).toBe(true);
    expect(ANSWER_TYPES.回数?.test("1日に100件")).toBe(true);
    expect(ANSWER_TYPES.回数?.test("100")).toBe(false);
    expect(ANSWER_TYPES.数値?.test("料率は3%")).toBe(true);
    expect(ANSWER_TYPES.時期?.test("到着の3日後")).toBe(true);
  });
  it("prefers calculators when the question asks to calculate", () => {
    const q = analyzeQuery("報酬 計算", lex);
    const [first] = rerank(q, [
      { page: rewards, fused: 1 },
      { page: tool, fused: 0.8 },
    ]);
    expect(first?.page.url).toBe("/tools/reward/");
    const plain = rerank(analyzeQuery("報酬はどう計算する", lex), [
      { page: rewards, fused: 1 },
      { page: tool, fused: 0.8 },
    ]);
    expect(plain[0]?.page.url).toBe("/room/rewards/");
  });
});

describe("page kinds come from the page's metadata, not its URL", () => {
  const q = analyzeQuery("報酬 計算", lex);
  it("a tool is preferred for a calculator request because its kind says so, wherever it lives", () => {
    const moved = { ...tool, url: "/somewhere/else/" };
    expect(
      rerank(q, [
        { page: rewards, fused: 1 },
        { page: moved, fused: 0.8 },
      ])[0]?.page.url,
    ).toBe("/somewhere/else/");
    const notTool = { ...tool, meta: { ...tool.meta, kind: "lesson" } };
    expect(
      rerank(q, [
        { page: rewards, fused: 1 },
        { page: notTool, fused: 0.8 },
      ])[0]?.page.url,
    ).toBe("/room/rewards/");
  });
  it("a calculator's page top counts its questions' vote in full; another page's top counts a share (topNeighbours)", () => {
    const ask = "ランク別に並べて比べたい";
    const calculator = page(
      "/tools/rank-bonus/",
      "ランク別比較",
      [["how", "使い方", "月の売上を入れます。"]],
      "tool",
    );
    const lesson = { ...calculator, url: "/room/rank/", meta: { ...calculator.meta, kind: "lesson" } };
    const asks = { [calculator.url]: { _top: [ask] }, [lesson.url]: { _top: [ask] } };
    const scoreOf = (p: PageRecord, data = {}) =>
      rerank(analyzeQuery(ask, lex), [{ page: p, fused: 1 }], data).find((r) => r.page.url === p.url)
        ?.score ?? 0;
    // What the same question adds to each page: the vote is the only part that depends on the page's kind.
    const gain = (p: PageRecord) => scoreOf(p, asks) - scoreOf(p);
    expect(gain(calculator)).toBeGreaterThan(gain(lesson));
  });
  it("a question told at length counts its close wordings' vote more (longNeighbours); a short one does not", () => {
    const short = "お礼メールはいつ送る?";
    const long =
      "うちは干物を箱で送っているのですが、注文のあとにお客様へお礼のメールを出すとしたら、いつごろ出すのがいちばんいいのでしょうか?";
    expect(normalize(long).length).toBeGreaterThanOrEqual(LONG_QUESTION);
    const lesson = page("/crm/post-purchase-mail/", "購入後フォローメール", [
      ["when", "いつ送るとよい", "発送の連絡と一緒に。"],
    ]);
    const asks = { [lesson.url]: { when: [short, long] } };
    const scoreOf = (q: string) =>
      rerank(analyzeQuery(q, lex), [{ page: lesson, fused: 1 }], asks)[0]?.score ?? 0;
    const base = { ...WEIGHTS };
    const before = { short: scoreOf(short), long: scoreOf(long) };
    Object.assign(WEIGHTS, { longNeighbours: 1 });
    const flat = { short: scoreOf(short), long: scoreOf(long) };
    Object.assign(WEIGHTS, base);
    expect(before.short).toBe(flat.short);
    expect(before.long).toBeGreaterThan(flat.long);
  });
  it("a glossary page answers a definition question and yields to lessons otherwise", () => {
    const glossary = page(
      "/words/",
      "用語集",
      [["cvr", "CVR", "商品ページを見た人のうち購入した人の割合です。"]],
      "glossary",
    );
    const lesson = page("/room/marketing-mix/", "組み合わせ", [
      ["cvr", "CVR改善はなぜ欠かせない?", "CVRを上げる。"],
    ]);
    const pages = [
      { page: lesson, fused: 1 },
      { page: glossary, fused: 1 },
    ];
    expect(rerank(analyzeQuery("CVRとは", lex), pages)[0]?.page.url).toBe("/words/");
    expect(rerank(analyzeQuery("CVR 改善", lex), pages)[0]?.page.url).toBe("/room/marketing-mix/");
  });
});

describe("definition questions", () => {
  it("link the glossary entry whose heading is the word, not an earlier entry that mentions it", () => {
    const glossary = page(
      "/glossary/",
      "用語集",
      [
        ["my-room", "my ROOM", "読み: まいるーむ. 楽天ROOMで各利用者が持つページです。"],
        [
          "room",
          "楽天ROOM",
          "読み: らくてんるーむ. 商品を紹介し合うサービスです。 別の呼び方: ROOM、ルーム.",
        ],
      ],
      "glossary",
    );
    const [first] = rerank(analyzeQuery("るーむ", lex), [{ page: glossary, fused: 1 }]);
    expect(first?.section.id).toBe("room");
  });
  it("links the entry of the word as typed before an entry that lists it as an alias", () => {
    const glossary = page(
      "/glossary/",
      "用語集",
      [
        [
          "repurchase-coupon",
          "再購入クーポン",
          "読み: さいこうにゅうくーぽん. 再購入クーポンは次の再購入クーポンです。",
        ],
        [
          "thanks-coupon",
          "サンキュークーポン",
          "読み: さんきゅーくーぽん. 購入したお客様に自動で渡るクーポンです。",
        ],
      ],
      "glossary",
    );
    const [first] = rerank(analyzeQuery("さんきゅーくーぽん", lex), [{ page: glossary, fused: 1 }]);
    expect(first?.section.id).toBe("thanks-coupon");
  });
  it("a question asking for the glossary itself opens its top, before a page that points to it", () => {
    const glossary = page(
      "/glossary/",
      "用語集",
      [
        ["cvr", "CVR", "読み: しーぶいあーる. 商品ページを見た人のうち購入した人の割合です。"],
        ["ltv", "LTV", "読み: えるてぃーぶい. 1人のお客様が生涯にもたらす売上です。"],
        // An entry sharing the question's words (まとめ): the top still comes first.
        ["bulk", "まとめ買い", "読み: まとめがい. 商品をまとめて買うことです。まとめて送ります。"],
      ],
      "glossary",
    );
    const faq = page("/faq/", "よくある質問", [
      ["missing", "質問が見つからないときは?", "言葉の意味がわからないときは用語集をまとめて見てください。"],
    ]);
    const pages = [
      { page: faq, fused: 1 },
      { page: glossary, fused: 1 },
    ];
    for (const q of [
      "言葉の意味 まとめてあるとこ ないかな",
      "言葉の意味をまとめて見られるページ",
      "用語集",
    ]) {
      const [first] = rerank(analyzeQuery(q, lex), pages);
      expect(first?.page.url, q).toBe("/glossary/");
      expect(first?.section.id, q).toBe("_top");
    }
    // The top keeps the page's score when an entry scores higher (the entry's readers' questions share its words).
    const section = (id: string) => ({ id, heading: id, body: "" });
    const top = pageTop([
      { section: section("_top"), score: 0.4 },
      { section: section("cvr"), score: 0.9 },
    ]);
    expect(top?.section.id).toBe("_top");
    expect(top?.score).toBe(0.9);
    // Naming one of its entries as well, the entry.
    expect(rerank(analyzeQuery("用語集 LTV", lex), pages)[0]?.section.id).toBe("ltv");
  });
});

describe("buildSubQueries", () => {
  it("starts with the whole question, then subsets and synonyms, capped", () => {
    const subs = buildSubQueries(analyzeQuery("店舗アカウントの審査期間はどのくらい", lex));
    expect(subs[0]?.text.split(" ").length).toBeGreaterThan(1);
    expect(subs.length).toBeLessThanOrEqual(MAX_SUBQUERIES);
    expect(new Set(subs.map((s) => s.text)).size).toBe(subs.length);
  });
  it("searches a question word's answer-side variants only through re-ranking, not one sub-query each", () => {
    const q = analyzeQuery("クーポンの有効期限は何日", lex);
    const question = q.concepts.find((c) => c.weight < 1);
    expect(question?.variants.length).toBeGreaterThan(1);
    const alone = new Set(buildSubQueries(q).map((s) => s.text));
    expect(question?.variants.slice(1).filter((v) => alone.has(v))).toEqual([]);
    const content = q.concepts.find((c) => c.weight >= 1 && c.variants.length > 1);
    if (content) expect(content.variants.slice(1).some((v) => alone.has(v))).toBe(true);
  });
  it("falls back to the normalised text when nothing is left", () => {
    expect(buildSubQueries(analyzeQuery("は", lex))).toEqual([{ text: "は", weight: 1 }]);
  });
});

describe("bodyLengthFactor", () => {
  it("is 1 up to the reference length, then shrinks slowly and stays positive", () => {
    expect(bodyLengthFactor(0)).toBe(1);
    expect(bodyLengthFactor(BODY_LENGTH.reference)).toBe(1);
    const long = bodyLengthFactor(BODY_LENGTH.reference * 2);
    expect(long).toBeLessThan(1);
    expect(long).toBeGreaterThan(0.7);
    expect(bodyLengthFactor(BODY_LENGTH.reference * 4)).toBeLessThan(long);
  });
});

describe("pickSection", () => {
  const sec = (id: string) => ({ id, heading: id, body: "" });
  it("links a heading section that scores close to the page top, keeping the top's score", () => {
    const picked = pickSection([
      { section: sec("_top"), score: 0.7 },
      { section: sec("a"), score: 0.7 - WEIGHTS.topMargin / 2 },
      { section: sec("b"), score: 0.1 },
    ]);
    expect(picked?.section.id).toBe("a");
    expect(picked?.score).toBe(0.7);
  });
  it("keeps the page top when no heading section is close", () => {
    expect(
      pickSection([
        { section: sec("_top"), score: 0.9 },
        { section: sec("a"), score: 0.9 - WEIGHTS.topMargin * 2 },
      ])?.section.id,
    ).toBe("_top");
  });
  it("takes the best section when it is not the page top; undefined for no sections", () => {
    expect(
      pickSection([
        { section: sec("_top"), score: 0.2 },
        { section: sec("a"), score: 0.6 },
      ])?.section.id,
    ).toBe("a");
    expect(pickSection([])).toBeUndefined();
  });
});

describe("alsoSections", () => {
  const sec = (id: string) => ({ id, heading: id, body: "" });
  const [top, a, b, c, d] = [sec("_top"), sec("a"), sec("b"), sec("c"), sec("d")] as const;
  it("offers the other headed sections within the margin of the linked one, best first, never the page top", () => {
    const scored = [
      { section: top, score: 1 },
      { section: a, score: 0.9 },
      { section: b, score: 0.9 - WEIGHTS.alsoMargin / 2 },
      { section: c, score: 0.9 - WEIGHTS.alsoMargin * 2 },
      { section: d, score: 0.9 - WEIGHTS.alsoMargin / 4 },
    ];
    expect(alsoSections(scored, a).map((s) => s.id)).toEqual(["d", "b"]);
  });
  it("offers at most ALSO_LIMIT sections, and none that scores 0", () => {
    const many = ["p", "q", "r", "s"].map((id) => ({ section: sec(id), score: 0.5 }));
    expect(alsoSections([{ section: a, score: 0.5 }, ...many], a)).toHaveLength(ALSO_LIMIT);
    expect(
      alsoSections(
        [
          { section: a, score: 0.1 },
          { section: b, score: 0 },
        ],
        a,
      ),
    ).toEqual([]);
  });
});

describe("page kinds", () => {
  const toolPage = (url: string, heading: string) =>
    page(url, "計算", [["s", heading, "ランクボーナスは別枠です。"]], "tool");

  it("calculator words are no topic evidence on a tool page; tool intent counts there as a title match", () => {
    const q = analyzeQuery("ランクボーナス 計算", lex);
    expect(q.toolIntent).toBe(true);
    const { concepts, byKind } = conceptsForKind(q, "tool");
    const calc = concepts.find((c) => c.variants.includes("計算"));
    expect(calc?.variants).not.toContain("ツール");
    expect(calc && byKind.has(calc)).toBe(true);
    expect(conceptsForKind(q, "lesson").concepts).toBe(q.concepts);
    // 「このツールの扱い」 scores as any other heading of a calculator page with the same text.
    const [a, b] = rerank(q, [
      { page: toolPage("/tools/a/", "はっきりしない点と、このツールの扱い"), fused: 1 },
      { page: toolPage("/tools/b/", "読み方"), fused: 1 },
    ]);
    expect(a?.score).toBeCloseTo(b?.score ?? 0, 9);
  });

  it("without tool intent, calculator words on a tool page do not count as 計算", () => {
    const q = analyzeQuery("報酬の計算例を見たい", lex);
    const { concepts, byKind } = conceptsForKind(q, "tool");
    expect(byKind.size).toBe(0);
    expect(concepts.flatMap((c) => c.variants)).not.toContain("シミュレーター");
  });

  it("a utility page (kind page) is held back like an overview unless its title names the question", () => {
    const record = page(
      "/learn/record/",
      "学習の記録",
      [["sheet", "学習の記録", "うまくいかない3つのパターン - 未回答. 楽天CRM - 未回答."]],
      "page",
    );
    const failures = page("/crm/failures/", "うまくいかない3つのパターン", [
      ["p1", "パターン1: 施策が1回きりで終わっていないか", "CRMの施策を1回で終える。"],
    ]);
    const pages = [
      { page: record, fused: 1 },
      { page: failures, fused: 1 },
    ];
    expect(rerank(analyzeQuery("CRMでよくある失敗", lex), pages)[0]?.page.url).toBe("/crm/failures/");
    expect(rerank(analyzeQuery("学習の記録", lex), pages)[0]?.page.url).toBe("/learn/record/");
  });
});

describe("rules pages (kind rules)", () => {
  const lesson = page("/room/about/", "楽天ROOMとは", [
    [
      "sns",
      "SNSとしての機能とアフィリエイトとしての機能は?",
      "投稿から商品が買われると報酬が出る仕組みです。",
    ],
  ]);
  const rules = page(
    "/rules/affiliate/",
    "楽天アフィリエイトと楽天ROOMのルール",
    [
      [
        "room",
        "ROOMにも楽天アフィリエイトのルールが当てはまる?",
        "ROOMの投稿で商品が買われる仕組みはアフィリエイトです。",
      ],
    ],
    "rules",
  );
  const pages = [
    { page: rules, fused: 1 },
    { page: lesson, fused: 1 },
  ];
  it("a question about how a practice works goes to the lesson, a question about its rules to the rules page", () => {
    expect(rerank(analyzeQuery("ROOMの投稿から商品が買われる仕組み", lex), pages)[0]?.page.url).toBe(
      "/room/about/",
    );
    expect(rerank(analyzeQuery("ROOMのアフィリエイトのルール", lex), pages)[0]?.page.url).toBe(
      "/rules/affiliate/",
    );
  });
});

describe("worked examples (kind case)", () => {
  const lesson = page("/room/sales/", "売上につなげる3つの方法", [
    ["menu", "PRの依頼メニューと費用は?", "インフルエンサーへの依頼の費用です。"],
  ]);
  const example = (kind: string) =>
    page(
      "/practice/case-agency/",
      "事例3: 支援会社のクライアントがPRを検討する",
      [["cost", "PRの費用は何件の注文で取り戻せる?", "依頼の費用を注文で割ります。"]],
      kind,
    );
  const q = analyzeQuery("PR依頼の料金", lex);

  it("a case study that names the same words ranks below the lesson that explains them, by its kind", () => {
    const asCase = rerank(q, [
      { page: example("case"), fused: 1 },
      { page: lesson, fused: 1 },
    ]);
    expect(asCase[0]?.page.url).toBe("/room/sales/");
    const asLesson = rerank(q, [
      { page: example("lesson"), fused: 1 },
      { page: lesson, fused: 1 },
    ]);
    const caseScore = asCase.find((r) => r.page.url.includes("case"))?.score ?? 0;
    const lessonScore = asLesson.find((r) => r.page.url.includes("case"))?.score ?? 0;
    expect(lessonScore - caseScore).toBeCloseTo(WEIGHTS.case, 9);
  });

  it("still answers a question only the case study covers", () => {
    const r = rerank(analyzeQuery("PRの費用は何件の注文で取り戻せる", lex), [
      { page: example("case"), fused: 1 },
      { page: lesson, fused: 1 },
    ]);
    expect(r[0]?.page.url).toBe("/practice/case-agency/");
  });
});

describe("texts to copy (kind template)", () => {
  const lesson = page("/crm/reviews/", "レビューを集める", [
    ["text", "レビュー依頼の文面には何を書く?", "レビュー依頼の文面には商品名とお礼を書きます。"],
  ]);
  const examples = (kind: string) =>
    page(
      "/crm/templates/",
      "そのまま直して使えるテンプレート",
      [["review", "レビュー依頼の例", "レビュー依頼のメールの文面です。【商品名】を書き換えます。"]],
      kind,
    );
  const scoreOf = (q: string, kind: string) =>
    rerank(analyzeQuery(q, lex), [
      { page: examples(kind), fused: 1 },
      { page: lesson, fused: 1 },
    ]).find((r) => r.page.url === "/crm/templates/")?.score ?? 0;

  it("a question asking for an example to copy ranks the template page up by its kind", () => {
    const q = "レビュー依頼メール 例文";
    expect(analyzeQuery(q, lex).exampleIntent).toBe(true);
    expect(scoreOf(q, "template") - scoreOf(q, "lesson")).toBeCloseTo(WEIGHTS.template, 9);
  });

  it("other questions rank the template page a little below a lesson", () => {
    const q = "レビュー依頼の文面には何を書く";
    expect(analyzeQuery(q, lex).exampleIntent).toBe(false);
    expect(scoreOf(q, "lesson") - scoreOf(q, "template")).toBeCloseTo(WEIGHTS.plainTemplate, 9);
  });
});

describe("queryKinds", () => {
  it("reads the kinds of question words typed in hiragana or romaji, as the analyzer reads them", () => {
    expect(queryKinds(analyzeQuery("購入後メール いつ", lex))).toEqual(["時期"]);
    const withKana = { ...lex, kanaWords: kanaWordIndex({ じき: "時期", めーる: "メール" }) };
    expect(queryKinds(analyzeQuery("こうにゅうご めーる じき", withKana))).toEqual(["時期"]);
    expect(queryKinds(analyzeQuery("tenpo account hiyou", lex))).toEqual(["金額"]);
    expect(queryKinds(analyzeQuery("ランクボーナス 上限", lex))).toEqual([]);
  });
});

describe("queryPairs", () => {
  it("compares a question typed in hiragana as the site writes its words", () => {
    const withKana = { ...lex, kanaWords: kanaWordIndex({ こうにゅう: "購入", じき: "時期" }) };
    const pairs = queryPairs(analyzeQuery("こうにゅうご めーる じき", withKana));
    expect(pairs.has("購入")).toBe(true);
    expect(pairs.has("こう")).toBe(false);
  });
  it("compares a question typed in Latin letters also as the guides' words (cap as 上限), and no other", () => {
    expect(queryPairs(analyzeQuery("rank bonus cap", lex)).has("上限")).toBe(true);
    expect(queryPairs(analyzeQuery("ランクボーナス cap", lex)).has("上限")).toBe(false);
  });
});
