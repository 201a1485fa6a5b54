/** Search-only synonym groups (question words and everyday phrasings mapped to the words the guides use). */
import { buildLexicon, type Lexicon, type TermLike } from "./lexicon.ts";

/** Ways to name a calculation or a calculator (one synonym group, and the words that ask for a calculator). */
const calculatorWords = [
  "計算",
  "試算",
  "シミュレーション",
  "シミュレーター",
  "計算ツール",
  "計算機",
  "ツール",
  "simulator",
  "calculator",
  "tool",
  "tools",
  "simulation",
  "calculation",
  "calculate",
  "calc",
  "estimate",
] as const;

/**
 * Each group lists interchangeable ways to say one thing. The first entry is the group's name.
 * Groups whose name starts with "?" stand for a question word: the word itself is not searched,
 * only the words an answer would contain.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ["上限", "最大", "上限値", "限度", "制限", "頭打ち", "天井", "cap", "limit", "max", "maximum"],
  [
    "?期間",
    "いつまで",
    "何日",
    "何日間",
    "何週間",
    "日数",
    "期間",
    "期限",
    "有効期限",
    "何ヶ月",
    "何か月",
    "expiry",
    "expiration",
    "expire",
    "long",
  ],
  ["?時期", "いつ", "タイミング", "時期", "何日後", "日後", "いつ頃", "いつごろ", "何時", "timing", "when"],
  ["?金額", "いくら", "金額", "料金", "費用", "値段", "お金", "出費", "cost", "costs", "much"],
  ["?回数", "何回", "いくつ", "回数", "件数", "何件", "何個", "何人", "人数", "many"],
  ["?方法", "どうやって", "方法", "やり方", "手順", "コツ", "しかた", "仕方", "how"],
  ["?理由", "なぜ", "なんで", "理由", "why"],
  ["?対処", "どうする", "どうすれば", "どうしたら", "どう扱う"],
  [
    "?違い",
    "違い",
    "違う",
    "差",
    "比較",
    "比べる",
    "比べ",
    "どっち",
    "どちら",
    "使い分け",
    "vs",
    "difference",
    "different",
    "versus",
    "compare",
    "comparison",
  ],
  calculatorWords,
  ["送る", "送信", "配信", "送付", "send", "sent"],
  ["審査", "承認", "申請"],
  ["始める", "始め方", "着手", "取り組む", "スタート", "start", "begin"],
  // A coupon is made by issuing it (クーポンを発行する): staff say 作る for both.
  ["作り方", "作る", "作成", "開設", "登録", "開く", "発行"],
  // A mail is opened (開けてもらえない): 開封, not an account opened (開く, 開設).
  ["開封", "開け", "開ける", "開けて"],
  ["必要", "欠かせない", "重要", "大切", "need", "required", "necessary"],
  [
    "報酬",
    "料率",
    "報酬率",
    "稼ぐ",
    "稼げる",
    "収入",
    "儲かる",
    "儲け",
    "reward",
    "rewards",
    "commission",
    "commissions",
    "earn",
    "earning",
    "earnings",
    "income",
    "お小遣い",
    "取り分",
  ],
  ["上げる", "上がる", "昇格", "アップ"],
  [
    "失敗",
    "ミス",
    "落とし穴",
    "やってはいけない",
    "やっちゃダメ",
    "やってはダメ",
    "しちゃダメ",
    "うまくいかない",
    "+やらない",
    "failure",
    "failures",
    "fail",
    "mistake",
    "mistakes",
  ],
  ["注意", "注意点", "気をつける", "気を付ける", "気をつけ", "気を付け", "留意"],
  ["?順番", "何から", "どれから", "どの順", "順番", "順に", "優先順位", "最初", "手を付ける", "first"],
  [
    "?可否",
    "ok",
    "セーフ",
    "大丈夫",
    "問題ない",
    "てもよい",
    "てもいい",
    "だめ",
    "ダメ",
    "ng",
    "禁止",
    "いけない",
    "違反",
    "ていい",
    "てよい",
    "アリ",
    "まずい",
    "よくない",
    "allowed",
    "okay",
    "problem",
    "problems",
    "risky",
    // The guides answer such questions with what to leave out or avoid.
    "+ないほうがよい",
    "+避ける",
    "+やらない",
  ],
  ["更新", "見直し", "見直される", "変わる", "変更", "切り替わる", "update"],
  [
    "超える",
    "超えた",
    "達する",
    "超過",
    "オーバー",
    "しすぎ",
    "すぎる",
    "やりすぎ",
    "引っかかる",
    "引っかかっ",
  ],
  // A limit lifted: the guides say the count goes back (戻る) or that work can resume (再開).
  ["解除", "戻る", "再開", "元に戻", "リセット", "解ける", "解け"],
  // Free or paid: the answer names a cost (費用, 料金 belong to the amount group; here they only count in answers).
  ["無料", "有料", "タダ", "ゼロ", "0円", "+費用", "+料金", "free"],
  ["テンプレート", "テンプレ", "template", "例文", "文例", "ひな形", "雛形", "文面"],
  [
    "リピート",
    "再購入",
    "リピーター",
    "何度も買",
    "また買",
    "もう一度買",
    "常連",
    "得意様",
    "得意客",
    "repeat",
    "repeater",
    "repeaters",
    "again",
    "comeback",
  ],
  ["つなげる", "つながる", "結びつける", "連携"],
  ["対応", "答える", "返信", "回答", "answer", "reply", "respond"],
  ["書く", "入れる", "載せる", "記載", "write", "include"],
  ["休眠", "しばらく買っていない", "離反", "ご無沙汰", "dormant", "lapsed", "inactive"],
  ["1人", "ひとり"],
  ["年齢層", "年代", "年齢", "世代", "利用者層", "ユーザー層", "何歳"],
  ["日程", "スケジュール", "日付", "タイムライン", "timeline", "schedule", "date", "dates"],
  ["クーポン", "割引", "値引き", "値引", "割引券", "coupon", "discount"],
  ["メール", "メッセージ", "mail", "email", "message"],
  ["お客様", "お客さん", "顧客", "購入者", "customer", "customers", "buyer", "buyers"],
  ["売上", "売り上げ", "販売", "sales", "sell", "sold"],
  // 垢バン / アカバン: "account ban" in users' slang.
  [
    "停止",
    "凍結",
    "ペナルティ",
    "止まる",
    "stop",
    "ban",
    "banned",
    "suspend",
    "suspended",
    "バン",
    "垢バン",
    "アカバン",
  ],
  ["いいね", "ライク", "like", "ハート", "ハートマーク"],
  ["?程度", "どれだけ", "どのくらい", "どれくらい", "どれぐらい", "どのぐらい", "目安", "程度"],
  ["条件", "基準", "判定基準", "要件", "condition", "conditions", "requirement", "requirements"],
  ["ユーザー", "利用者", "会員", "user", "users"],
  ["目的", "何のため", "ねらい", "狙い", "役割"],
  ["初めて", "初回", "新規", "買ったばかり"],
  // "何ポイント" / "何パーセント" ask for a number: the answer shows points, percentages, yen or rates.
  ["?数値", "何ポイント", "何パーセント", "何割", "何円", "+ポイント", "+円", "+料率"],
  // "どこで" asks where: the answer names a screen or a page.
  ["?場所", "どこで", "どこに", "場所", "+画面", "+rms", "+管理画面", "+ページ"],
  ["確認", "確かめる", "確かめ", "チェック", "check"],
  ["購入後フォローメール", "お礼メール"],
  // "何年から" / "いつから" ask when something began: the answer gives a year or says it started.
  ["?開始", "何年", "いつから", "+年", "+開始", "+始ま"],
  ["受け取る", "受け取り", "振込", "振り込み", "入金"],
  ["依頼", "お願い", "頼む", "頼み", "request", "ask"],
  ["学習", "勉強", "学ぶ", "学び", "研修", "learning"],
  ["出店者", "店舗", "お店", "店側", "shop", "shops", "store", "seller", "sellers", "merchant", "merchants"],
  ["毎日", "日々", "1日", "日課"],
  ["instagram", "インスタ", "インスタグラム", "insta"],
  // A notice to customers: the guides say お知らせ and 案内 for the same mail or message.
  ["お知らせ", "案内", "告知", "通知", "notice", "notification", "announcement"],
  // Rakuten's rules: staff say 規約 or ガイドライン (an older owner 決まりごと), the guides mostly ルール.
  [
    "ルール",
    "規約",
    "ガイドライン",
    "規定",
    "決まり",
    "決まりごと",
    "決まり事",
    "compliance",
    "rule",
    "rules",
  ],
  ["当てはまる", "適用", "該当", "にあたる", "に当たる"],
  ["法令", "法律", "法規", "law", "laws"],
  // Someone new to the work: the guides say 新任 (新任スタッフ) or 新しく担当になった, and the learning path
  // (学習ロードマップ) is written for them.
  [
    "新任",
    "新人",
    "新米",
    "初心者",
    "新しく担当",
    "入ったばかり",
    "担当になったばかり",
    "任されたばかり",
    "beginner",
    "newbie",
    "rookie",
    "trainee",
    "onboarding",
    "+学習ロードマップ",
  ],
  ["初日", "1日目"],
  ["例", "具体例", "見本", "サンプル"],
  // Usually: typed as いつも, which must not be read as いつ (when) + も.
  ["ふだん", "いつも", "普段", "常に"],
  // Many: typed as いっぱい, which the segmenter cuts い|っ|ぱ|いつ|け, read as いつ (when).
  ["たくさん", "いっぱい", "沢山"],
  // Whether a cost or discount pays: staff ask about 赤字, 採算 or 回収; the guides say 損益, 元が取れる, 取り戻せる.
  [
    "損益",
    "赤字",
    "損する",
    "採算",
    "元が取れる",
    "元を取る",
    "回収",
    "取り戻す",
    "取り戻せる",
    "ペイする",
    "ペイでき",
  ],
  ["終了", "終わる", "終わり", "満了"],
  // Reading a figure: 見方 and 読み方 (the guides' headings say どう読む).
  ["読み方", "見方", "読む", "read"],
  // The site's own words for its parts, typed in English (CRMのlessonはどの順で読む).
  ["レッスン", "lesson", "lessons"],
  ["ページ", "page", "pages"],
  // Loanwords typed in English letters (rank bonus, review 依頼).
  ["ランク", "rank", "格付け"],
  ["ボーナス", "bonus"],
  ["レビュー", "review", "reviews"],
  // Typed in Latin letters (rakuten room affiliate chigai): the glossary's 楽天アフィリエイト and 楽天.
  ["アフィリエイト", "affiliate", "アフィリ"],
  ["楽天", "rakuten"],
  // LTV spelled out in English (lifetime value), one word of it being enough.
  ["LTV", "lifetime"],
  ["コレクション", "collection", "collections"],
  ["フォロー", "follow"],
  // English words staff type for the site's katakana or kanji words.
  ["クリック", "click"],
  ["タグ", "tag", "tags"],
  ["共有", "share"],
  // ROOM described by what it does (お客さん同士で紹介し合うアプリ): searched as the guides name it.
  [
    "紹介し合う",
    "紹介しあう",
    "すすめ合う",
    "勧め合う",
    "載せ合う",
    "見せ合う",
    "おすすめアプリ",
    "紹介アプリ",
    "+楽天room",
    "+room",
  ],
  ["サイト", "site", "website"],
  ["事例", "case", "cases", "example", "examples"],
  // Tax typed in English (reward tax included or excluded): the pages write 税込 and 税抜.
  ["税込", "税込み", "tax", "included"],
  ["税抜", "税抜き", "excluded"],
  ["扱う", "cover", "covers"],
  ["払う", "支払う", "pay", "pays", "paid"],
  ["価格", "price", "prices", "売値"],
  // The price a reader calls 定価 or 元値: the guides write 通常価格 (the rules of 二重価格).
  ["通常価格", "定価", "元値"],
  ["利益", "profit", "profits"],
  ["ジャンル", "genre", "genres", "category"],
  ["アドバンス", "advance"],
  ["スタッフ", "staff"],
  ["モニター", "monitor"],
  ["広告", "ad", "ads", "advertising", "advertisement"],
  ["外部", "external"],
  ["キャッシュ", "cash"],
  ["サンクス", "thanks", "thank"],
  ["自動", "auto", "automatic", "bot"],
  ["ロードマップ", "roadmap"],
  ["セール", "sale", "安売り", "大安売り", "バーゲン"],
  ["ポイント", "point", "points"],
  ["カレンダー", "calendar"],
  ["商品", "品物", "item", "items", "product", "products"],
  ["インフルエンサー", "influencer", "インフル"],
  ["アカウント", "account", "acct", "垢"],
  ["ブロック", "block", "ブロック率"],
  [
    "セグメント",
    "segment",
    "segments",
    "客層",
    "お客さんの種類",
    "お客様の種類",
    "顧客の種類",
    "グループ分け",
  ],
  ["率", "割合", "rate", "rates", "ritsu"],
  ["ハッシュタグ", "hashtag"],
  ["オフ", "off"],
  ["サンキュークーポン", "サンクスクーポン", "+再購入クーポン"],
  // A one-off effort: the guides say 1回きり.
  ["1回きり", "単発", "一度きり", "1回限り", "その場限り"],
  // Something given for a review or a purchase: the guides say 特典 (お礼のクーポン).
  [
    "特典",
    "お礼",
    "謝礼",
    "見返り",
    "インセンティブ",
    "プレゼント",
    "incentive",
    "おまけ",
    "ノベルティ",
    "freebie",
  ],
  // Packed with the order: the segmenter cuts 同|梱.
  ["同梱", "同封"],
  // What keeping an account costs each month.
  ["維持費", "月額", "固定費", "ランニングコスト", "毎月かかる", "月々", "monthly"],
  // Raising sales: the ROOM lesson's title says 売上につなげる.
  ["売上を上げる", "売上アップ", "売上を伸ばす", "売上を増やす", "売上向上", "売上につなげる"],
  // What a shop pays per order: the guides name the rate and the system fee.
  ["手数料", "+料率", "+利用料", "fee", "fees"],
  ["準備", "用意", "そろえる", "揃える"],
  // Sending customers elsewhere: the guides say 外へ案内 (external links need a request).
  ["誘導", "+へ案内"],
  // A question the FAQ does not answer: its last section says 見つからない.
  ["見つからない", "載ってない", "載っていない", "見当たらない", "ない質問"],
  // The learning record: progress (進み具合) is kept per browser and moved by export and import.
  ["進み具合", "進捗", "進み方", "進度", "+記録", "progress"],
  ["パソコン", "pc", "端末", "+ブラウザ"],
  ["スマートフォン", "スマホ"],
  ["移す", "移し", "移したい", "引き継ぐ", "引き継ぎ", "+書き出", "+読み込", "move", "transfer", "migrate"],
  // The learning record's two buttons as software names them.
  ["書き出す", "書き出し", "エクスポート", "export"],
  ["記録", "record"],
  ["リピート率", "リピ率"],
  ["読み込む", "読み込み", "インポート", "import"],
  // Putting a calculator on another page: the tools' sharing section says 埋め込みコード.
  ["埋め込み", "埋め込む", "埋め込みたい", "embed", "iframe"],
  // Common: staff say ありがち or やりがち, the practice page says よくある失敗 (answer side only: a typed よくある as a
  // concept sent 「CRMでよくある失敗」 to that page instead of the CRM lesson).
  ["ありがち", "やりがち", "+よくある"],
  // Goods given by the shop to a user who posts: the rules pages say 商品の提供 (商品提供).
  ["商品提供", "商品をもらっ", "商品もらっ", "無償提供", "+提供"],
  // A ROOM user who posts (ROOMer): the guides say ユーザー, a popular one インフルエンサー.
  ["roomer", "roomers", "ルーマー", "+ユーザー", "+インフルエンサー"],
  // Asking a user to promote an item: the guides say PR (PR依頼).
  ["宣伝", "+pr"],
  // What a shop gains: the ROOM lesson says メリット (利点); staff ask what the point is (やる意味).
  [
    "メリット",
    "利点",
    "良い点",
    "いいところ",
    "いいこと",
    "やる意味",
    "使う意味",
    "意義",
    "merit",
    "merits",
    "benefit",
    "benefits",
  ],
  // What breaking a rule costs: the guides speak of a violation (違反) and the authorities' measures (処分).
  ["罰則", "罰金", "+処分", "+違反"],
  // A plan of the shop's: staff say 企画, the guides say 施策 (この施策は大丈夫?).
  ["企画", "+施策", "plan"],
  // English words typed for the site's own words: a variant only ("+"), so the Japanese word keeps its own reading.
  ["browser", "+ブラウザ"],
  ["post-purchase", "after-purchase", "+購入後"],
  ["checklist", "+チェックリスト"],
  ["promo", "promotion", "+販促"],
  ["campaign", "+キャンペーン"],
  ["post", "posts", "posting", "+投稿"],
  ["link", "links", "+リンク"],
  ["consent", "permission", "opt-in", "optin", "+同意"],
  ["print", "printout", "+印刷"],
  ["official", "+公式"],
  ["direct", "directly", "+直接"],
  ["men", "male", "+男性"],
  ["women", "female", "+女性"],
  ["glossary", "dictionary", "+用語集"],
  // A place where the meanings of words are gathered (言葉の意味をまとめて見たい): the glossary, 用語集.
  ["用語の意味", "言葉の意味", "ことばの意味", "単語の意味", "用語一覧", "用語のまとめ", "+用語集"],
  ["ship", "shipping", "shipment", "+発送", "+配送"],
  ["weekend", "weekends", "+土日", "+週末"],
  ["holiday", "holidays", "+祝日", "+休日"],
  ["inquiry", "inquiries", "+問い合わせ"],
  ["family", "wife", "husband", "relative", "relatives", "+家族", "+身内"],
  ["agency", "agencies", "+支援会社"],
  ["approve", "approval", "approved", "+審査"],
  ["same", "+同じ"],
  ["everyone", "everybody", "+全員"],
  ["expensive", "pricey", "+高額"],
  ["employee", "employees", "+社員"],
  ["next", "+次回"],
  ["newsletter", "newsletters", "+メルマガ"],
  ["switch", "switching", "+切り替え"],
  ["effect", "effective", "+効果"],
  ["week", "weeks", "+週間"],
  ["predict", "prediction", "predictions", "guess", "forecast", "+予想"],
  ["recommend", "recommends", "introduce", "introduces", "+紹介"],
  ["personal", "private", "+個人"],
  ["delivery", "deliver", "arrive", "+届く", "+到着", "+配送"],
  ["manager", "+店長"],
  // The figures a lesson says to watch (見るべき数字): KPI and metrics name them in English.
  ["数字", "指標", "kpi", "kpis", "metric", "metrics", "numbers", "number", "figures"],
  ["valid", "validity", "+有効期限", "+有効"],
  ["bottom", "footer", "+最後"],
  ["sender", "+送信者"],
  ["reuse", "repurpose", "+活用", "+二次利用"],
  ["buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "+購入"],
  ["combine", "combined", "stack", "stacking", "together", "+併用"],
  ["loyal", "regular", "regulars", "+常連", "+リピーター"],
  ["own", "myself", "yourself", "+自分"],
  ["create", "creating", "created", "+作成", "+開設"],
  ["display", "displayed", "show", "shown", "label", "labels", "labeled", "+表示"],
  ["sample", "samples", "+例文", "+テンプレート"],
  ["work", "works", "mechanism", "+仕組み"],
  ["study", "studying", "+学習", "+勉強"],
  // A customer's complaint is an inquiry (問い合わせ) to the guides.
  ["クレーム", "苦情", "+問い合わせ"],
  // Asking to stop the mails: the rules page and the glossary say 配信停止 and 受信拒否.
  ["配信解除", "購読解除", "メール停止", "opt-out", "optout", "unsubscribe", "+配信停止", "+受信拒否"],
  // Days the shop does not ship: the guides say 定休日 and count 営業日.
  ["定休日", "休業日", "店休日", "土日休み", "+営業日"],
  // An advertisement passed off as a review: readers say 隠れ広告, やらせ or サクラ; the rules page says ステマ.
  ["隠れ広告", "やらせ", "サクラ", "+ステマ"],
  // The FAQ pages: typed as FAQ or よくある質問.
  [
    "よくある質問",
    "faq",
    "質問集",
    "よくあるしつもん",
    "q&a",
    "疑問と答え",
    "質問と答え",
    "よくある疑問",
    "よく出る質問",
    "よく出る疑問",
  ],
  // Checking what one has learned: each lesson ends with a quiz (確認クイズ).
  ["クイズ", "確認クイズ", "小テスト", "確認テスト", "理解度チェック", "理解度", "quiz"],
];

/**
 * Kana-kanji conversion slips: a homophone the input method chose in place of the guides' word (レビュー以来 for
 * レビュー依頼). Each wrong word is absent from the pages and unrelated to their subjects; the query is read with the
 * guides' word, as a katakana typing slip is.
 */
