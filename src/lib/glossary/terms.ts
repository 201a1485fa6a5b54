/** Glossary terms: one entry per term (its anchor id, reading, aliases). Feeds the glossary page, <Term> links and search synonyms. */
import { z } from "zod";

export const termSchema = z.object({
  /** Anchor on /glossary/ (#id). Never rename: guides and shared links use it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  term: z.string().min(1),
  /** Hiragana reading, used by search for queries typed in hiragana. */
  reading: z.string().optional(),
  /** Other ways people write or say it (search treats them as synonyms). */
  aliases: z.array(z.string()).default([]),
  /** Plain-Japanese explanation shown on the glossary page. */
  definition: z.string().default(""),
  category: z.enum(["room", "crm", "rakuten", "marketing"]),
});
export type Term = z.infer<typeof termSchema>;

export const terms: Term[] = z.array(termSchema).parse([
  { id: "room", term: "楽天ROOM", reading: "らくてんるーむ", aliases: ["ROOM", "ルーム"], category: "room" },
  { id: "my-room", term: "my ROOM", reading: "まいるーむ", aliases: ["マイルーム"], category: "room" },
  { id: "room-rank", term: "ROOMランク", reading: "るーむらんく", aliases: ["ランク"], category: "room" },
  {
    id: "normal-reward",
    term: "通常報酬",
    reading: "つうじょうほうしゅう",
    aliases: ["報酬", "料率"],
    category: "room",
  },
  {
    id: "rank-bonus",
    term: "ROOMランクボーナス",
    reading: "るーむらんくぼーなす",
    aliases: ["ランクボーナス", "ボーナス"],
    category: "room",
  },
  {
    id: "rakuten-cash",
    term: "楽天キャッシュ",
    reading: "らくてんきゃっしゅ",
    aliases: [],
    category: "rakuten",
  },
  {
    id: "rakuten-affiliate",
    term: "楽天アフィリエイト",
    reading: "らくてんあふぃりえいと",
    aliases: ["アフィリエイト"],
    category: "rakuten",
  },
  { id: "r-sns", term: "R-SNS", reading: "あーるえすえぬえす", aliases: ["RSNS"], category: "rakuten" },
  { id: "rms", term: "RMS", reading: "あーるえむえす", aliases: ["店舗管理画面"], category: "rakuten" },
  {
    id: "store-account",
    term: "店舗アカウント",
    reading: "てんぽあかうんと",
    aliases: ["ショップアカウント"],
    category: "room",
  },
  {
    id: "general-account",
    term: "一般アカウント",
    reading: "いっぱんあかうんと",
    aliases: [],
    category: "room",
  },
  { id: "store-mark", term: "店舗マーク", reading: "てんぽまーく", aliases: [], category: "room" },
  { id: "shop-page", term: "ショップページ", reading: "しょっぷぺーじ", aliases: [], category: "room" },
  { id: "shop-tag", term: "ショップタグ", reading: "しょっぷたぐ", aliases: [], category: "room" },
  { id: "collection", term: "コレクション", reading: "これくしょん", aliases: [], category: "room" },
  {
    id: "room-office",
    term: "ROOM事務局",
    reading: "るーむじむきょく",
    aliases: ["事務局"],
    category: "room",
  },
  {
    id: "room-influencer",
    term: "ROOMインフルエンサー",
    reading: "るーむいんふるえんさー",
    aliases: ["インフルエンサー"],
    category: "room",
  },
  {
    id: "original-photo",
    term: "オリジナル写真",
    reading: "おりじなるしゃしん",
    aliases: ["#オリジナル写真"],
    category: "room",
  },
  {
    id: "ugc",
    term: "UGC",
    reading: "ゆーじーしー",
    aliases: ["ユーザー生成コンテンツ", "利用者投稿", "口コミ"],
    category: "marketing",
  },
  {
    id: "cvr",
    term: "CVR",
    reading: "しーぶいあーる",
    aliases: ["転換率", "コンバージョン率"],
    category: "marketing",
  },
  {
    id: "rpp",
    term: "RPP",
    reading: "あーるぴーぴー",
    aliases: ["RPP広告", "検索連動型広告"],
    category: "rakuten",
  },
  {
    id: "coupon-advance",
    term: "クーポンアドバンス",
    reading: "くーぽんあどばんす",
    aliases: ["クーポン広告"],
    category: "rakuten",
  },
  {
    id: "seo",
    term: "SEO",
    reading: "えすいーおー",
    aliases: ["検索対策", "楽天SEO"],
    category: "marketing",
  },
  {
    id: "crm",
    term: "CRM",
    reading: "しーあーるえむ",
    aliases: ["顧客関係管理", "リピート施策"],
    category: "crm",
  },
  {
    id: "post-purchase-mail",
    term: "購入後フォローメール",
    reading: "こうにゅうごふぉろーめーる",
    aliases: ["サンクスメール", "フォローメール", "購入後メール"],
    category: "crm",
  },
  {
    id: "repurchase-coupon",
    term: "再購入クーポン",
    reading: "さいこうにゅうくーぽん",
    aliases: ["リピートクーポン", "サンキュークーポン", "割引"],
    category: "crm",
  },
  {
    id: "mail-magazine",
    term: "メルマガ",
    reading: "めるまが",
    aliases: ["メールマガジン", "R-Mail"],
    category: "crm",
  },
  {
    id: "line-official",
    term: "LINE公式アカウント",
    reading: "らいんこうしきあかうんと",
    aliases: ["LINE"],
    category: "crm",
  },
  {
    id: "segment",
    term: "セグメント配信",
    reading: "せぐめんとはいしん",
    aliases: ["セグメント", "出し分け"],
    category: "crm",
  },
  {
    id: "lapsed-customer",
    term: "休眠顧客",
    reading: "きゅうみんこきゃく",
    aliases: ["離反顧客", "一定期間未購入", "休眠"],
    category: "crm",
  },
  {
    id: "repeat-customer",
    term: "リピーター",
    reading: "りぴーたー",
    aliases: ["リピート顧客", "再購入者"],
    category: "crm",
  },
  {
    id: "review-request",
    term: "レビュー依頼",
    reading: "れびゅーいらい",
    aliases: ["レビュー"],
    category: "crm",
  },
  {
    id: "repurchase-rate",
    term: "リピート率",
    reading: "りぴーとりつ",
    aliases: ["再購入率"],
    category: "crm",
  },
  { id: "open-rate", term: "開封率", reading: "かいふうりつ", aliases: [], category: "crm" },
  { id: "click-rate", term: "クリック率", reading: "くりっくりつ", aliases: ["CTR"], category: "crm" },
  {
    id: "super-sale",
    term: "楽天スーパーSALE",
    reading: "らくてんすーぱーせーる",
    aliases: ["スーパーセール", "スーパーSALE"],
    category: "rakuten",
  },
  {
    id: "marathon",
    term: "お買い物マラソン",
    reading: "おかいものまらそん",
    aliases: ["マラソン"],
    category: "rakuten",
  },
  { id: "business-day", term: "営業日", reading: "えいぎょうび", aliases: ["出荷日"], category: "crm" },
]);

/** Term by id; throws on an unknown id so a broken glossary link fails the build. */
export function termById(id: string): Term {
  const t = terms.find((x) => x.id === id);
  if (!t) throw new Error(`用語集にない用語です: ${id}`);
  return t;
}
