/** What ROOM and CRM cost a shop: the affiliate cost of a referred sale, Rakuten's system fee, R-SNS and R-Mail fees. */
import { numberFact, textFact } from "./schema";
import { ruleFact } from "./rules";

const checked = "2026-11-29";

/** Every shop takes part in Rakuten's affiliate programme and cannot leave it. */
export const affiliateMandatory = ruleFact.parse({
  label: "楽天スーパーアフィリエイトへの参加",
  value: "楽天市場に出店すると楽天スーパーアフィリエイトに必ず参加することになり、申し込みも停止もできません",
  source: "dinnovation-affiliate-merchant",
  asOf: checked,
  status: "reported",
});

/** What the shop pays for a referred sale. */
export const shopPaysRate = ruleFact.parse({
  label: "ROOM経由の売上で店舗が払うもの",
  value:
    "紹介経由で売れたとき、店舗は売上に料率(ジャンルごとの料率、または店舗が引き上げた料率)を掛けた額と、楽天のシステム利用料を払います",
  source: "gk-post-affiliate-cost",
  asOf: checked,
  status: "reported",
});

/** Shops may raise their rate above the genre rate. */
export const shopMayRaiseRate = ruleFact.parse({
  label: "料率の引き上げ",
  value: "店舗は自分の商品の料率をジャンルの料率より高く設定できます",
  source: "amiche-affiliate-compare",
  asOf: checked,
  status: "reported",
});

/** Rakuten's system fee, as a share of the rate part (the first tier only is reported). */
export const systemFeePercent = numberFact.parse({
  label: "アフィリエイトのシステム利用料(料率分に対する割合)",
  value: 30,
  unit: "%",
  source: "gk-post-affiliate-cost",
  asOf: checked,
  status: "reported",
  note: "月の料率分の合計のうち30万円以下の部分の率として報告されています。それを超える部分の率は確認できていません。",
});

/** Upper end of the fee tier the 30% applies to (yen of rate part per month). */
export const systemFeeTierYen = numberFact.parse({
  label: "システム利用料30%が報告されている範囲(月の料率分の合計)",
  value: 300_000,
  unit: "円",
  source: "gk-post-affiliate-cost",
  asOf: checked,
  status: "reported",
});

/** Share of affiliate-referred sales a practitioner quotes as the shop's cost. */
export const shopCostRangeLow = numberFact.parse({
  label: "アフィリエイト経由の売上に対する店舗の費用(低いほう)",
  value: 2.6,
  unit: "%",
  source: "ec-supporterz-cost",
  asOf: checked,
  status: "reported",
});

export const shopCostRangeHigh = numberFact.parse({
  label: "アフィリエイト経由の売上に対する店舗の費用(高いほう)",
  value: 5.2,
  unit: "%",
  source: "ec-supporterz-cost",
  asOf: checked,
  status: "reported",
});

/** R-SNS monthly fee (tax excluded). */
export const rSnsMonthlyFee = numberFact.parse({
  label: "R-SNSの基本利用料(月額・税抜)",
  value: 3000,
  unit: "円",
  source: "dinnovation-r-sns",
  asOf: checked,
  status: "reported",
  note: "初期費用はかからないと説明されています。",
});

/** R-Mail fee per mail (tax excluded). */
export const rMailFeePerMail = numberFact.parse({
  label: "R-Mailの配信料(1通・税別)",
  value: 1,
  unit: "円",
  source: "cyber-records-r-mail",
  asOf: checked,
  status: "reported",
});

/** The PR menu's prices: when they were published and what is unknown about them. */
export const prMenuPriceBasis = textFact.parse({
  label: "PRメニューの金額の時点",
  value: "2025年以降に公開された支援会社の記事に載っていた金額で、税込か税抜かは書かれていません",
  source: "jagoo-room",
  asOf: checked,
  since: "2025-01-01",
  status: "reported",
});

/** Every economics fact with the page that must show it. Used by tests. */
export const economicsFactPages = {
  affiliateMandatory: "room/shop-cost",
  shopPaysRate: "room/shop-cost",
  shopMayRaiseRate: "room/shop-cost",
  systemFeePercent: "room/shop-cost",
  systemFeeTierYen: "room/shop-cost",
  shopCostRangeLow: "room/shop-cost",
  shopCostRangeHigh: "room/shop-cost",
  rSnsMonthlyFee: "room/shop-cost",
  prMenuPriceBasis: "room/shop-cost",
  rMailFeePerMail: "practice/rms-steps",
} as const;
