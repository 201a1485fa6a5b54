/** Self-check quizzes for the room lessons, keyed by lesson slug ("room/..."); figures come from the facts. */
import {
  bonusRateFor,
  genreByKey,
  influencerConditions,
  normalCapPerUnit,
  rankBonuses,
  rewardRates,
  switchReviewWeeks,
  yenPerPoint,
} from "../../facts";
import { formatNumber } from "../../format";
import type { QuizSet } from "../quiz";

const low = Math.min(...rewardRates);
const high = Math.max(...rewardRates);
const cap = formatNumber(normalCapPerUnit.value);
const kitchen = genreByKey("kitchen");
const kitchenRate = kitchen?.rate ?? low;
const bonusRanks = rankBonuses.filter((b) => b.value > 0).map((b) => b.rank);

export const roomQuizzes: QuizSet = {
  "room/about": [
    {
      question: "楽天ROOMで紹介された商品を利用者が買うとき、購入手続きはどこで行われますか?",
      choices: ["楽天ROOMのアプリの中", "楽天市場の商品ページ", "紹介した人のブログ"],
      answer: 1,
      explanation:
        "ROOMは売り場への入口です。投稿から楽天市場の商品ページへ移り、そこで購入します。決済や配送は店舗が担います。",
    },
    {
      question: "楽天ROOMと楽天アフィリエイトの違いとして正しいものはどれですか?",
      choices: [
        "ROOMはブログやWebサイトを用意しなくても始められる",
        "ROOMでは報酬が一切発生しない",
        "楽天アフィリエイトにはランクによる報酬の上乗せがある",
      ],
      answer: 0,
      explanation: "ROOMはアプリで投稿するだけで始められます。ランクによる上乗せがあるのはROOMのほうです。",
    },
  ],
  "room/rewards": [
    {
      question: `料率${kitchenRate}%のジャンル(${kitchen?.name ?? "キッチン用品"})の商品が2,000円で1個売れたとき、通常報酬は何ポイントですか?`,
      choices: [
        `${formatNumber((2000 * kitchenRate) / 100)}ポイント`,
        `${formatNumber((2000 * high) / 100 + 20)}ポイント`,
        `${formatNumber(2000 * kitchenRate)}ポイント`,
      ],
      answer: 0,
      explanation: `価格に料率を掛けます。2,000円 × ${kitchenRate}% = ${formatNumber((2000 * kitchenRate) / 100)}ポイントです。`,
    },
    {
      question: "通常報酬の1商品あたりの上限について正しいものはどれですか?",
      choices: [`注文全体で${cap}ポイントまで`, `商品1個ごとに${cap}ポイントまで`, "上限はない"],
      answer: 1,
      explanation: `上限は1商品あたり${cap}ポイントで、1個ごとにかかると報告されています。`,
    },
    {
      question: "自店の社員が、自分で投稿した商品を自分で買いました。報酬はどうなりますか?",
      choices: ["通常どおり発生する", "半分だけ発生する", "発生しない"],
      answer: 2,
      explanation:
        "投稿した本人や同じ世帯の人による購入では報酬は発生しません。身内の購入で実質値引きにはできません。",
    },
    {
      question: "報酬1ポイントは何に換わりますか?",
      choices: [
        `楽天キャッシュ${formatNumber(yenPerPoint.value)}円分`,
        "楽天市場の割引クーポン",
        "銀行振込の現金",
      ],
      answer: 0,
      explanation: `通常報酬1ポイントは楽天キャッシュ${formatNumber(yenPerPoint.value)}円分として受け取ります。`,
    },
  ],
  "room/rank": [
    {
      question: "ランクボーナスが付くのはどのランクですか?",
      choices: [`${bonusRanks.join("・")}ランク`, "すべてのランク", "Sランクだけ"],
      answer: 0,
      explanation: `ボーナスが上乗せされるのは${bonusRanks.join("・")}ランクで、それより下はジャンルの料率のみです。`,
    },
    {
      question: "Sランクの人が料率の最も高いジャンルの商品を紹介したとき、合計の料率は何%ですか?",
      choices: [`${high}%`, `${high + bonusRateFor("S")}%`, `${high + bonusRateFor("S") + 1}%`],
      answer: 1,
      explanation: `ジャンルの料率${high}%にSランクのボーナス${bonusRateFor("S")}%を足して${high + bonusRateFor("S")}%です。`,
    },
    {
      question: "Aランクになるために必要な送客人数について正しいものはどれですか?",
      choices: [
        "毎年同じ人数が公表されている",
        "月ごとに変わり、公表されていない",
        "条件に送客人数は含まれない",
      ],
      answer: 1,
      explanation: "A・Sランクの送客人数は月ごとに変わり、具体的な数は公表されていません。",
    },
  ],
  "room/limits": [
    {
      question: "フォロー・いいねの上限の数字について正しいものはどれですか?",
      choices: [
        "楽天が公式に公表している",
        "利用者の実測や報告による非公式の数字である",
        "すべてのアカウントで上限はない",
      ],
      answer: 1,
      explanation: "楽天は上限を公表していません。表の数字は利用者の報告で、予告なく変わることがあります。",
    },
    {
      question: "安全な運用のしかたとして、このサイトがすすめているものはどれですか?",
      choices: [
        "朝にまとめて上限まで操作する",
        "自動化ツールで操作を繰り返す",
        "上限の半分程度を目安に、時間を分けて操作する",
      ],
      answer: 2,
      explanation:
        "不自然な連続操作は停止のおそれがあります。上限の手前でも余裕を持ち、時間を分けて操作するのが安全です。",
    },
  ],
  "room/merits": [
    {
      question: "成果報酬型の仕組みが出店者にとって安心な理由はどれですか?",
      choices: [
        "紹介されるたびに費用がかかるから",
        "売れたときにだけ費用が発生するから",
        "費用がまったくかからないから",
      ],
      answer: 1,
      explanation: "何人に紹介されても、売れなければ費用はかかりません。売れたときに成果報酬が発生します。",
    },
    {
      question: "利用者の投稿の写真を自店の商品ページで使いたいとき、必要なことはどれですか?",
      choices: [
        "投稿者から二次利用の許可をもらう",
        "出典を書けば許可はいらない",
        "ROOMの投稿は自由に転載できる",
      ],
      answer: 0,
      explanation: "UGCを二次利用するには投稿者の許可が必要です。やり取りは記録に残しておきましょう。",
    },
  ],
  "room/setup": [
    {
      question: "店舗アカウントを作る正しい流れはどれですか?",
      choices: [
        "最初から店舗アカウントとして登録する",
        "一般アカウントを作り、RMSから店舗アカウントへの切り替えを申請する",
        "ROOM事務局にメールで依頼する",
      ],
      answer: 1,
      explanation: "まず一般アカウントを作り、RMSのR-SNSの画面から切り替えを申請します。",
    },
    {
      question: "切り替え申請の審査期間の目安はどれくらいですか?",
      choices: ["即日", `およそ${switchReviewWeeks.value}${switchReviewWeeks.unit}`, "半年"],
      answer: 1,
      explanation: `審査にはおよそ${switchReviewWeeks.value}${switchReviewWeeks.unit}かかると報告されています。セール前の申請は早めに。`,
    },
    {
      question: "店舗アカウントに必要な、楽天市場の出店者向けの有料サービスはどれですか?",
      choices: ["R-SNS", "RPP広告", "楽天ペイ"],
      answer: 0,
      explanation: "楽天ROOMの店舗アカウントはR-SNSの機能の1つです。RMSから利用を始めます。",
    },
  ],
  "room/daily": [
    {
      question: "投稿が増えてきたとき、テーマごとにまとめるための機能はどれですか?",
      choices: ["ショップタグ", "コレクション", "ランクボーナス"],
      answer: 1,
      explanation: "コレクションは投稿をテーマごとにまとめるフォルダのような機能です。",
    },
    {
      question: "検索で見つけてもらいやすいハッシュタグの付け方はどれですか?",
      choices: [
        "商品の型番だけを付ける",
        "用途や場所など、利用者が探しそうな言葉を組み合わせる",
        "ハッシュタグは付けない",
      ],
      answer: 1,
      explanation: "「どんな悩みを解決するか」が伝わる言葉のほうが、検索から見つけてもらいやすくなります。",
    },
  ],
  "room/audience": [
    {
      question: "楽天ROOMの利用者数について正しいものはどれですか?",
      choices: ["楽天が毎年公表している", "公表されておらず、推計値しかない", "楽天市場の会員数と同じである"],
      answer: 1,
      explanation: "利用者数は公表されていません。資料に引用するときは推計であることを書き添えます。",
    },
    {
      question: "楽天ROOMの利用者の中心となっている層はどれですか?",
      choices: ["20〜40代の女性", "60代以上の男性", "10代の男性"],
      answer: 0,
      explanation: "楽天ROOM自身の集計では、女性が多く、20〜40代が大半を占めています。",
    },
  ],
  "room/sales": [
    {
      question: "ROOMインフルエンサーに自社商品のPRを頼むとき、正しい方法はどれですか?",
      choices: [
        "インフルエンサーに直接メッセージを送る",
        "ROOM事務局を通して依頼する",
        "商品を無断で送って紹介を待つ",
      ],
      answer: 1,
      explanation: "出店者からの直接交渉は規約で禁止されています。必ずROOM事務局を通します。",
    },
    {
      question: "ROOMインフルエンサーの募集条件に含まれるランクはどれですか?",
      choices: [
        `${influencerConditions.ranks.join("または")}ランク`,
        "Bランク以上すべて",
        "ランクは関係ない",
      ],
      answer: 0,
      explanation: `募集条件の1つは、ROOMランクが${influencerConditions.ranks.join("または")}であることです。`,
    },
    {
      question: "利用者が自店の商品を紹介した投稿をショップページに集めるには、何を付けますか?",
      choices: ["ショップタグ", "ランクバッジ", "クーポン"],
      answer: 0,
      explanation: "ショップタグを付けた投稿がショップページにまとまり、訪れた人が紹介をまとめて見られます。",
    },
  ],
  "room/marketing-mix": [
    {
      question:
        "「見つけてもらう → 買ってもらう → また買ってもらう」の流れで、ROOMが主に受け持つのはどれですか?",
      choices: ["見つけてもらう", "買ってもらう", "また買ってもらう"],
      answer: 0,
      explanation: "ROOMは口コミ型の入口です。購入はCVR改善、再購入はCRMが主に受け持ちます。",
    },
    {
      question: "ROOMから来た人の購入率を上げるために、まず整えるべきものはどれですか?",
      choices: ["広告の入札額", "商品ページ", "ランク"],
      answer: 1,
      explanation: "紹介を見て来た人が迷わず買えるよう、写真やサイズ、送料などの情報を商品ページに整えます。",
    },
  ],
};
