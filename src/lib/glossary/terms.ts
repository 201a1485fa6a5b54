/** Glossary terms: one entry per term (its anchor id, reading, aliases). Feeds the glossary page, <Term> links and search synonyms. */
import { z } from "zod";
import { knowledgeTerms } from "./terms-knowledge.ts";

export const termSchema = z.object({
  /** Anchor on /glossary/ (#id). Never rename: guides and shared links use it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  term: z.string().min(1),
  /** Hiragana reading, used by search for queries typed in hiragana. */
  reading: z.string().optional(),
  /** Other ways people write or say it (search treats them as synonyms). */
  aliases: z.array(z.string()).default([]),
  /** Plain-Japanese explanation shown on the glossary page. */
  definition: z.string().min(1),
  category: z.enum(["room", "crm", "rakuten", "marketing", "rules"]),
});
export type Term = z.infer<typeof termSchema>;
/** A term as written in the data (aliases may be left out). */
export type TermInput = z.input<typeof termSchema>;

export const terms: Term[] = z.array(termSchema).parse([
  {
    id: "room",
    term: "楽天ROOM",
    reading: "らくてんるーむ",
    aliases: ["ROOM", "ルーム"],
    category: "room",
    definition:
      "楽天が運営する、買い物好きな人が気に入った商品を紹介し合うサービスです。紹介から商品が売れると、紹介した人に報酬が入ります。",
  },
  {
    id: "my-room",
    term: "my ROOM",
    reading: "まいるーむ",
    aliases: ["マイルーム"],
    category: "room",
    definition:
      "楽天ROOMで各ユーザーが持つ自分のページです。紹介した商品が並び、ほかの人はここから商品ページへ移動して買い物をします。",
  },
  {
    id: "room-rank",
    term: "ROOMランク",
    reading: "るーむらんく",
    aliases: ["ランク"],
    category: "room",
    definition:
      "楽天ROOMのユーザーに付く段階(S〜E)です。上の段階ほど報酬に上乗せされるボーナスが大きくなります。",
  },
  {
    id: "normal-reward",
    term: "通常報酬",
    reading: "つうじょうほうしゅう",
    aliases: ["報酬", "料率"],
    category: "room",
    definition: "紹介した商品が売れたときに、商品のジャンルごとの料率で計算して支払われる基本の報酬です。",
  },
  {
    id: "rank-bonus",
    term: "ROOMランクボーナス",
    reading: "るーむらんくぼーなす",
    aliases: ["ランクボーナス", "ボーナス"],
    category: "room",
    definition: "ROOMランクに応じて通常報酬に上乗せされる報酬です。ランクが高いほど上乗せ分が増えます。",
  },
  {
    id: "rakuten-cash",
    term: "楽天キャッシュ",
    reading: "らくてんきゃっしゅ",
    aliases: [],
    category: "rakuten",
    definition:
      "楽天のサービスで支払いに使える電子マネーです。楽天ROOMの報酬は、楽天ポイントではなくこの形で受け取ります。",
  },
  {
    id: "rakuten-affiliate",
    term: "楽天アフィリエイト",
    reading: "らくてんあふぃりえいと",
    aliases: ["アフィリエイト"],
    category: "rakuten",
    definition:
      "楽天の商品を紹介して、売れた分だけ報酬を受け取る仕組みです。楽天ROOMの報酬もこの料率表をもとにしています。",
  },
  {
    id: "r-sns",
    term: "R-SNS",
    reading: "あーるえすえぬえす",
    aliases: ["RSNS"],
    category: "rakuten",
    definition:
      "楽天市場の出店者向けの有料サービスで、店舗がSNSで情報を発信するための機能をまとめたものです。楽天ROOMの店舗アカウントもこれを通じて使います。",
  },
  {
    id: "rms",
    term: "RMS",
    reading: "あーるえむえす",
    aliases: ["店舗管理画面"],
    category: "rakuten",
    definition:
      "楽天市場の出店者が使う管理画面です。商品の登録、受注、メール配信、クーポン発行などをここで行います。",
  },
  {
    id: "store-account",
    term: "店舗アカウント",
    reading: "てんぽあかうんと",
    aliases: ["ショップアカウント"],
    category: "room",
    definition:
      "出店者が楽天ROOMで使う店舗用のアカウントです。一般アカウントから切り替えを申請し、審査を経て使えるようになります。",
  },
  {
    id: "general-account",
    term: "一般アカウント",
    reading: "いっぱんあかうんと",
    aliases: [],
    category: "room",
    definition:
      "楽天IDがあれば誰でも作れる、楽天ROOMの通常のアカウントです。店舗アカウントはまずこれを作ってから切り替えます。",
  },
  {
    id: "store-mark",
    term: "店舗マーク",
    reading: "てんぽまーく",
    aliases: [],
    category: "room",
    definition:
      "店舗アカウントとして認められたアカウントに表示される目印です。ユーザーはこれで店舗の公式アカウントだと見分けられます。",
  },
  {
    id: "shop-page",
    term: "ショップページ",
    reading: "しょっぷぺーじ",
    aliases: [],
    category: "room",
    definition: "店舗アカウントだけが使える、その店舗の商品を紹介した投稿をまとめて見せるページです。",
  },
  {
    id: "shop-tag",
    term: "ショップタグ",
    reading: "しょっぷたぐ",
    aliases: [],
    category: "room",
    definition:
      "ユーザーが自店の商品を紹介した投稿に、店舗が付ける印です。付けた投稿はショップページに集まります。",
  },
  {
    id: "collection",
    term: "コレクション",
    reading: "これくしょん",
    aliases: [],
    category: "room",
    definition:
      "楽天ROOMで投稿をテーマごとに分けて並べるための機能です。フォルダのように使い、訪れた人が商品を探しやすくなります。",
  },
  {
    id: "room-office",
    term: "ROOM事務局",
    reading: "るーむじむきょく",
    aliases: ["事務局"],
    category: "room",
    definition:
      "楽天ROOMを運営する楽天側の窓口です。インフルエンサーへの依頼など、店舗が利用者と直接交渉できない用件はここを通します。",
  },
  {
    id: "soukyaku",
    term: "送客",
    reading: "そうきゃく",
    aliases: ["送客数"],
    category: "room",
    definition:
      "紹介や広告を見た人を、楽天市場の商品ページへ連れてくることです。ROOMでは、投稿から商品ページへ移った人の数がA・Sランクの条件になると報告されています。",
  },
  {
    id: "room-influencer",
    term: "ROOMインフルエンサー",
    reading: "るーむいんふるえんさー",
    aliases: ["インフルエンサー"],
    category: "room",
    definition:
      "楽天ROOMで発信力が大きいとして楽天が選んだユーザーです。店舗が紹介を頼むときはROOM事務局を通します。",
  },
  {
    id: "original-photo",
    term: "オリジナル写真",
    reading: "おりじなるしゃしん",
    aliases: ["#オリジナル写真"],
    category: "room",
    definition:
      "ユーザーが自分で撮った商品の写真です。楽天ROOMでは専用のハッシュタグを付けて投稿され、実際の使われ方がわかります。",
  },
  {
    id: "ugc",
    term: "UGC",
    reading: "ゆーじーしー",
    aliases: ["ユーザー生成コンテンツ", "利用者投稿", "口コミ"],
    category: "marketing",
    definition:
      "購入者やユーザーが自分で作って発信した投稿、写真、感想などのことです。店舗の宣伝より信頼されやすいとされます。",
  },
  {
    id: "cvr",
    term: "CVR",
    reading: "しーぶいあーる",
    aliases: ["転換率", "コンバージョン率"],
    category: "marketing",
    definition: "商品ページを見た人のうち、実際に購入した人の割合です。",
  },
  {
    id: "rpp",
    term: "RPP",
    reading: "あーるぴーぴー",
    aliases: ["RPP広告", "検索連動型広告"],
    category: "rakuten",
    definition: "楽天市場の検索結果に商品を表示させる、クリックごとに費用がかかる広告です。",
  },
  {
    id: "coupon-advance",
    term: "クーポンアドバンス",
    reading: "くーぽんあどばんす",
    aliases: ["クーポン広告"],
    category: "rakuten",
    definition: "楽天市場内の目立つ場所にクーポンを表示させる広告です。",
  },
  {
    id: "seo",
    term: "SEO",
    reading: "えすいーおー",
    aliases: ["検索対策", "楽天SEO"],
    category: "marketing",
    definition: "楽天市場の検索で自店の商品が上位に表示されるように、商品名や説明を整えることです。",
  },
  {
    id: "crm",
    term: "CRM",
    reading: "しーあーるえむ",
    aliases: ["顧客関係管理", "リピート施策"],
    category: "crm",
    definition:
      "一度買ってくれたお客様との関係を保ち、次の購入につなげる取り組みの総称です。メール、クーポン、LINE、レビュー依頼などはその手段です。",
  },
  {
    id: "post-purchase-mail",
    term: "購入後フォローメール",
    reading: "こうにゅうごふぉろーめーる",
    aliases: ["サンクスメール", "フォローメール", "購入後メール", "お礼メール"],
    category: "crm",
    definition:
      "注文のあと、または発送のあとに送るお礼と案内のメールです。売り込みではなく、安心して待ってもらうことが目的です。",
  },
  {
    id: "repurchase-coupon",
    term: "再購入クーポン",
    reading: "さいこうにゅうくーぽん",
    aliases: ["リピートクーポン", "次回購入クーポン", "次回使えるクーポン"],
    category: "crm",
    definition:
      "一度買ってくれたお客様が次に買うときに使える割引券です。対象者・対象商品・期限を絞って使う理由をはっきりさせます。",
  },
  {
    id: "mail-magazine",
    term: "メルマガ",
    reading: "めるまが",
    aliases: ["メールマガジン", "R-Mail"],
    category: "crm",
    definition: "店舗がお客様に定期的に送るお知らせのメールです。楽天市場ではRMSの配信機能から送ります。",
  },
  {
    id: "line-official",
    term: "LINE公式アカウント",
    reading: "らいんこうしきあかうんと",
    aliases: ["LINE"],
    category: "crm",
    definition:
      "店舗がLINEでお客様とつながるためのアカウントです。メールより目に留まりやすい一方、送りすぎるとブロックされます。",
  },
  {
    id: "segment",
    term: "セグメント配信",
    reading: "せぐめんとはいしん",
    aliases: ["セグメント", "出し分け"],
    category: "crm",
    definition: "お客様を購入の回数や時期などで分け、グループごとに違う内容を送ることです。",
  },
  {
    id: "lapsed-customer",
    term: "休眠顧客",
    reading: "きゅうみんこきゃく",
    aliases: ["離反顧客", "一定期間未購入", "休眠"],
    category: "crm",
    definition:
      "以前は買ってくれたものの、しばらく購入がないお客様です。どれくらい空いたら休眠とみなすかは商品の使い切りまでの期間で決めます。",
  },
  {
    id: "repeat-customer",
    term: "リピーター",
    reading: "りぴーたー",
    aliases: ["リピート顧客", "再購入者"],
    category: "crm",
    definition: "同じ店舗で2回以上買ってくれたお客様です。",
  },
  {
    id: "review-request",
    term: "レビュー依頼",
    reading: "れびゅーいらい",
    aliases: ["レビュー"],
    category: "crm",
    definition:
      "商品を使ったお客様に、感想を書いてもらうようお願いする連絡です。高い評価を求めず、率直な感想をお願いします。",
  },
  {
    id: "repurchase-rate",
    term: "リピート率",
    reading: "りぴーとりつ",
    aliases: ["再購入率"],
    category: "crm",
    definition:
      "買ってくれたお客様のうち、一定の期間内にもう一度買った人の割合です。CRMの成果をいちばん直接に表します。",
  },
  {
    id: "open-rate",
    term: "開封率",
    reading: "かいふうりつ",
    aliases: [],
    category: "crm",
    definition: "送ったメールのうち、開いて読まれた割合です。件名と送る時間の良し悪しがここに出ます。",
  },
  {
    id: "click-rate",
    term: "クリック率",
    reading: "くりっくりつ",
    aliases: ["CTR"],
    category: "crm",
    definition:
      "送ったメールのうち、本文のリンクが押された割合です。中身がお客様に合っているかがここに出ます。",
  },
  {
    id: "super-sale",
    term: "楽天スーパーSALE",
    reading: "らくてんすーぱーせーる",
    aliases: ["スーパーセール", "スーパーSALE"],
    category: "rakuten",
    definition: "楽天市場で年に数回行われる大きなセールです。開催の日程は楽天の発表を待って確認します。",
  },
  {
    id: "marathon",
    term: "お買い物マラソン",
    reading: "おかいものまらそん",
    aliases: ["マラソン"],
    category: "rakuten",
    definition: "楽天市場で行われる、複数の店舗で買うほどポイントが増えるセールです。",
  },
  {
    id: "business-day",
    term: "営業日",
    reading: "えいぎょうび",
    aliases: ["営業日数", "稼働日"],
    category: "crm",
    definition:
      "店舗が出荷や問い合わせ対応をする日です。土日祝日と店舗独自の休業日を除いて数えます。発送日はこの日数で数えますが、配送にかかる日数は暦どおりに数えます。",
  },
  {
    id: "rakuten-ichiba",
    term: "楽天市場",
    reading: "らくてんいちば",
    aliases: ["楽天"],
    category: "rakuten",
    definition:
      "楽天グループが運営するインターネット上の商店街です。多くの店舗が出店し、同じ商品を複数の店舗が扱っていることもよくあります。",
  },
  {
    id: "purchase-history",
    term: "購入履歴",
    reading: "こうにゅうりれき",
    aliases: ["注文履歴"],
    category: "crm",
    definition: "お客様がいつ、何を、何回買ったかの記録です。誰に何を送るかを決めるときの基準になります。",
  },
  {
    id: "inquiry",
    term: "問い合わせ対応",
    reading: "といあわせたいおう",
    aliases: ["お問い合わせ", "カスタマーサポート"],
    category: "crm",
    definition:
      "お客様からの質問や相談に答える仕事です。返事の早さとわかりやすさが、次も買うかどうかに影響します。",
  },
  {
    id: "review-incentive",
    term: "レビュー特典",
    reading: "れびゅーとくてん",
    aliases: ["レビュー条件の特典", "レビュー書いてクーポン", "レビュークーポン", "レビュー特典クーポン"],
    category: "crm",
    definition:
      "レビューを書いてくれた人に渡す特典です。楽天市場では今回の注文への特典(値引き・送料無料・おまけの同梱など)と、評価で中身が変わる特典は禁止とされています。評価に関係なく全員に渡す、次回以降の買い物に使える再購入クーポンは広く使われていると報告されています。",
  },
  {
    id: "five-zero-day",
    term: "5と0のつく日",
    reading: "ごとぜろのつくひ",
    aliases: ["5と0の日", "5のつく日"],
    category: "rakuten",
    definition: "日付に5か0が付く日に楽天市場で行われる、ポイントが増えるキャンペーンの通称です。",
  },
  {
    id: "wonderful-day",
    term: "ワンダフルデー",
    reading: "わんだふるでー",
    aliases: [],
    category: "rakuten",
    definition: "毎月1日に楽天市場で行われるキャンペーンの名前です。",
  },
  {
    id: "ltv",
    term: "LTV",
    reading: "えるてぃーぶい",
    aliases: ["顧客生涯価値", "ライフタイムバリュー"],
    category: "marketing",
    definition:
      "ひとりのお客様が取引を続ける間に店舗にもたらす売上の合計です。再購入が増えるほど大きくなります。",
  },
  // Terms of the rules, shop-economics and practice lessons.
  ...knowledgeTerms,
]);

/** Term by id; throws on an unknown id so a broken glossary link fails the build. */
export function termById(id: string): Term {
  const t = terms.find((x) => x.id === id);
  if (!t) throw new Error(`用語集にない用語です: ${id}`);
  return t;
}
