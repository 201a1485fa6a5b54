/** Rules and laws a shop's staff must know (ステマ規制, 特定電子メール法, 価格表示, review and affiliate rules), each with a linked source. */
import { z } from "zod";
import { factMeta, textFact } from "./schema";

/** A rule stated in one sentence part (the status rule and linked sources are checked by factMeta). */
export const ruleFact = textFact;
export type RuleFact = z.infer<typeof ruleFact>;

/** A rule whose content is a short list (exceptions, display items, rough thresholds). */
export const ruleListFact = factMeta.extend({ items: z.array(z.string().min(1)).min(1) });
export type RuleListFact = z.infer<typeof ruleListFact>;

const checked = "2026-11-29";

// ---------- ステマ規制(景品表示法) ----------

/** Day the stealth-marketing rule came into force. */
export const stealthInForce = ruleFact.parse({
  label: "ステマ規制の施行日",
  value: "ステマ規制は2023年10月1日から施行されています",
  source: "prsj-stealth",
  asOf: checked,
  since: "2023-10-01",
  status: "reported",
  note: "消費者庁の案内ページは検索で見つからず、日付は解説ページによります。楽天アフィリエイトの案内も「2023年10月から」としています。",
});

/** Legal basis of the rule. */
export const stealthBasis = ruleFact.parse({
  label: "ステマ規制の根拠",
  value:
    "ルールの根拠は、景品表示法第5条第3号にもとづく告示(令和5年内閣府告示第19号)と、消費者庁の運用基準です",
  source: "advertimes-stema-unyo-kijun",
  asOf: checked,
  since: "2023-03-28",
  status: "reported",
});

/** Who the rule binds. */
export const stealthWhoIsBound = ruleFact.parse({
  label: "ステマ規制の対象",
  value:
    "規制を受けるのは表示の内容の決定に関わった事業者(広告主)で、依頼を受けて投稿した人は原則として対象になりません",
  source: "caa-stealth-marketing-faq",
  asOf: checked,
  status: "official",
});

/** What happens on a breach. */
export const stealthSanction = ruleFact.parse({
  label: "ステマ規制に違反したとき",
  value: "違反した事業者は消費者庁から措置命令を受けることがあります",
  source: "caa-stealth-marketing-faq",
  asOf: checked,
  status: "official",
});

/** When a third party's post becomes the shop's ad. */
export const stealthShopTookPart = ruleFact.parse({
  label: "第三者の投稿が店舗の広告になるとき",
  value: "投稿の対価として商品の提供や謝礼、内容の指定があれば、第三者の投稿でも広告主の広告として扱われます",
  source: "rakuten-affiliate-stealth",
  asOf: checked,
  status: "official",
});

/** Rakuten's own PR-label rule for affiliate and ROOM posts. */
export const roomPrLabelRule = ruleFact.parse({
  label: "楽天ROOMの投稿のPR表記",
  value:
    "楽天ROOMの投稿でも、商品の提供を受けたり広告主や楽天とやり取りしたりした場合は、広告であることがわかりやすいPR表記が必要です",
  source: "rakuten-affiliate-stealth",
  asOf: checked,
  status: "official",
});

/** How a clear disclosure looks, according to the operating criteria as described by practitioners. */
export const stealthClearLabel = ruleFact.parse({
  label: "広告であることの示し方",
  value: "運用基準は、「広告」「PR」などの文字やハッシュタグを明示の例として挙げています",
  source: "prsj-stealth",
  asOf: checked,
  status: "reported",
});

/** Disclosures that do not count. */
export const stealthUnclearLabel = ruleFact.parse({
  label: "判別しにくい表示",
  value:
    "大量のハッシュタグに紛れさせた表示や、動画で一瞬しか映らない表示は、広告だと判別しにくいとされています",
  source: "news-stealth-unclear",
  asOf: checked,
  since: "2023-03-28",
  status: "reported",
});

/** Staff posting the shop's items from personal accounts. */
export const staffPersonalPosts = ruleFact.parse({
  label: "従業員の個人アカウントでの投稿",
  value: "店舗の従業員が個人のアカウントで自社の商品を勧める投稿も、店舗の広告とみなされることがあります",
  source: "caa-stealth-marketing-faq",
  asOf: checked,
  status: "reported",
  note: "消費者庁のQ&Aにこの場面の質問(Q3)がありますが、回答の本文は確認できていません。",
});

