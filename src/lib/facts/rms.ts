/** RMS menu paths and settings as practitioners report them (none is on a Rakuten page we could open: RMS manuals need a login). */
import { ruleFact, ruleListFact } from "./rules";

const checked = "2026-11-29";

/** Where staff accounts and their permissions are managed. */
export const rLoginUserAdminPath = ruleListFact.parse({
  label: "担当者のIDと権限を管理する画面",
  items: ["R-Login", "利用者管理"],
  source: "allweb-rms-permissions",
  asOf: checked,
  status: "reported",
});

/** Permission sets a shop can give a staff member, as reported. */
export const rLoginPermissionKinds = ruleListFact.parse({
  label: "RMSの権限の種類(報告されているもの)",
  items: [
    "通常(個人情報を含むすべての機能)",
    "ダブルアカウント(店舗ページの編集、外部リンク申請、商品の一括登録など)",
    "R-Storefront + R-Mail(ダブルアカウントの範囲に加えてR-Mail)",
  ],
  source: "allweb-rms-permissions",
  asOf: checked,
  status: "reported",
});

/** Menu path for the shop's coupons. */
export const rmsCouponMenuPath = ruleListFact.parse({
  label: "クーポンを設定するメニュー",
  items: ["店舗運営", "クーポン設定"],
  source: "captainec-coupon",
  asOf: checked,
  status: "reported",
});

/** The kinds of coupon and who pays the discount. */
export const couponKinds = ruleListFact.parse({
  label: "楽天市場のクーポンの種類と割引の負担",
  items: [
    "配布型クーポン: 店舗が配り、割引は店舗の負担",
    "サンキュークーポン: 購入したお客様に自動で渡り、割引は店舗の負担",
    "サービスクーポン: 楽天のイベントで配られ、割引は楽天の負担",
    "運用型クーポン広告: 広告として配り、割引と広告費が店舗の負担",
  ],
  source: "5springs-racoupon",
  asOf: checked,
  since: "2022-09-08",
  status: "reported",
});

/** Conflicting reports on the longest validity of a shop coupon. */
export const couponValidityConflict = ruleFact.parse({
  label: "配布型クーポンの有効期間の上限",
  value: "配布型クーポンの有効期間の上限は、30日とする古い資料と3か月とする資料があり、食い違っています",
  source: "jericho-rakuten-coupon",
  asOf: checked,
  since: "2025-07-30",
  status: "reported",
});

/** Menu path for the order mails (follow mail templates). */
export const rmsMailTemplatePath = ruleListFact.parse({
  label: "受注メールのテンプレートを登録するメニュー",
  items: ["受注・決済管理", "メールテンプレート管理", "受注用メールテンプレート登録・編集"],
  source: "matomete-thanks-mail-path",
  asOf: checked,
  since: "2025-09-01",
  status: "reported",
});

/** Required and optional parts of the automatic order mails. */
export const orderMailParts = ruleListFact.parse({
  label: "自動で送る受注メールの項目",
  items: [
    "必ず入れる: 受注番号、注文日時、購入した商品、合計金額と支払い方法、届け先、店舗の連絡先",
    "入れてもよい: 配送の予定、次回使えるクーポンの案内、メルマガ登録の案内、レビューのお願い",
  ],
  source: "cyber-records-mail-template",
  asOf: checked,
  status: "reported",
});

/** R-Mail is a paid RMS function applied for separately. */
export const rMailSignup = ruleFact.parse({
  label: "R-Mailの利用",
  value: "R-Mailは申し込んで使うRMSの機能で、1通ごとに配信料がかかります",
  source: "cyber-records-r-mail",
  asOf: checked,
  status: "reported",
});

/** R-SNS is needed for links to the shop's SNS accounts. */
export const rSnsLinks = ruleFact.parse({
  label: "R-SNSとSNSへのリンク",
  value: "R-SNSを使うと、店舗ページなどに自店のSNSアカウントへのリンクを載せられます",
  source: "dinnovation-r-sns",
  asOf: checked,
  status: "reported",
});

/** Every RMS fact with the page that must show it. Used by tests. */
export const rmsFactPages = {
  rLoginUserAdminPath: "practice/rms-steps",
  rLoginPermissionKinds: "practice/rms-steps",
  rmsCouponMenuPath: "practice/rms-steps",
  couponKinds: "practice/rms-steps",
  couponValidityConflict: "practice/rms-steps",
  rmsMailTemplatePath: "practice/rms-steps",
  orderMailParts: "practice/rms-steps",
  rMailSignup: "practice/rms-steps",
  rSnsLinks: "practice/rms-steps",
} as const;