export const misconversions: Readonly<Record<string, string>> = {
  以来: "依頼",
  機嫌: "期限",
  規正: "規制",
  利用量: "利用料",
  有効機関: "有効期間",
  一蘭: "一覧",
  一らん: "一覧",
  診査: "審査",
  報集: "報酬",
  報州: "報酬",
  投降: "投稿",
  登校: "投稿",
  分面: "文面",
  電子メール方: "電子メール法",
  違犯: "違反",
  既成: "規制",
  荒利: "粗利",
  再講入: "再購入",
  負坦: "負担",
  総客: "送客",
  語認: "誤認",
};

/**
 * Words allowed in more than one group, each with the reason (a test checks every other word sits in one group).
 * A "+" entry (answer side only) does not count as membership.
 */
export const sharedWords: Readonly<Record<string, string>> = {};

/**
 * Hiragana readings of the guides' most common kanji words, for questions typed without kana-kanji conversion
 * (ほうしゅうのじょうげん). Glossary terms carry their own readings in src/lib/glossary/terms.ts.
 */
export const wordReadings: Readonly<Record<string, string>> = {
  ほうしゅう: "報酬",
  こうこく: "広告",
  こうこくひ: "広告費",
  れいぶん: "例文",
  ぶんれい: "文例",
  りょうりつ: "料率",
  じょうげん: "上限",
  きげん: "期限",
  ゆうこうきげん: "有効期限",
  きかん: "期間",
  にっすう: "日数",
  しんさ: "審査",
  ひよう: "費用",
  りょうきん: "料金",
  けいさん: "計算",
  じょうけん: "条件",
  てじゅん: "手順",
  ほうほう: "方法",
  ちがい: "違い",
  りゆう: "理由",
  りようしゃ: "利用者",
  こきゃく: "顧客",
  おきゃくさま: "お客様",
  はいしん: "配信",
  そうきゃく: "送客",
  こうにゅう: "購入",
  ぜいこみ: "税込",
  げんきん: "現金",
  つうじょう: "通常",
  はいふ: "配布",
  じどう: "自動",
  ふたん: "負担",
  つかいかた: "使い方",
  ひこうしき: "非公式",
  べんきょう: "勉強",
  すすみぐあい: "進み具合",
  そうりょう: "送料",
  とうこう: "投稿",
  しゃしん: "写真",
  ていし: "停止",
  はっそう: "発送",
  ていきゅうび: "定休日",
  もくてき: "目的",
  ぶんめん: "文面",
  せってい: "設定",
  てんぽ: "店舗",
  しぼる: "絞る",
  しぼり: "絞り",
  // Words of the rules and practice pages' headings.
  きせい: "規制",
  // The learning path's days and R-Mail as read aloud (いちにちめ, あーるめーる), which kuromoji does not spell.
  いちにちめ: "1日目",
  ふつかめ: "2日目",
  みっかめ: "3日目",
  よっかめ: "4日目",
  いつかめ: "5日目",
  // Counted words and compounds read aloud, which a shorter reading inside them would split (いちにち as 位置 + にち).
  いちにち: "1日",
  いっしゅうかん: "1週間",
  いっかい: "1回",
  ようごしゅう: "用語集",
  ふくしゅう: "復習",
  いちば: "市場",
  あーるめーる: "R-Mail",
  // Short names of the laws (glossary aliases), which kuromoji reads character by character.
  けいひょうほう: "景表法",
  とくでんほう: "特電法",
  きやく: "規約",
  どうい: "同意",
  ひょうじ: "表示",
  かかく: "価格",
  にじゅうかかく: "二重価格",
  にじゅう: "二重",
  いちらん: "一覧",
  だいじょうぶ: "大丈夫",
  しつもん: "質問",
  わりびき: "割引",
  ねびき: "値引き",
  とくてん: "特典",
  しゃいん: "社員",
  みうち: "身内",
  かぞく: "家族",
  しっぱい: "失敗",
  ちゅうい: "注意",
  うりあげ: "売上",
  げつがく: "月額",
  りようりょう: "利用料",
  けんげん: "権限",
  はっこう: "発行",
  しんにん: "新任",
  じれい: "事例",
  じゅんばん: "順番",
  なにから: "何から",
  // How to do it (〜かた), typed in hiragana.
  あげかた: "上げ方",
  つくりかた: "作り方",
  かきかた: "書き方",
  よみかた: "読み方",
  やりかた: "やり方",
  はじめかた: "始め方",
  ふやしかた: "増やし方",
  いちど: "一度",
  // The question words of the 期間 and 回数 groups, typed in hiragana.
  なんにち: "何日",
  なんにちかん: "何日間",
  なんかげつ: "何か月",
  なんしゅうかん: "何週間",
  なんかい: "何回",
  なんけん: "何件",
  なんにん: "何人",
  // And of the 数値 group (何%, 何割).
  なんぱーせんと: "何パーセント",
  なんわり: "何割",
  なんえん: "何円",
  なんぽいんと: "何ポイント",
  ほうりつ: "法律",
  // Words a hiragana question splits wrongly otherwise (まいつき holds いつ, じかい + つかえる holds いつ too).
  まいつき: "毎月",
  じかい: "次回",
  ねだん: "値段",
  そんえき: "損益",
  ひかく: "比較",
  せいげん: "制限",
  うわのせ: "上乗せ",
  とける: "解ける",
  いらい: "依頼",
  おくる: "送る",
  とくてい: "特定",
  でんし: "電子",
};

