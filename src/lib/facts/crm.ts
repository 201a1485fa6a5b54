/** 楽天CRM facts: coupon validity, review request timing, the review-incentive rule, sale labels and the other figures the CRM lessons cite. */
import { z } from "zod";
import { factMeta, numberFact, textFact } from "./schema";

/** A fact whose value is a short ordered list (required parts of a mail, customer states, sale names). */
export const listFact = factMeta.extend({ items: z.array(z.string().min(1)).min(1) });
export type ListFact = z.infer<typeof listFact>;

/** Shortest validity suggested for a re-purchase coupon. */
export const couponValidityMinDays = numberFact.parse({
  label: "再購入クーポンの有効期限(短いほう)",
  value: 7,
  unit: "日",
  source: "wacworks-crm",
  asOf: "2026-11-29",
  status: "reported",
  note: "支援会社の実務上の目安で、楽天の決まりではありません。",
});

/** Longest validity suggested for a re-purchase coupon. */
export const couponValidityMaxDays = numberFact.parse({
  label: "再購入クーポンの有効期限(長いほう)",
  value: 14,
  unit: "日",
  source: "wacworks-crm",
  asOf: "2026-11-29",
  status: "reported",
  note: "支援会社の実務上の目安で、楽天の決まりではありません。",
});

/** When to ask for a review, counted from the day the item arrives. */
export const reviewRequestTiming = textFact.parse({
  label: "レビュー依頼を送る時期",
  value: "商品の到着から数日〜1週間後",
  source: "wacworks-crm",
  asOf: "2026-11-29",
  status: "reported",
  note: "商品を使ってもらったあとを想定した目安です。",
});

/** Pages that report the 2015-11 change but exist only over http (not linked; listed by `npm run facts`). */
const reviewRule2015HttpOnly = [
  "ネットショップスタジオ「楽天市場におけるレビューガイドライン変更について」(2015年12月15日、http のページのみ): 2015年11月の変更で、今回の注文への送料無料・値引き・キャッシュバック・おまけ同梱が一律禁止になったという報告",
  "エス・オー・ジェイ「【楽天市場】レビューを買いて送料無料・プレゼントが禁止になります」(http のページのみ): 2015年11月12日付の改定という報告",
];

/**
 * What a shop may not do when asking for reviews: a perk on the order being reviewed, or a perk that depends on the
 * rating or the content. (A coupon for a later purchase given to every reviewer is not banned: see below.)
 */
export const reviewIncentiveRule = textFact.parse({
  label: "レビューに関する特典で禁止されていること",
  value:
    "レビューを書いてもらう見返りに、今回の注文へ特典(値引き・送料無料・おまけの同梱・キャッシュバック)を付けることと、評価や内容によって中身が変わる特典を渡すことは禁止",
  source: ["5springs-review-guideline", "ecnomikata-review-coupon"],
  unlinked: reviewRule2015HttpOnly,
  asOf: "2026-11-29",
  since: "2015-11-01",
  status: "reported",
  note: "楽天のレビューガイドラインの原文は確認できていません。実務家の解説と、2015年11月の変更を伝える記事にもとづいています。",
});

/** What is widely done and described as allowed: a coupon for a later purchase for every reviewer, whatever the rating. */
export const reviewerCouponPractice = textFact.parse({
  label: "レビューを書いた人への再購入クーポン",
  value:
    "評価に関係なく、レビューを書いた人全員に次回以降の買い物に使える再購入クーポンを渡す方法は、広く使われている",
  source: [
    "ecnomikata-review-coupon",
    "5springs-review-guideline",
    "jagoo-review-coupon",
    "rakuten-shop-matin-review-coupon",
  ],
  asOf: "2026-11-29",
  status: "reported",
  note: "実務家は楽天が認める使い方だと説明していますが、楽天の規約の原文は確認できていません。1か月に1枚までなど、店舗が自分で上限を決める例が多く見られます。",
});

/** The three parts every post-purchase follow-up mail carries (the seed article's advice, adopted by this site). */
export const postPurchaseMailParts = listFact.parse({
  label: "購入後フォローメールに必ず入れる3つの要素",
  items: ["購入へのお礼(一文で)", "商品が届くまでの日数の目安", "問い合わせ先(メールの下部に固定)"],
  source: "wacworks-crm",
  asOf: "2026-11-29",
  status: "editorial",
});

/** Customer states the segment lesson distinguishes, by purchase history. */
export const customerStates = listFact.parse({
  label: "購入履歴による顧客の状態",
  items: ["購入直後", "複数回購入(リピーター)", "一定期間購入がない(休眠)"],
  source: "wacworks-crm",
  asOf: "2026-11-29",
  status: "editorial",
});

/** The figures to watch when judging CRM work. */
export const crmMetrics = listFact.parse({
  label: "CRMで確認する数字",
  items: ["リピート率(再購入率)", "開封率", "クリック率"],
  source: "wacworks-crm",
  asOf: "2026-11-29",
  status: "editorial",
});

/** The rule that affiliates (ROOM users included) may not publish unannounced campaign dates or predictions of them. */
export const saleDatePredictionRule = textFact.parse({
  label: "キャンペーン日程の先出し・予想の禁止",
  value:
    "楽天アフィリエイトのパートナー(ROOMのユーザーを含む)は、まだ発表されていないキャンペーンの日程や、その予想を公開してはいけない",
  source: "rakuten-affiliate-staff-blog-disclosure",
  asOf: "2026-11-29",
  status: "official",
  note: "楽天アフィリエイト事務局の注意事項です。個人の予想だと断っても禁止とみなされる場合があるとしています。",
});

/** Names of the recurring Rakuten sales the CRM timeline offers as labels (dates are entered by the user). */
export const saleLabels = listFact.parse({
  label: "CRMタイムラインで選べるセールの名前",
  items: ["楽天スーパーSALE", "お買い物マラソン", "5と0のつく日", "ワンダフルデー(毎月1日)"],
  source: "rakuten-affiliate-staff-blog-disclosure",
  asOf: "2026-11-29",
  status: "editorial",
  note: "日付は楽天の告知を確かめてから、各自で入力します。",
});

/** This site's policy: it never publishes sale dates in advance. */
export const saleDatesPolicy = textFact.parse({
  label: "セール日程の扱い",
  value: "今後のセール日程やその予想は載せず、日付は各自が入力する",
  source: "rakuten-affiliate-staff-blog-disclosure",
  asOf: "2026-11-29",
  status: "editorial",
});

/** Every CRM fact with the lesson (docs slug) that must show it. Used by tests and by nothing else. */
export const crmFactPages = {
  couponValidityMinDays: "crm/repurchase-coupon",
  couponValidityMaxDays: "crm/repurchase-coupon",
  reviewRequestTiming: "crm/reviews",
  reviewIncentiveRule: "crm/reviews",
  reviewerCouponPractice: "crm/reviews",
  postPurchaseMailParts: "crm/post-purchase-mail",
  customerStates: "crm/segments",
  crmMetrics: "crm/roadmap",
  saleDatePredictionRule: "crm/roadmap",
  saleLabels: "crm/roadmap",
  saleDatesPolicy: "crm/roadmap",
} as const;
