/** No built page may say that a coupon for a later purchase, given to every reviewer, is banned (the rule bans perks on the reviewed order only). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DIST, builtPages } from "./harness.mjs";
import { importTs } from "./load-ts.mjs";
import { banClaims, sentencesOf, sentencesOfHtml } from "./review-claims.mjs";

const facts = await importTs("src/lib/facts/crm.ts");

/** What the site said before the correction (2026-11-23): each must be caught. */
const OLD_WORDING = [
  "渡せません。楽天市場のルールでは、2015年11月から、レビューを書くこと(またはその評価)を条件に、特典・割引・ポイントを渡してはいけないことになっています。",
  "いいえ。2015年11月から、レビューを条件にした特典は認められていません。",
  "「レビューを書いたらクーポンを差し上げます」という使い方はできません。",
  "この文面には、特典・割引・おまけの話を一切入れていません。レビューと引き換えに何かを渡すことは禁止されているので、書き足さないでください。",
  "レビューを書くことや高い評価を条件に渡す割引やおまけのことです。楽天市場では禁止されています。",
  "レビューを書くことを条件に特典を渡すことは禁止されています。",
  "レビューと引き換えの特典は禁止です。",
  "商品を使ったお客様に、感想を書いてもらうようお願いする連絡です。特典と引き換えにしてはいけません。",
];

/** The rule as it is: these must pass. */
const RIGHT_WORDING = [
  "レビューを書いてもらう見返りに、今回の注文を値引きしたり送料無料にしたりすることはできません。",
  "評価に関係なく、レビューを書いた人全員に次回以降の買い物に使える再購入クーポンを渡す方法は、多くの店舗で使われています。",
  "星の数で特典を変えることは禁止です。レビューを書いた人全員に同じクーポンを渡す方法は広く使われています。",
  "レビューを書いた人への再購入クーポンは禁止されていません。",
];

describe("the review-incentive claim detector", () => {
  for (const s of OLD_WORDING) {
    test(`catches the old wording: ${s.slice(0, 30)}…`, () => {
      assert.ok(banClaims(sentencesOf(s)).length > 0);
    });
  }
  for (const s of RIGHT_WORDING) {
    test(`lets the right wording pass: ${s.slice(0, 30)}…`, () => {
      assert.deepEqual(banClaims(sentencesOf(s)), []);
    });
  }
});

describe("every built page", () => {
  test("says nowhere that a coupon for a later purchase, given to every reviewer, is banned", () => {
    const pages = builtPages();
    assert.ok(pages.length >= 20, `only ${pages.length} pages`);
    const found = [];
    for (const page of pages) {
      const html = readFileSync(join(DIST, page.endsWith(".html") ? page : `${page}index.html`), "utf8");
      for (const claim of banClaims(sentencesOfHtml(html))) found.push(`${page || "/"}: ${claim}`);
    }
    assert.deepEqual(found, []);
  });

  test("the review lesson states the current-order ban and the reviewer coupon as reported facts", () => {
    const html = readFileSync(join(DIST, "crm/reviews/index.html"), "utf8");
    for (const fact of [facts.reviewIncentiveRule, facts.reviewerCouponPractice]) {
      assert.ok(fact, "fact missing");
      assert.equal(fact.status, "reported");
      assert.ok(html.includes(`data-fact="${fact.label}"`), fact.label);
    }
    assert.match(facts.reviewIncentiveRule.value, /今回の注文/);
  });
});