/** Words that mark a calculator request: results under /tools/ are preferred when the query contains one. */
export const toolIntentWords: readonly string[] = [...calculatorWords, "比較"];

/**
 * Words that name a rule or a law, or its subject (ルール, 法令, ステマ, 同意, 二重価格): a question that contains one, or
 * asks whether something is allowed (the 可否 question word), is answered by a rules page as readily as by a lesson.
 */
export const ruleIntentWords: readonly string[] = [
  "ルール",
  "規約",
  "ガイドライン",
  "規定",
  "法令",
  "法律",
  "法規",
  "違法",
  "規制",
  "ステマ",
  "隠れ広告",
  "やらせ",
  "サクラ",
  "広告扱い",
  "ステルスマーケティング",
  "景品表示法",
  "景表法",
  "特定電子メール",
  "同意",
  "禁止",
  "違反",
  "罰則",
  "処分",
  "義務",
  "表示",
  "二重価格",
  "通常価格",
  "外部リンク",
  // Whose purchases earn a reward is Rakuten's affiliate rule (self-purchase, family).
  "自己購入",
  "本人",
  "家族",
  "身内",
];

/**
 * Words that name what a calculator page is (ツール, シミュレーター) rather than what it is about: on a page of kind
 * "tool" they are not evidence for a topic (every calculator page says it is a tool); tool intent is scored by kind.
 */
