import { lexiconWithSynonyms } from "../../../src/lib/search/synonyms";
import { describe, expect, it } from "vitest";
import { analyzeQuery } from "../../../src/lib/search/analyze";
import { hasExampleIntent, hasListIntent, outOfScope } from "../../../src/lib/search/intent";
import { terms } from "../../../src/lib/glossary/terms";
import { normalize } from "../../../src/lib/search/normalize";

const scope = (q: string) => outOfScope(normalize(q));

describe("outOfScope", () => {
  it("recognises questions about the dates of coming sales and campaigns", () => {
    expect(scope("次のスーパーセールはいつ?")).toBe("sale-dates");
    expect(scope("今月のお買い物マラソンの日程")).toBe("sale-dates");
    expect(scope("セールの日程はこのサイトで確認できますか")).toBe("sale-dates");
  });
  it("leaves general questions about sales alone", () => {
    expect(scope("セール中のCRMはどうする")).toBeUndefined();
    expect(scope("楽天スーパーSALEとは")).toBeUndefined();
    expect(scope("5と0のつく日はいつ")).toBeUndefined();
    expect(scope("セール前に店舗アカウントを作りたいけど間に合う?")).toBeUndefined();
  });
  it("recognises one account's problem", () => {
    expect(scope("うちのROOMアカウントが急に止まった")).toBe("own-account");
    expect(scope("報酬が反映されない")).toBe("own-account");
    expect(scope("アカウント停止のリスクは")).toBeUndefined();
    expect(scope("報酬はいつ反映される")).toBeUndefined();
  });
});

describe("an out-of-scope question looks for the place that says so", () => {
  it("adds the words of the site's own notice as a question concept", () => {
    const q = analyzeQuery("次のスーパーセールはいつ?", lexiconWithSynonyms(terms));
    expect(q.outOfScope).toBe("sale-dates");
    expect(q.concepts.find((c) => c.text === "?sale-dates")?.variants).toContain("載せていません");
  });
});

describe("tool intent", () => {
  const lex = lexiconWithSynonyms(terms);
  const asksForTool = (q: string) => analyzeQuery(q, lex).toolIntent;
  it("reads 「日付・金額を出したい」 as asking to work a figure out", () => {
    expect(asksForTool("定休日をよけて発送日を出したい")).toBe(true);
    expect(asksForTool("複数商品の報酬をまとめて出したい")).toBe(true);
  });
  it("reads a question asking whether a schedule can be worked out as asking for a calculator, question mark or not", () => {
    expect(asksForTool("その期間を入れてメールの日程を出せますか?")).toBe(true);
    expect(asksForTool("数字を入れたら出してくれる道具ってない?")).toBe(true);
    expect(asksForTool("報酬ってどれくらい?")).toBe(false);
  });
  it("but not sending or showing something (出す without a figure), nor a question about how it works", () => {
    expect(asksForTool("お礼メールを出したい")).toBe(false);
    expect(asksForTool("ROOMに商品を出したい")).toBe(false);
    expect(asksForTool("報酬はどう出す?")).toBe(false);
  });
  it("reads asking which calculators there are, in English too, as asking for their overview", () => {
    const asksList = (q: string) => analyzeQuery(q, lex).listIntent;
    expect(asksList("計算ツールって何がある?")).toBe(true);
    expect(asksList("What calculators does this site have?")).toBe(true);
    expect(asksList("where can I find all the calculators")).toBe(true);
    expect(asksList("reward calculator")).toBe(false);
    expect(asksList("what does the reward calculator show")).toBe(false);
  });
});

describe("rule intent", () => {
  const lex = lexiconWithSynonyms(terms);
  const rule = (q: string) => analyzeQuery(q, lex).ruleIntent;
  it("a question asking whether something is allowed, or naming a rule or law, may be answered by a rules page", () => {
    expect(rule("レビューのお礼にポイントをあげていい?")).toBe(true);
    expect(rule("ステマ規制の対象は")).toBe(true);
    expect(rule("通常価格はどれくらいの期間売っていれば比較に使える")).toBe(true);
    expect(rule("家族がROOM経由で買ったら報酬は?")).toBe(true);
  });
  it("a question about how a practice works asks no rule", () => {
    expect(rule("ROOMの投稿から商品が買われる仕組みって?")).toBe(false);
    expect(rule("フォローメールを送ると問い合わせは減る?")).toBe(false);
  });
});