/** A thank-you coupon for reviews does not by itself make the review the shop's ad. */
export const reviewCouponNotAd = ruleFact.parse({
  label: "レビューへのお礼のクーポンとステマ規制",
  value:
    "レビューのお礼にクーポンを渡しても、内容について一切やり取りがなく、購入者が自由に書いたものなら店舗の表示にはならない例が運用基準にあると報じられています",
  source: "advertimes-stema-unyo-kijun",
  asOf: checked,
  since: "2023-03-28",
  status: "reported",
});

// ---------- 特定電子メール法 ----------

/**
 * 総務省's page on the law (its article 3 and the 2008 opt-in change) came back from search only over http, so it is
 * named, not linked, and the facts resting on it stay reported until an https copy is confirmed.
 */
const soumuMailLawHttpOnly = [
  "総務省「特定電子メールの送信の適正化等に関する法律」(国民のための情報セキュリティサイト、http のページのみ: http://www.soumu.go.jp/main_sosiki/joho_tsusin/security/basic/legal/08.html): 第3条の本文と、2008年12月1日施行の改正でオプトイン方式になったこと",
];

/** Opt-in rule for advertising mail. */
export const mailOptIn = ruleFact.parse({
  label: "広告宣伝メールの同意(オプトイン)",
  value:
    "2008年12月1日に施行された改正から、広告や宣伝のメールは、あらかじめ受け取ることに同意した相手にだけ送れるようになりました",
  source: "ugusuku-tokutei-mail-rules",
  unlinked: soumuMailLawHttpOnly,
  asOf: checked,
  since: "2008-12-01",
  status: "reported",
});

/** Cases where consent is not needed. */
export const mailOptInExceptions = ruleListFact.parse({
  label: "同意がなくても送れる相手",
  items: [
    "名刺などの書面で自分のメールアドレスを知らせてきた人",
    "取引関係にある人",
    "メールアドレスを公表している団体や、営業を営む個人",
  ],
  source: "ugusuku-tokutei-mail-rules",
  unlinked: soumuMailLawHttpOnly,
  asOf: checked,
  since: "2008-12-01",
  status: "reported",
});

/** Keeping proof of consent. */
export const mailConsentRecord = ruleFact.parse({
  label: "同意の記録",
  value: "同意を得たことを示す記録を保存しておく義務があります",
  source: "ugusuku-tokutei-mail-rules",
  unlinked: soumuMailLawHttpOnly,
  asOf: checked,
  since: "2008-12-01",
  status: "reported",
});

/** Opt-out. */
export const mailOptOut = ruleFact.parse({
  label: "受信拒否(オプトアウト)",
  value: "受け取りを断られたら、その人には以後送ってはいけません",
  source: "ugusuku-tokutei-mail-rules",
  asOf: checked,
  status: "reported",
});

/** What every advertising mail must show. */
export const mailDisplayItems = ruleListFact.parse({
  label: "広告宣伝メールに表示する事項",
  items: [
    "送信者の氏名または名称",
    "受信拒否の連絡先(メールアドレスかURL)と、そこから拒否できること",
    "送信者の住所",
    "苦情や問い合わせの連絡先",
  ],
  source: "keishicho-spam-obligations",
  asOf: checked,
  since: "2023-11-08",
  status: "reported",
});

/** Transaction notices that carry ads. */
export const mailTransactionAds = ruleFact.parse({
  label: "取引の連絡に宣伝を入れるとき",
  value:
    "注文や発送を知らせるメールに宣伝を少し付け加える程度なら受信拒否の規定の例外とされていますが、主な目的が宣伝のメールは広告宣伝メールとしての規制を受けます",
  source: "ugusuku-tokutei-mail-rules",
  asOf: checked,
  status: "reported",
});

/** Who R-Mail reaches. */
export const rMailAudience = ruleFact.parse({
  label: "R-Mailの送信先",
  value: "R-Mailが届くのは、楽天市場で買い物をしたときやメルマガ登録でその店舗のメルマガ購読を希望した人です",
  source: "cyber-records-r-mail",
  asOf: checked,
  status: "reported",
});