export const toolKindWords: readonly string[] = [
  "ツール",
  "tool",
  "simulator",
  "calculator",
  "計算ツール",
  "計算機",
  "シミュレーター",
  "シミュレーション",
];

/**
 * Words that say who asks or in what setting (a consultant's クライアント, a meeting): kept, but weighed below the
 * words that name the topic.
 */
export const framingWords: ReadonlySet<string> = new Set(
  "クライアント 先方 打ち合わせ 社内 会議 商談 社長 上司".split(" "),
);

/**
 * Function words and generic verbs dropped from queries: particles, copulas, question endings, pronouns.
 * Single hiragana characters are dropped separately.
 */
export const stopwords: ReadonlySet<string> = new Set(
  (
    "は が を に で と の も へ や か から より には とは では への って です ですか ます ますか でしょう でしょうか " +
    "ください たい ない する して します され される できる できます ある あり あります いる いない なる なり なります " +
    "れる られる こと もの ため よう これ それ あれ この その 何 なに なん どう どの どれ どんな どこ 誰 だれ 教え " +
    "教えて 知り 知りたい について に関して 場合 ば たら なら だ な ね よ さ よく よくある 方 しか とき 時 向け ほう " +
    "ほうが もらえる もらう くれる いい よい 見たい 見る やる なんて " +
    // Colloquial endings and fillers (3+ characters; shorter hiragana is dropped anyway).
    "どういう どういった けれど けれども だけど ですが んですが ますが どこか だった でした ちゃう ちゃった じゃない みたい んです " +
    "そもそも いったい 結局 すれば しよう したら ほしい 欲しい 思う 思い 思っ 思って 困っ 困って " +
    // Generic verbs cut to their kanji and first kana (見て, 言っ).
    "見て 見た 見れ 見ら 見ま 言っ 言う 言わ 言え 思わ 内容 " +
    // 別に / ごとに after a noun (ランク別に, 担当者ごとに): "per …", the noun carries the meaning.
    "別に ごとに しまう しまっ しまい ときの ときは ときに " +
    // Fillers (…ばかり, ずっと, いろいろ) and casual intensifiers (全然, めっちゃ, ちゃんと).
    "ばかり ずっと いろいろ によって よって ところ させる いたい っぽい " +
    "全然 ぜんぜん めっちゃ ちゃんと ほんと ほんとう ばっか ばっかり やけど " +
    // Conditional and conjectural endings cut loose by the segmenter (送れ|ばいいん|だ|っけ, 見れ|ばいいん|で|しょう).
    "ばいい ばいいん いいん しょう だっけ っけ がいい がよい でいい でよい " +
    // 〜ないと (送らないと, いらないと): a negative ending, not the word いと (意図).
    "ないと " +
    // 何で asks why (なんで) or by what (なにで): the other words say which.
    "何で " +
    // Hedges, connectives and chat noise (それとも, なんか, ちょっと, ざっくり, 至急).
    "ありま すると ことに それで " +
    "なので なのに それとも いろんな なんか ちょっと こういう そういう ざっくり ぶっちゃけ 至急 " +
    // English function words, between typed English or Japanese words (税込 or 税抜) or in a whole English question.
    "or and the of to in is for with per what does do this that a an are can i we our it be should there " +
    "through on at by from which who have has get if you your ll ve re where " +
    // English pronouns and fillers that romaji would misread (someone -> そめおね). Two-letter ones are still read as
    // romaji between words (no -> の), then dropped as particles; "an" and "to" are not (analyze.ts, ENGLISH_SHORT_WORDS).
    "someone somebody something anyone anything they them their me us he she his her its was were been will " +
    "would could about into than then also just really actually very one " +
    // English pronouns and generic verbs that name no topic (use, make, take, want, go); "my" stays (マイROOM).
    "mine yours use using make makes making take takes so as go come want wants did doing done but all any put " +
    "see now way via thru"
  ).split(" "),
);

/**
 * The lexicon with this file's synonym groups and readings (build time and tests; the browser reads the same data
 * from /search/lexicon.json).
 */
export function lexiconWithSynonyms(terms: readonly TermLike[], pageWords: readonly string[] = []): Lexicon {
  return buildLexicon(terms, synonymGroups, pageWords, wordReadings);
}

/**
 * Words that name the site's pages or the act of reading them (レッスン, 読む順番) rather than a topic: in a question
 * asking for an overview, the hub it wants is the one whose title names its other words (ROOM, CRM, ルール).
 */
export const siteStructureWords: readonly string[] = ["読む", "順番", "レッスン", "ページ", "記事", "学ぶ"];
