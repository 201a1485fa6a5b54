/** Glossary terms of the rules, shop-economics and practice lessons (merged into `terms` by terms.ts). */
import type { TermInput } from "./terms.ts";

export const knowledgeTerms: TermInput[] = [
  {
    id: "stealth-marketing",
    term: "ステマ規制",
    reading: "すてまきせい",
    aliases: ["ステマ", "ステルスマーケティング", "ステルスマーケティング規制"],
    category: "rules",
    definition:
      "広告であることを隠した宣伝を禁じるルールです。景品表示法にもとづき2023年10月から施行され、規制を受けるのは投稿した人ではなく広告主の事業者です。",
  },
  {
    id: "keihyo-law",
    term: "景品表示法",
    reading: "けいひんひょうじほう",
    aliases: ["景表法", "不当景品類及び不当表示防止法"],
    category: "rules",
    definition:
      "商品やサービスの品質や価格を実際よりよく見せる表示と、過大な景品を禁じる法律です。消費者庁が所管し、ステマ規制や二重価格の考え方もこの法律にもとづきます。",
  },
  {
    id: "pr-label",
    term: "PR表記",
    reading: "ぴーあーるひょうき",
    aliases: ["広告表記", "広告表示", "#PR"],
    category: "rules",
    definition:
      "投稿が広告であることを見た人にわかるように示す「広告」「PR」などの表示です。投稿の見える位置に、ほかのハッシュタグに紛れないように置きます。",
  },
  {
    id: "tokutei-mail",
    term: "特定電子メール",
    reading: "とくていでんしめーる",
    aliases: ["特定電子メール法", "特電法", "迷惑メール防止法", "広告宣伝メール"],
    category: "rules",
    definition:
      "営利を目的とする事業者が、広告や宣伝のために送るメールです。送り方は特定電子メール法が定めており、店舗のメルマガやクーポンのお知らせもこれにあたります。",
  },
  {
    id: "opt-in",
    term: "オプトイン",
    reading: "おぷといん",
    aliases: ["事前の同意", "受信の同意"],
    category: "rules",
    definition:
      "広告や宣伝のメールを受け取ることに、相手があらかじめ同意していることです。広告宣伝のメールは原則としてこの同意がある相手にだけ送れます。",
  },
  {
    id: "opt-out",
    term: "オプトアウト",
    reading: "おぷとあうと",
    aliases: ["受信拒否", "配信停止"],
    category: "rules",
    definition:
      "メールを受け取った人が、以後は送らないよう求めることです。申し出を受けたら、その人には広告宣伝のメールを送れません。",
  },
  {
    id: "double-price",
    term: "二重価格",
    reading: "にじゅうかかく",
    aliases: ["二重価格表示", "比較対照価格"],
    category: "rules",
    definition:
      "販売価格の横に「通常価格」などの高い価格を並べて安さを見せる表示です。比べる価格が最近実際に売っていた価格でなければ、景品表示法の有利誤認にあたるおそれがあります。",
  },
  {
    id: "misleading-advantage",
    term: "有利誤認",
    reading: "ゆうりごにん",
    aliases: ["有利誤認表示"],
    category: "rules",
    definition:
      "価格や取引の条件を、実際よりも著しく有利だと思わせる表示のことです。景品表示法で禁じられています。",
  },
  {
    id: "same-household",
    term: "同一世帯",
    reading: "どういつせたい",
    aliases: ["生計を同一にする者", "同居の親族", "身内の購入"],
    category: "rules",
    definition:
      "楽天アフィリエイトのガイドラインでいう「生計を同一にする者(同居の親族など)」をこのサイトで短く呼ぶときの言葉です。紹介した人と生計を同一にする人の購入は、成果の対象になりません。",
  },
  {
    id: "self-purchase",
    term: "自己購入",
    reading: "じここうにゅう",
    aliases: ["自己アフィリエイト", "自分のリンクから購入"],
    category: "rules",
    definition:
      "紹介した本人が、自分の設置したリンクやROOMを経由して買うことです。楽天アフィリエイトでは禁止されており、成果になりません。",
  },
  {
    id: "external-link-request",
    term: "外部リンク申請",
    reading: "がいぶりんくしんせい",
    aliases: ["外部リンク"],
    category: "rakuten",
    definition:
      "楽天市場の店舗ページやメールに、楽天市場の外のURLを載せるための申請です。外部へのリンクは原則禁止で、認められたものだけを載せられると説明されています。",
  },
  {
    id: "referral",
    term: "送客",
    reading: "そうきゃく",
    aliases: ["誘導"],
    category: "marketing",
    definition:
      "紹介や広告を通じて、お客様を商品ページや店舗へ案内することです。楽天ROOMでは、投稿から楽天市場の商品ページへ人を送ることを指します。",
  },
  {
    id: "hashtag",
    term: "ハッシュタグ",
    reading: "はっしゅたぐ",
    aliases: [],
    category: "marketing",
    definition:
      "投稿の文章に「#」を付けて書くキーワードです。同じ言葉で投稿を探せるようにします。広告の表示をたくさんのハッシュタグに紛れさせると、広告だとわかりにくくなります。",
  },
  {
    id: "monitor",
    term: "モニター",
    reading: "もにたー",
    aliases: ["モニター募集", "商品モニター"],
    category: "marketing",
    definition:
      "商品を無料や割引で試してもらい、感想を聞いたり投稿してもらったりする施策、またはその参加者です。感想の投稿を頼むなら、広告であることの表示が要ります。",
  },
  {
    id: "affiliate-cost",
    term: "アフィリエイト費用",
    reading: "あふぃりえいとひよう",
    aliases: ["成果報酬の費用", "店舗の負担"],
    category: "rakuten",
    definition:
      "紹介経由で商品が売れたときに店舗が払う費用です。売上に料率を掛けた料率分と、楽天のシステム利用料からなると説明されています。このサイトでは、ユーザーが受け取る「報酬」と呼び分けています。",
  },
  {
    id: "system-fee",
    term: "システム利用料",
    reading: "しすてむりようりょう",
    aliases: ["アフィリエイトシステム利用料"],
    category: "rakuten",
    definition:
      "アフィリエイトの仕組みの利用料として、店舗が料率分に上乗せして楽天に払う費用です。率は料率分の合計額によって段階的に決まると報告されています。",
  },
  {
    id: "r-login",
    term: "R-Login",
    reading: "あーるろぐいん",
    aliases: ["利用者管理"],
    category: "rakuten",
    definition:
      "RMSに入る前のログインの仕組みです。担当者ごとのIDと、使える機能の範囲(権限)をここで管理すると説明されています。",
  },
  {
    id: "thanks-coupon",
    term: "サンキュークーポン",
    reading: "さんきゅーくーぽん",
    aliases: [],
    category: "crm",
    definition:
      "購入したお客様に自動で渡り、次回以降の買い物で使えるクーポンです。割引は店舗の負担になります。",
  },
  {
    id: "gross-margin",
    term: "粗利率",
    reading: "あらりりつ",
    aliases: ["粗利", "売上総利益率"],
    category: "marketing",
    definition:
      "売上から仕入れや原価を引いて残る金額(粗利)が、売上に占める割合です。割引はこの粗利から出ます。",
  },
  {
    id: "break-even",
    term: "損益分岐",
    reading: "そんえきぶんき",
    aliases: ["損益分岐点", "分岐点"],
    category: "marketing",
    definition:
      "施策の費用と、それで増える利益がちょうど同じになる点です。クーポンなら、配らなかったときと同じ粗利になる再購入率を指します。",
  },
  {
    id: "hobby-profile",
    term: "趣味プロフ",
    reading: "しゅみぷろふ",
    aliases: [],
    category: "room",
    definition:
      "楽天ROOMのSNSとしての機能の1つとして紹介されている、趣味や関心を示すプロフィールです。同じ関心を持つユーザー同士がつながるきっかけになります。",
  },
  {
    id: "point-account",
    term: "ポイント口座",
    reading: "ぽいんとこうざ",
    aliases: [],
    category: "room",
    definition:
      "楽天ROOMの報酬が楽天キャッシュとして付与される先として、解説記事で使われている呼び方です。報酬は楽天ポイントではなく楽天キャッシュで受け取ります。",
  },
];