/** The subscription box at checkout is pre-ticked. */
export const rMailPreTicked = ruleFact.parse({
  label: "注文画面のメルマガ購読の選択",
  value: "注文画面のメルマガ購読の希望には、最初からチェックが入っていると報告されています",
  source: "ochobonote-rmail-checkbox",
  asOf: checked,
  status: "reported",
});

// ---------- 価格表示 ----------

/** The ban on misleading displays of price and terms. */
export const priceMisleadingBan = ruleFact.parse({
  label: "有利誤認の禁止",
  value: "価格や取引の条件を、実際よりも著しく有利だと思わせる表示は景品表示法で禁じられています",
  source: "caa-representation-regulation",
  asOf: checked,
  status: "official",
});

/** What the struck-through price must be. */
export const doublePriceBasis = ruleFact.parse({
  label: "二重価格で比べる価格",
  value: "比べる「通常価格」は、最近相当期間にわたって実際に販売していた価格でなければなりません",
  source: "markelaw-double-price",
  asOf: checked,
  status: "reported",
});

/** Rough thresholds for "a substantial recent period". */
export const doublePriceWeeks = ruleListFact.parse({
  label: "過去の販売価格と比べるときの目安",
  items: [
    "セールの前の8週間のうち、4週間以上その価格で販売していた",
    "販売を始めて8週間たっていないときは、販売期間の半分を超え、かつ2週間以上その価格で販売していた",
    "その価格で最後に販売した日から2週間以上たっていない",
  ],
  source: "insightnow-double-price",
  asOf: checked,
  status: "reported",
});

/** Rakuten's own price-display rule. */
export const rakutenPriceRule = ruleFact.parse({
  label: "楽天市場の二重価格のルール",
  value: "楽天市場にも出店者向けの二重価格表示のルールがあると報告されていますが、本文は確認できていません",
  source: "sbmd-rakuten-price",
  asOf: checked,
  status: "reported",
});

/** Repeating the same coupon. */
export const couponRepeatWarning = ruleFact.parse({
  label: "同じクーポンの繰り返し",
  value:
    "間を空けずに同じ条件のクーポンを繰り返す店舗には、楽天が有利誤認の注意を表示すると通知したと報告されています",
  source: "ec-masters-coupon-yuuri",
  asOf: checked,
  since: "2019-07-01",
  status: "reported",
});

// ---------- 楽天市場のレビューのルール: the one corrected fact is reviewIncentiveRule in crm.ts ----------

// ---------- 楽天アフィリエイトと楽天ROOMのルール ----------

/** The affiliate guideline binds ROOM users. */
export const guidelineBindsRoom = ruleFact.parse({
  label: "ガイドラインの適用範囲",
  value: "楽天アフィリエイトガイドラインは、楽天ROOMを使うときにも守る必要があります",
  source: "rakuten-affiliate-guideline",
  asOf: checked,
  since: "2024-08-21",
  status: "official",
});

/** Self-purchase. */
export const selfReferralBan = ruleFact.parse({
  label: "自分のリンク経由の成果",
  value: "楽天が定める例外を除き、自分で設置したリンクを経由して自分で成果を発生させることは禁止です",
  source: "rakuten-affiliate-guideline",
  asOf: checked,
  since: "2024-08-21",
  status: "official",
});

/** The household rule, in the official wording. */
export const householdRule = ruleFact.parse({
  label: "生計を同一にする者の購入",
  value:
    "氏名や住所などから、紹介した人と生計を同一にする者(同居の親族など)と楽天が判断した人の購入は、成果の対象になりません",
  source: "rakuten-affiliate-faq-family",
  asOf: checked,
  status: "official",
});

/** Arranged purchases. */
export const collusionBan = ruleFact.parse({
  label: "示し合わせた購入",
  value:
    "購入者と示し合わせた購入や、知人・親戚・取引先などと協力して成果を出す行為は、疑わしいものも含めて禁止です",
  source: "rakuten-affiliate-faq-family",
  asOf: checked,
  status: "official",
});

/** Sanction. */
export const affiliateSanction = ruleFact.parse({
  label: "違反したとき",
  value: "違反が確認されると、予告なく利用を止められることがあります",
  source: "rakuten-affiliate-faq-family",
  asOf: checked,
  status: "official",
});