describe("list intent", () => {
  const lex = lexiconWithSynonyms(terms);
  it("一覧 asks for an overview page; the word itself is not searched", () => {
    const q = analyzeQuery("施策別 関係する法律 一覧", lex);
    expect(q.listIntent).toBe(true);
    expect(q.concepts.map((c) => c.text)).not.toContain("一覧");
    expect(analyzeQuery("関係する法律", lex).listIntent).toBe(false);
  });

  it("so do いちらん typed in kana, asking which page to read first, and asking to see them all", () => {
    for (const q of [
      "crm れっすん いちらん",
      "CRMのレッスンってどれから読むの?",
      "どの順番でよめばいい",
      "けいさんツール ぜんぶ見たい",
      "ROOM 学ぶ順番",
      "ROOM 勉強 順番",
      "CRMは何から勉強すればいい?",
      "事例のページをまとめて見たい",
      "計算ツール 一蘭",
      "どういう順番で読むのがいいの",
      "CRMの勉強どっから読んだらええか",
      "ROOM レッスン 順番",
      "楽天ROOMの勉強、どのページから順に読めばいい?",
      "CRMのレッスンぜんぶ並んでるとこ",
      "どういう順番でページを読めばいいですか?",
      // Which calculators there are.
      "このサイトの計算ツールって、何があるんですか?",
      "数字を計算できる道具にはどんなものがあるの",
    ])
      expect(analyzeQuery(q, lex).listIntent, q).toBe(true);
    expect(analyzeQuery("crm れっすん いちらん", lex).concepts.map((c) => c.text)).not.toContain("いちらん");
    for (const q of [
      "レビューを読む人は何を見る",
      "ぜんぶのお客様に送ってよい",
      "順番に送る",
      "まとめて送る",
      "ページの順番を入れ替えたい",
      // A calculator for a subject: that calculator, not the list.
      "報酬の計算ツールはどれ",
    ])
      expect(analyzeQuery(q, lex).listIntent, q).toBe(false);
  });
});

describe("example intent", () => {
  const asks = (q: string) => hasExampleIntent(normalize(q));
  it("例文, テンプレ, 見本 and 例 as a word of its own ask for an example to copy", () => {
    for (const q of [
      "フォローメールの例文",
      "レビュー依頼 文面 例",
      "サンクスメール テンプレ",
      "クーポン告知の見本",
      "お礼メールの例は?",
    ])
      expect(asks(q), q).toBe(true);
  });
  it("a worked calculation, an example sentence inside a word and the wording itself do not", () => {
    for (const q of ["報酬の計算例", "例えばどんな商品を載せる?", "レビュー依頼の文面には何を書く", "具体例"])
      expect(asks(q), q).toBe(false);
  });
  it("asking where in RMS a template is set or edited asks for the place, not for a text to copy", () => {
    expect(asks("発送メール テンプレ どこで設定")).toBe(false);
    expect(asks("Where in RMS do we edit the follow-up mail template?")).toBe(false);
    expect(asks("レビュー依頼のテンプレはどこにある")).toBe(true);
  });
  it("so does the word typed in kana, read as the site writes it (れいぶん -> 例文)", () => {
    const lex = lexiconWithSynonyms(terms);
    expect(analyzeQuery("れびゅー めーる れいぶん", lex).exampleIntent).toBe(true);
    expect(analyzeQuery("れびゅー めーる", lex).exampleIntent).toBe(false);
  });
});

describe("hasListIntent", () => {
  it("reads asking where all of a kind are, or to see them all, as asking for an overview page", () => {
    expect(hasListIntent(normalize("計算ツール 全部どこにあるんじゃ"))).toBe(true);
    expect(hasListIntent(normalize("事例をぜんぶ見たい"))).toBe(true);
    expect(hasListIntent(normalize("calculators list"))).toBe(true);
  });
  it("reads asking in which order to read, in English too, as asking for an overview page", () => {
    expect(hasListIntent(normalize("CRMのlessonはどのorderで読めばいい?"))).toBe(true);
    expect(hasListIntent(normalize("In what order should I read the ROOM pages?"))).toBe(true);
    expect(hasListIntent(normalize("Which page should I read first?"))).toBe(true);
    expect(hasListIntent(normalize("where do I even start with ROOM"))).toBe(true);
    expect(hasListIntent(normalize("how many orders pay back the PR fee"))).toBe(false);
  });
  it("leaves a question about one thing's place alone", () => {
    expect(hasListIntent(normalize("クーポンはどこで発行する"))).toBe(false);
    expect(hasListIntent(normalize("全部のお客様に同じクーポンでいい?"))).toBe(false);
  });
});
