/** The documents the facts cite, by id: every one with a title, publisher, https URL and the date it was read. */
import { z } from "zod";
import { isRuleMakerUrl } from "./rule-makers";
import { ruleSources } from "./rule-sources";

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD で書いてください");

/** A source document. Ids follow ../notes/sources/official.json where the page is listed there. */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The page's own title; a title in (parentheses) describes a page whose title the stored copy does not show. */
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Exactly as a search returned it; only https pages are cited (an http-only page is listed in `unlinked` of a fact). */
  url: z.url({ protocol: /^https$/, error: "出典の URL は https で書いてください" }),
  /** When the page was read for this site. */
  accessed: isoDate,
  /** What the page was checked for, and what of it could not be read (shown as the link's title). */
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema> & { ruleMaker: boolean };

const list = z
  .array(sourceSchema)
  .refine((all) => new Set(all.map((s) => s.id)).size === all.length, "出典の id が重複しています")
  .parse([
    // The two seed articles.
    {
      id: "jagoo-room",
      title: "【出店者向け】楽天ROOMとは?基本情報から店舗が活用する重要性を解説",
      publisher: "ジャグー株式会社",
      url: "https://jagoo.co.jp/column/rakuten-room",
      accessed: "2026-11-29",
    },
    {
      id: "wacworks-crm",
      title: "(楽天CRM:今すぐ着手しやすい施策と中長期で効く施策)",
      publisher: "株式会社Wacworks",
      url: "https://wac-works-ec.jp/rpp/rakuten-crm",
      accessed: "2026-11-29",
    },
    // Rakuten's own rule and help pages (rule-maker pages).
    {
      id: "rakuten-affiliate-guideline",
      title: "楽天アフィリエイトガイドライン",
      publisher: "楽天グループ株式会社",
      url: "https://affiliate.rakuten.co.jp/guides/rate/index.html",
      accessed: "2026-11-29",
    },
    {
      id: "rakuten-affiliate-guideline-help",
      title: "楽天アフィリエイトガイドライン(禁止行為)",
      publisher: "楽天グループ株式会社",
      url: "https://affiliate.rakuten.co.jp/guides/help/?l-id=affiliate_PC_top_regular_a16",
      accessed: "2026-11-29",
    },
    {
      id: "rakuten-affiliate-faq-family",
      title: "家族や知り合いに自分のリンク/ROOMから購入してもらう場合、報酬はもらえますか?",
      publisher: "楽天グループ株式会社(楽天アフィリエイト ヘルプページ)",
      url: "https://affiliate.faq.rakuten.net/detail/000014353",
      accessed: "2026-11-29",
    },
    {
      id: "rakuten-affiliate-staff-blog-disclosure",
      title: "規約ガイドライン(楽天アフィリエイト事務局のブログ)",
      publisher: "楽天グループ株式会社(楽天アフィリエイト事務局)",
      url: "https://plaza.rakuten.co.jp/affiliatestaff/diary/?ctgy=7",
      accessed: "2026-11-29",
    },
    // Practitioners, news and shops (reported facts).
    {
      id: "kokopelli-rate-change-2021",
      title: "(楽天アフィリエイト料率改定 2021年4月1日からの新旧比較表)",
      publisher: "studio-kokopelli(個人ブログ)",
      url: "https://studio-kokopelli.com/3325",
      accessed: "2026-11-29",
    },
    {
      id: "bxo-room-merchant",
      title: "楽天ROOMとは?店舗売上を伸ばす仕組みと出店者が取り組むべき活用戦略",
      publisher: "BXO(EC支援会社)",
      url: "https://bxo.co.jp/magazine/15760",
      accessed: "2026-11-29",
    },
    {
      id: "itone-rakuten-affiliate",
      title: "楽天アフィリエイトとは?登録するメリットや評判・口コミを徹底調査",
      publisher: "itone(アフィリエイト情報サイト)",
      url: "https://itone.co.jp/affili/rakuten-affiliate",
      accessed: "2026-11-29",
    },
    {
      id: "amiche-affiliate-compare",
      title: "Amazonアフィリエイトと楽天アフィリエイトの仕組みと運用についての重要なポイントを解説",
      publisher: "amiche(EC事業者)",
      url: "https://amiche.co.jp/blog/amicheblog250905",
      accessed: "2026-11-29",
    },
    {
      id: "mejica-room-shop-page",
      title: "楽天ROOMとショップページを「店舗目線」でフル活用する方法|導入から運用のコツ",
      publisher: "mejica(EC支援会社)",
      url: "https://mejica.co.jp/ec/251208",
      accessed: "2026-11-29",
    },
    {
      id: "kakei-sacci-room-2020",
      title: "(楽天ROOM 2020年3月・4月の改定まとめ)",
      publisher: "家計の見直しブログ(個人ブログ)",
      url: "https://kakei-sacci.com/rakutenroom-2020-4/",
      accessed: "2026-11-29",
    },
    {
      id: "ginjirou-room-rank",
      title: "【お小遣い稼ぎ】楽天ROOMの仕組みと使い方を分かりやすく解説",
      publisher: "個人ブログ(ginjirou.com)",
      url: "https://ginjirou.com/2021/02/10/rakuten-room/",
      accessed: "2026-11-29",
    },
    {
      id: "kenkenken-room-rank",
      title: "(楽天ROOMのランクアップ条件)",
      publisher: "個人ブログ(kenkenken.net)",
      url: "https://kenkenken.net/2019/11/24/rakuten-room-rank/",
      accessed: "2026-11-29",
    },
    {
      id: "mynavi-room-launch-2014",
      title: "(楽天、キュレーションサービス「ROOM」を6月30日に提供開始)",
      publisher: "マイナビニュース",
      url: "https://news.mynavi.jp/techplus/article/20140630-a354",
      accessed: "2026-11-29",
    },
    {
      id: "ecpro-room-launch",
      title: "楽天ROOMとは?始め方から報酬、店舗の売上アップ方法を解説",
      publisher: "ECPRO(プロテーナム)",
      url: "https://ecpro.ai/rakuten/room",
      accessed: "2026-11-29",
    },
    {
      id: "gk-post-room-shop-account",
      title: "(ROOMに店舗アカウントとショップページ作成機能が追加)",
      publisher: "GK-POST(EC支援会社ブログ)",
      url: "https://gk-post.com/?p=9698",
      accessed: "2026-11-29",
    },
    {
      id: "dinnovation-r-sns",
      title: "【楽天店舗運営者向け】R-SNSとは?楽天市場のSNSの始め方や活用術をご紹介!",
      publisher: "Dinnovation(EC支援会社)",
      url: "https://dinnovation.jp/blog/category-rakuten/rakuten-r-sns",
      accessed: "2026-11-29",
    },
    {
      id: "5springs-review-guideline",
      title: "(楽天・Yahoo!ショッピングのレビュー特典ガイドラインと運用手順)",
      publisher: "ファイブスプリングス(EC支援会社)",
      url: "https://www.5springs.co.jp/blog/rakuten-yahoo-review-guideline",
      accessed: "2026-11-29",
    },
    {
      id: "5springs-racoupon",
      title: "(楽天のクーポンサービス「RaCoupon(ラ・クーポン)」の4種類と発行方法)",
      publisher: "ファイブスプリングス(EC支援会社)",
      url: "https://5springs.co.jp/blog/racoupon-setting",
      accessed: "2026-11-29",
    },
    {
      id: "ecnomikata-review-coupon",
      title: "信頼できる店舗へ!楽天ギフト対応のレビュー対策と失敗しない運用ルール",
      publisher: "ECのミカタ(寄稿:サイバーレコード)",
      url: "https://ecnomikata.com/company_blog/49196",
      accessed: "2026-11-29",
    },
    {
      id: "jagoo-review-coupon",
      title: "楽天レビュークーポンとは?設定方法・効果的な活用法・成功事例まで徹底解説",
      publisher: "ジャグー株式会社",
      url: "https://jagoo.co.jp/column/rauten-reviewcoupon",
      accessed: "2026-11-29",
    },
    {
      id: "rakuten-shop-matin-review-coupon",
      title: "レビュー投稿でクーポンプレゼント!",
      publisher: "楽天市場の出店店舗のページ(楽天の規約ではありません)",
      url: "https://rakuten.co.jp/matin/contents/review-202503",
      accessed: "2026-11-29",
    },
    {
      id: "mainichi-reduced-tax-2019",
      title: "消費税10% ポイント解説 軽減税率の対象は? 酒類・外食除く飲食料品",
      publisher: "毎日新聞(2019年9月3日)",
      url: "https://mainichi.jp/articles/20190903/ddm/008/020/093000c",
      accessed: "2026-11-29",
    },
    // The rules, shop-economics and RMS lessons.
    ...ruleSources,
  ]);

/** Every source, with `ruleMaker` set when its URL is a rule-maker's own page. */
export const sources: readonly Source[] = list.map((s) => ({ ...s, ruleMaker: isRuleMakerUrl(s.url) }));

/** Looks up a source by id; throws when the id is unknown (a fact naming an unknown source fails to parse). */
export function sourceById(id: string): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`unknown source: ${id}`);
  return found;
}