/** Sale dates and predictions. */
export const saleDatePredictionBan = ruleFact.parse({
  label: "キャンペーン日程の予想",
  value: "楽天市場でまだ公開されていないキャンペーンの日程や、その予想を公開することは禁止行為にあたります",
  source: "rakuten-affiliate-staff-blog-disclosure",
  asOf: checked,
  since: "2022-03-01",
  status: "official",
  note: "楽天アフィリエイト事務局が、アフィリエイトのパートナー(ROOMの利用者を含む)に向けて案内しているルールです。",
});

/** Links to the own shop by people related to it. */
export const shopRelatedLinkBan = ruleFact.parse({
  label: "店舗の関係者による自店へのリンク",
  value:
    "店舗の関係者が、関係する店舗の商品を自分のアフィリエイトリンクで紹介することは規約で禁じられています",
  source: "afi-r-partner-rules",
  asOf: checked,
  status: "reported",
});

/** The shop account is where the shop's own items go. */
export const shopAccountOwnItems = ruleFact.parse({
  label: "自社商品の投稿",
  value: "自社の商品は店舗アカウントから投稿でき(2020年1月30日から)、店舗アカウントには報酬は支払われません",
  source: "gk-post-room-shop-account",
  asOf: checked,
  since: "2020-01-30",
  status: "reported",
});

/** Closed sharing and spam. */
export const closedSharingBan = ruleFact.parse({
  label: "リンクの共有のしかた",
  value:
    "DMやLINEなど特定の相手にしか見えない場でリンクを送ること、ハッシュタグの乱用、対価を渡して購入を頼むことは禁止されています",
  source: "itone-rakuten-affiliate",
  asOf: checked,
  status: "reported",
});

/** External links from the shop's pages. */
export const externalLinkRule = ruleFact.parse({
  label: "楽天市場の外へのリンク",
  value:
    "店舗ページやメールに楽天市場の外へのURLを載せることは原則禁止で、外部リンク申請で認められたものだけを載せられます",
  source: "5springs-external-link",
  asOf: checked,
  since: "2023-02-01",
  status: "reported",
});

/** The penalty for unapproved external links. */
export const externalLinkPenalty = ruleFact.parse({
  label: "無許可の外部リンク",
  value: "許可なく外部リンクを載せると、違反点数制度の対象になると説明されています",
  source: "5springs-external-link",
  asOf: checked,
  since: "2023-02-01",
  status: "reported",
});

/** Every rules fact with the page (docs slug) that must show it. Used by tests. */
export const ruleFactPages = {
  stealthInForce: "rules/stealth-marketing",
  stealthBasis: "rules/stealth-marketing",
  stealthWhoIsBound: "rules/stealth-marketing",
  stealthSanction: "rules/stealth-marketing",
  stealthShopTookPart: "rules/stealth-marketing",
  roomPrLabelRule: "rules/stealth-marketing",
  stealthClearLabel: "rules/stealth-marketing",
  stealthUnclearLabel: "rules/stealth-marketing",
  staffPersonalPosts: "rules/stealth-marketing",
  reviewCouponNotAd: "rules/reviews",
  mailOptIn: "rules/email-law",
  mailOptInExceptions: "rules/email-law",
  mailConsentRecord: "rules/email-law",
  mailOptOut: "rules/email-law",
  mailDisplayItems: "rules/email-law",
  mailTransactionAds: "rules/email-law",
  rMailAudience: "rules/email-law",
  rMailPreTicked: "rules/email-law",
  priceMisleadingBan: "rules/price-display",
  doublePriceBasis: "rules/price-display",
  doublePriceWeeks: "rules/price-display",
  rakutenPriceRule: "rules/price-display",
  couponRepeatWarning: "rules/price-display",
  guidelineBindsRoom: "rules/affiliate",
  selfReferralBan: "rules/affiliate",
  householdRule: "rules/affiliate",
  collusionBan: "rules/affiliate",
  affiliateSanction: "rules/affiliate",
  saleDatePredictionBan: "rules/affiliate",
  shopRelatedLinkBan: "rules/affiliate",
  shopAccountOwnItems: "rules/affiliate",
  closedSharingBan: "rules/affiliate",
  externalLinkRule: "rules/affiliate",
  externalLinkPenalty: "rules/affiliate",
} as const;
