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
  asOf: "2026-11-23",
  status: "reported",
  note: "支援会社の実務上の目安で、楽天の決まりではありません。",
});

/** Longest validity suggested for a re-purchase coupon. */
export const couponValidityMaxDays = numberFact.parse({
  label: "再購入クーポンの有効期限(長いほう)",
  value: 14,
  unit: "日",
  source: "wacworks-crm",
  asOf: "2026-11-23",
  status: "reported",
  note: "支援会社の実務上の目安で、楽天の決まりではありません。",
});

/** When to ask for a review, counted from the day the item arrives. */
export const reviewRequestTiming = textFact.parse({
  label: "レビュー依頼を送る時期",
  value: "商品の到着から数日〜1週間後",
  source: "wacworks-crm",
  asOf: "2026-11-23",
  status: "reported",
  note: "商品を使ってもらったあとを想定した目安です。",
});

/** The rule against rewarding a review of the current order. */
export const reviewIncentiveRule = textFact.parse({
  label: "レビューを条件にした特典の禁止",
  value: "レビューを書くこと(またはその評価)を条件に、特典・割引・ポイントを渡してはいけない",
  source: "research",
  asOf: "2015-11-01",
  status: "reported",
  note: "楽天市場の出店者向けルールとして運用されています。本サイトは規約の原文を確認できていないため、最新の規約をRMSで確かめてください。",
});

/** Month from which the review-incentive rule applies (shown as 「2015年11月」). */
export const reviewIncentiveRuleSince = textFact.parse({
  label: "レビュー特典禁止の適用開始",
  value: "2015年11月",
  source: "research",
  asOf: "2015-11-01",
  status: "reported",
});

/** What is still allowed: a next-purchase coupon that has nothing to do with reviews. */
export const reviewIndependentCoupon = textFact.parse({
  label: "レビューと無関係な次回購入クーポン",
  value: "レビューの有無や評価に関係なく全員に渡す次回購入クーポンなら問題ない",
  source: "research",
  asOf: "2026-11-23",
  status: "reported",
});

/** The three parts every post-purchase follow-up mail carries. */
export const postPurchaseMailParts = listFact.parse({
  label: "購入後フォローメールに必ず入れる3つの要素",
  items: ["購入へのお礼(一文で)", "商品が届くまでの日数の目安", "問い合わせ先(メールの下部に固定)"],
  source: "wacworks-crm",
  asOf: "2026-11-23",
  status: "reported",
});

/** Customer states the segment lesson distinguishes, by purchase history. */
export const customerStates = listFact.parse({
  label: "購入履歴による顧客の状態",
  items: ["購入直後", "複数回購入(リピーター)", "一定期間購入がない(休眠)"],
  source: "wacworks-crm",
  asOf: "2026-11-23",
  status: "reported",
});

/** The figures to watch when judging CRM work. */
export const crmMetrics = listFact.parse({
  label: "CRMで確認する数字",
  items: ["リピート率(再購入率)", "開封率", "クリック率"],
  source: "wacworks-crm",
  asOf: "2026-11-23",
  status: "reported",
});

/** Names of the recurring Rakuten sales the CRM timeline offers as labels (dates are entered by the user). */
export const saleLabels = listFact.parse({
  label: "CRMタイムラインで選べるセールの名前",
  items: ["楽天スーパーSALE", "お買い物マラソン", "5と0のつく日", "ワンダフルデー(毎月1日)"],
  source: "research",
  asOf: "2026-11-23",
  status: "reported",
  note: "楽天は今後のセール日程の予想を公開することを認めていないため、日付は利用者が入力します。",
});

/** Rule that sale dates are never published in advance by this site. */
export const saleDatesPolicy = textFact.parse({
  label: "セール日程の扱い",
  value: "今後のセール日程の予想は公開しない(日付は各自が入力する)",
  source: "research",
  asOf: "2026-11-23",
  status: "reported",
});

/** Every CRM fact with the lesson (docs slug) that must show it. Used by tests and by nothing else. */
export const crmFactPages = {
  couponValidityMinDays: "crm/repurchase-coupon",
  couponValidityMaxDays: "crm/repurchase-coupon",
  reviewRequestTiming: "crm/reviews",
  reviewIncentiveRule: "crm/reviews",
  reviewIncentiveRuleSince: "crm/reviews",
  reviewIndependentCoupon: "crm/reviews",
  postPurchaseMailParts: "crm/post-purchase-mail",
  customerStates: "crm/segments",
  crmMetrics: "crm/roadmap",
  saleLabels: "crm/roadmap",
  saleDatesPolicy: "crm/roadmap",
} as const;
