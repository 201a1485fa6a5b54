/**
 * Sources of the rules, shop-economics and RMS lessons (joined into the one source list in sources.ts). Every one is a
 * page the search tool returned, over https; whether it is a rule-maker's page is derived from its URL (rule-makers.ts).
 */

const accessed = "2026-11-29";

export const ruleSources = (
  [
    {
      id: "rakuten-affiliate-stealth",
      title: "ステルスマーケティング規制の対応について",
      publisher: "楽天グループ株式会社(楽天アフィリエイト)",
      url: "https://affiliate.rakuten.co.jp/guideline/stealth_marketing_regulation/",
      note: "楽天アフィリエイトと楽天ROOMの投稿について、広告主や楽天とのやり取りがある場合にPR表記を求めることを確認。個別施策のルールとよくある質問の本文は確認できていない。",
    },
    {
      id: "caa-stealth-marketing-faq",
      title: "ステルスマーケティングに関するQ&A",
      publisher: "消費者庁",
      url: "https://www.caa.go.jp/policies/policy/representation/fair_labeling/faq/stealth_marketing",
      note: "規制の対象は表示の内容の決定に関わった事業者(広告主)で、依頼を受けた投稿者ではないこと、違反には措置命令があることを確認。従業員の投稿についての回答本文は確認できていない。",
    },
    {
      id: "caa-representation-regulation",
      title: "表示規制の概要",
      publisher: "消費者庁",
      url: "https://www.caa.go.jp/policies/policy/representation/fair_labeling/representation_regulation/",
      note: "景品表示法が実際より著しく優良・有利に見せる表示を禁じていることを確認。有利誤認の節と価格表示の考え方の本文は確認できていない。",
    },
    {
      id: "advertimes-stema-unyo-kijun",
      title: "消費者庁、ステマ規制の運用基準を公表",
      publisher: "アドタイ(宣伝会議)",
      url: "https://advertimes.com/20230328/article415097",
      note: "運用基準の内容の報道。内容のやり取りがなくレビューの内容を購入者が自由に決める場合は事業者の表示にならない例を伝える。",
    },
    {
      id: "prsj-stealth",
      title: "ステルスマーケティング(用語解説)",
      publisher: "公益社団法人日本パブリックリレーションズ協会",
      url: "https://prsj.or.jp/faqs/ステルスマーケティング",
      note: "運用基準が「広告」「PR」などの文字やハッシュタグを明示の例に挙げていると説明。",
    },
    {
      id: "news-stealth-unclear",
      title: "ステマ、10月から景品表示法の不当表示に(報道の転載)",
      publisher: "2ndmedia(ニュース記事の転載ページ)",
      url: "https://2ndmedia.info/archives/340667",
      note: "運用基準が、大量のハッシュタグに埋もれた表示や一瞬しか映らない表示を不明瞭な例に挙げていると報じる記事の転載。",
    },
    {
      id: "afi-r-partner-rules",
      title: "楽天アフィリエイト規約の禁止事項まとめ",
      publisher: "afi-r(アフィリエイト解説サイト)",
      url: "https://afi-r.com/lecture/prohibition/448/",
      note: "店舗の関係者が関係する店舗の商品にアフィリエイトリンクを載せることが禁止されていると説明。",
    },
    {
      id: "insightnow-double-price",
      title: "二重価格表示とは? 知っておくべき景品表示法",
      publisher: "INSIGHT NOW!(Web担当者Forum編集長の寄稿)",
      url: "https://www.insightnow.jp/article/6252?page=2",
      note: "過去の販売価格を比べる二重価格の目安(8週間のうち4週間以上など)を、埼玉県の消費生活支援センターの説明から引用。",
    },
    {
      id: "markelaw-double-price",
      title: "有利誤認表示 不当な二重価格表示",
      publisher: "マーケロー(法律事務所のコラム)",
      url: "https://markelaw.jp/column-002/",
      note: "比べる価格は「最近相当期間にわたって販売されていた価格」であることが必要と説明。",
    },
    {
      id: "sbmd-rakuten-price",
      title: "楽天市場の二重価格表示ルール",
      publisher: "SBMD(EC支援会社)",
      url: "https://sbmd.jp/blog/rakuten0055",
      note: "楽天市場にも独自の二重価格のルールがあると報告。ルールの本文は確認できていない。",
    },
    {
      id: "ugusuku-tokutei-mail-rules",
      title: "特定電子メール法〜その2",
      publisher: "個人ブログ(法令メモ)",
      url: "https://ugusuku.hatenadiary.org/entry/20100821/1282889193",
      note: "受信拒否の通知を受けたら送ってはならないこと(3条3項)と、契約の内容や履行を知らせるメールに付随する広告などの例外(施行規則6条)をまとめる。",
    },
    {
      id: "ec-masters-coupon-yuuri",
      title: "クーポンに関する禁止事項について",
      publisher: "ECマスターズ フォーラム",
      url: "https://forum.ec-masters.net/post_view.php?id=11528",
      note: "2019年7月に楽天から、間を空けずに同じ条件のクーポンを繰り返す店舗へ有利誤認の注意を表示するという通知があったと店舗が紹介。",
    },
    {
      id: "keishicho-spam-obligations",
      title: "迷惑メールに関する情報提供",
      publisher: "警視庁",
      url: "https://www.keishicho.metro.tokyo.lg.jp/about_mpd/johoteikyo/anket/mail.html",
      note: "広告宣伝メールに表示する事項(送信者名、受信拒否の連絡先とその旨、住所、問い合わせ先)の整理。行政機関だが法令の所管庁ではない。",
    },
    {
      id: "cyber-records-mail-template",
      title: "楽天のメールテンプレート活用で効率化│RMSで自動化して「手間とミス」を減らす方法",
      publisher: "サイバーレコード(EC支援会社)",
      url: "https://www.cyber-records.co.jp/rakuten-email-template-creation",
      note: "自動配信メールの必須項目(受注番号など)と任意項目(次回クーポン案内、メルマガ登録案内など)を分けて整理。",
    },
    {
      id: "cyber-records-r-mail",
      title: "楽天市場のメルマガ「R-Mail」とは?",
      publisher: "サイバーレコード(EC支援会社)",
      url: "https://www.cyber-records.co.jp/blog/rakuten-mail-magazine/",
      note: "R-Mailは申込制で1通1円(税別)、送信先は楽天市場で購入またはメルマガ登録したユーザーと説明。",
    },
    {
      id: "ochobonote-rmail-checkbox",
      title: "大量に届く楽天メルマガの仕組みを解説",
      publisher: "おちょぼノート(個人ブログ)",
      url: "https://ochobonote.com/rakuten-mailmagazine-stop",
      note: "注文画面でメルマガ購読の希望にあらかじめチェックが入っていると利用者側から説明。",
    },
    {
      id: "matomete-thanks-mail-path",
      title: "サンクスメールを設定し購入者自身に領収書・納品書・請求書を発行してもらう方法",
      publisher: "まとめて領収書(ツール提供会社のヘルプ)",
      url: "https://help.matomete-ryoshusho.jp/rakuten/p326?postid=326&wpfpaction=add",
      note: "RMSの[受注・決済管理]>[メールテンプレート管理]>[受注用メールテンプレート登録・編集]の手順を示す(2025年9月)。",
    },
    {
      id: "captainec-coupon",
      title: "楽天クーポン(RaCoupon)の種類と配布のポイント",
      publisher: "キャプテンEC(EC支援会社)",
      url: "https://captainec.jp/rakuten/conversion/racoupon",
      note: "RMS>店舗運営>クーポン設定 のメニューと、店舗負担のクーポン(配布型・サンキュークーポン)と楽天負担のクーポンの違いを説明。",
    },
    {
      id: "jericho-rakuten-coupon",
      title: "楽天クーポンについて徹底解説!",
      publisher: "ジェリコ(EC支援会社)",
      url: "https://jericho-tokyo.com/rakuten/301",
      note: "配布型クーポンの有効期間は最長3か月と説明(2025年7月)。別の資料の30日と食い違う。",
    },
    {
      id: "allweb-rms-permissions",
      title: "楽天RMSの権限付与方法",
      publisher: "ALL WEB CONSULTING(EC支援会社)",
      url: "https://allweb-consulting.co.jp/information/rakutenrms-share-setting",
      note: "R-Loginの利用者管理から担当者に権限を付ける手順と、権限の種類(通常、ダブルアカウント、R-Storefront + R-Mail など)を説明。",
    },
    {
      id: "5springs-external-link",
      title: "楽天の外部リンク申請とは",
      publisher: "ファイブスプリングス(EC支援会社)",
      url: "https://5springs.co.jp/blog/external-link",
      note: "外部リンクは原則禁止で、申請して許可を得れば載せられ、無許可の掲載は違反点数制度の対象と説明(2023年2月)。",
    },
    {
      id: "gk-post-affiliate-cost",
      title: "【楽天市場】意外と知らない!?楽天アフィリエイトの仕組み",
      publisher: "GK-POST(EC支援会社ブログ)",
      url: "https://gk-post.com/556",
      note: "店舗の費用は成果報酬とシステム利用料(成果報酬×段階的な料率、30万円以下の部分は30%)の2つと説明。記事中の料率1%は2019年より前の体系とみられる。",
    },
    {
      id: "ec-supporterz-cost",
      title: "楽天市場に出店する際に発生するさまざまな費用を知っておこう",
      publisher: "ECサポーターズ(EC支援会社)",
      url: "https://ec-supporterz.com/column/rakuten/market-cost/",
      note: "楽天スーパーアフィリエイトの費用を「アフィリエイト経由の売上の2.6〜5.2%」とする。",
    },
    {
      id: "dinnovation-affiliate-merchant",
      title: "【楽天アフィリエイトで店舗集客したい方必見】特徴や活用の仕方、設定方法まで徹底解説!",
      publisher: "Dinnovation(EC支援会社)",
      url: "https://dinnovation.jp/blog/category-rakuten/rakuten-affiliate/",
      note: "出店すると必ず加入し、申し込みも停止もできない成果報酬型の広告で、売れたときだけ費用がかかると説明。",
    },
  ] as const
).map((s) => ({ ...s, accessed }));
