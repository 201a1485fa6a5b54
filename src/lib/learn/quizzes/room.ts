/** Self-check quizzes for the room lessons, keyed by lesson slug ("room/..."); figures come from the facts. */
import {
  bonusCapPerUnit,
  bonusRateFor,
  genreByKey,
  normalCapPerUnit,
  rankConditions,
  rewardRates,
  roomFemaleShare,
  roomUsersEstimate,
  switchReviewWeeks,
  yenPerPoint,
} from "../../facts";
import { formatIsoMonth, formatNumber } from "../../format";
import { formatMan } from "../../room/man";
import type { QuizSet } from "../quiz";

const low = Math.min(...rewardRates);
const high = Math.max(...rewardRates);
const pts = (n: number) => `${formatNumber(n)}ポイント`;

/** The worked rate question: one 2,000円 item of the kitchen genre. */
const kitchen = genreByKey("kitchen");
const kitchenRate = kitchen?.rate ?? low;
const kitchenPrice = 2000;
const kitchenReward = Math.floor((kitchenPrice * kitchenRate) / 100);

/** The cap scenario: an 80,000円 appliance recommended by an A-rank user (both caps bite). */
const appliance = genreByKey("appliance");
const appliancePrice = 80_000;
const applianceRate = appliance?.rate ?? low;
const bonusA = bonusRateFor("A");
const rawNormal = Math.floor((appliancePrice * applianceRate) / 100);
const rawBonus = Math.floor((appliancePrice * bonusA) / 100);
const cappedTotal = Math.min(rawNormal, normalCapPerUnit.value) + Math.min(rawBonus, bonusCapPerUnit.value);

/** Conditions of a rank, joined, from the facts. */
const conditionOf = (rank: string) =>
  rankConditions.find((r) => r.rank === rank)?.conditions.join("・") ?? "";

export const roomQuizzes: QuizSet = {
  "room/about": [
    {
      question: "楽天ROOMの投稿から商品が売れたとき、代金の決済と商品の発送を担うのは誰?",
      choices: [
        "その商品を販売している楽天市場の店舗",
        "商品を紹介した投稿者(ROOMのユーザー)",
        "楽天ROOMを運営する楽天の事務局",
      ],
      answer: 0,
      explanation:
        "ROOMは売り場への入口です。投稿から楽天市場の商品ページへ移って購入し、決済や配送はいつもどおり店舗が担います。",
    },
    {
      question: "楽天ROOMと楽天アフィリエイトの違いとして正しいものはどれ?",
      choices: [
        "ランクによる料率の上乗せがあるのは楽天アフィリエイトのほうで、ROOMには上乗せがない",
        "ROOMはブログやWebサイトを持っていなくても、アプリで投稿するだけで始められる",
        "ROOMの報酬は、楽天アフィリエイトとはまったく別の料率表で計算される",
      ],
      answer: 1,
      explanation:
        "ROOMはアプリで投稿するだけで始められます。報酬は楽天アフィリエイトの仕組みの上にあり、ランクによる上乗せがあるのはROOMのほうです。",
    },
  ],
  "room/rewards": [
    {
      question: `料率${kitchenRate}%のジャンル(${kitchen?.name ?? "キッチン用品"})の商品が${formatNumber(kitchenPrice)}円で1個売れたとき、通常報酬は何ポイント?`,
      choices: [pts((kitchenPrice * high) / 100), pts((kitchenPrice * kitchenRate) / 10), pts(kitchenReward)],
      answer: 2,
      explanation: `価格に料率を掛けます。${formatNumber(kitchenPrice)}円 × ${kitchenRate}% = ${pts(kitchenReward)}です。${high}%はファッションや食品などの段の料率です。`,
    },
    {
      question: `取引先の店長にこう言われた。「うちの${formatNumber(appliancePrice)}円の${appliance?.name ?? "家電"}をAランクの人が紹介してくれたら、1個売れるごとにその人へ大きな報酬が入るはずだ」。1個あたりの報酬として、まず説明すべきことは?`,
      choices: [
        `どちらも1個あたり${pts(normalCapPerUnit.value)}で止まると報告され、合計${pts(cappedTotal)}`,
        `上限はないので、通常報酬${pts(rawNormal)}とボーナス${pts(rawBonus)}で${pts(rawNormal + rawBonus)}`,
        `上限は1個ごとでなく注文全体にかかるので、ボーナスを含めても${pts(normalCapPerUnit.value)}`,
      ],
      answer: 0,
      scenario: true,
      explanation: `料率${applianceRate}%なら通常報酬は${pts(rawNormal)}、Aランクのボーナス${bonusA}%も${pts(rawBonus)}ですが、どちらも1個あたり${pts(normalCapPerUnit.value)}の上限が別々にかかると報告されています。高額な商品ほど、ランクの差は報酬に出にくくなります。`,
    },
    {
      question:
        "自店の社員が、生計を同一にする家族に頼み、自分のROOMの投稿から自店の商品を買ってもらいました。報酬はどうなる?",
      choices: [
        "生計を同一にする家族の購入なので、対象外になる",
        "代金を払ったのは家族なので、通常どおり発生する",
        "社員割引と同じ扱いになり、報酬は半分だけ発生する",
      ],
      answer: 0,
      explanation:
        "楽天アフィリエイトのヘルプでは、本人や、生計を同一にする家族(同居の親族など)の購入は報酬の対象外です。示し合わせた購入も同じ扱いです。",
    },
    {
      question: "店長が「ROOMの報酬は楽天ポイントでもらえるんでしょう?」と言いました。正しい説明はどれ?",
      choices: [
        "楽天ポイントとして、ふだんの買い物で貯まるポイントと一緒に貯まる",
        `楽天キャッシュで受け取り、1ポイントは${formatNumber(yenPerPoint.value)}円分と報告されている`,
        "現金として、登録した銀行口座に毎月振り込まれる",
      ],
      answer: 1,
      explanation: `報酬はポイントで数えますが、受け取るのは楽天ポイントではなく楽天キャッシュです。1ポイントは${formatNumber(yenPerPoint.value)}円分と報告されています。`,
    },
  ],
  "room/rank": [
    {
      question:
        "料率の最も低いジャンルをSランクの人が紹介したときと、最も高いジャンルをCランクの人が紹介したときでは、合計の料率はどうなる?",
      choices: [
        "Cランクのほうが高い(ジャンルの料率の差のほうが大きい)",
        `Sランクのほうが高い(${low + bonusRateFor("S")}%と${high + bonusRateFor("C")}%)`,
        `どちらも${high}%で同じ`,
      ],
      answer: low + bonusRateFor("S") > high + bonusRateFor("C") ? 1 : 0,
      explanation: `Sランクは${low}% + ${bonusRateFor("S")}% = ${low + bonusRateFor("S")}%、Cランクはボーナスがないので${high + bonusRateFor("C")}%です。ランクの差がジャンルの差を上回ることがあります。`,
    },
    {
      question:
        "Cランクのユーザーが「ボーナスが付くBランクに上がりたい」と言っています。Bランクで加わると報告されている条件はどれ?",
      choices: [conditionOf("C"), conditionOf("A"), conditionOf("B")],
      answer: 2,
      explanation: `Bランクで加わる条件は「${conditionOf("B")}」と報告されています。送客人数が問われるのはA・Sランクです。`,
    },
    {
      question: "A・Sランクに必要な送客人数について、正しい説明はどれ?",
      choices: [
        "月ごとに変わり、具体的な人数は公表されていないとされる",
        "毎年同じ人数が決まっていて、楽天がヘルプページで公表している",
        "毎月1日にROOMのアプリで次の月の人数が発表される",
      ],
      answer: 0,
      explanation:
        "A・Sランクの送客人数は月ごとに変わり、具体的な数は公表されていないとされます。断定的な数字を見たら、いつ誰の報告かを確かめます。",
    },
  ],
  "room/limits": [
    {
      question: "フォロー・いいねの上限の数字について、正しい説明はどれ?",
      choices: [
        "ユーザーの実測や報告による非公式の数字で、予告なく変わりうる",
        "楽天がヘルプで公表している数字で、変わるときは事前に予告される",
        "一般アカウントだけの数字で、店舗アカウントには上限がかからない",
      ],
      answer: 0,
      explanation: "楽天は上限を公表していません。表の数字はユーザーの報告で、予告なく変わることがあります。",
    },
    {
      question:
        "新人スタッフが、朝のうちに1時間で上限近くまでフォローしました。このサイトの目安に照らして、まず直すべき点はどれ?",
      choices: [
        "上限に達したら1時間待ってから、同じペースで操作を再開する",
        "上限の半分程度を1日の最大にし、午前・午後・夜に分けて操作する",
        "自動化ツールに任せて、上限の少し手前で止まるように設定しておく",
      ],
      answer: 1,
      explanation:
        "不自然な連続操作は停止のおそれがあるとされます。編集部の目安は、上限の半分程度にとどめ、時間を分けて操作することです。自動化ツールは使いません。",
    },
  ],
  "room/merits": [
    {
      question: "ROOM経由で商品が売れたとき、店舗にかかる費用について正しい説明はどれ?",
      choices: [
        "ユーザーの投稿が表示されるたびに、表示回数に応じた広告費がかかる",
        "紹介してくれたユーザーの人数に応じて、毎月決まった額がかかる",
        "売れたときにアフィリエイト費用がかかり、売れなければかからない",
      ],
      answer: 2,
      explanation:
        "何人に紹介されても、売れなければ費用はかかりません。売れたときに、楽天アフィリエイトの仕組みでアフィリエイト費用がかかります。",
    },
    {
      question: "ユーザーがROOMに投稿した写真を、自店の商品ページで使いたい。必要なことはどれ?",
      choices: [
        "写真の下に投稿者の名前と出典を書けば、許可を取らなくてよい",
        "投稿者から二次利用の許可をもらい、そのやり取りを記録しておく",
        "ROOMに投稿された写真は、楽天市場の中なら自由に使える",
      ],
      answer: 1,
      explanation:
        "UGCを二次利用するには投稿者の許可が必要です。担当者が替わっても困らないよう、やり取りを記録しておきます。",
    },
  ],
  "room/setup": [
    {
      question: "店舗アカウントを作る流れとして正しいものはどれ?",
      choices: [
        "一般アカウントを作り、RMSのR-SNSの画面から切り替えを申請する",
        "RMSの店舗設定から、最初から店舗アカウントとして登録する",
        "ROOM事務局に申込書を送り、店舗アカウントを新しく作ってもらう",
      ],
      answer: 0,
      explanation:
        "まず一般アカウントを作り、RMSのR-SNSの画面から切り替えを申請します。承認されると店舗マークが付きます。",
    },
    {
      question: `取引先の店長にこう言われた。「来週のお買い物マラソンに合わせて、ROOMの店舗アカウントを始めたい」。まず何を確かめる?`,
      choices: [
        "次のマラソンの日程を予想し、その日に合わせて投稿の予約を入れられるか",
        "マラソン中に紹介してもらうため、インフルエンサーに直接連絡できるか",
        `R-SNSとROOM連携が済み、審査(約${switchReviewWeeks.value}${switchReviewWeeks.unit}と報告)に間に合うか`,
      ],
      answer: 2,
      scenario: true,
      explanation: `切り替えには審査の待ち時間があり、およそ${switchReviewWeeks.value}${switchReviewWeeks.unit}と報告されています。間に合わなくても、審査中に一般アカウントで投稿の準備を進められます。セール日程の予想やインフルエンサーへの直接連絡は避けます。`,
    },
    {
      question: "店舗アカウントにひも付ける楽天IDとして望ましいものはどれ?",
      choices: [
        "店舗で管理している運営用の楽天ID",
        "担当者が個人で使っている楽天ID",
        "そのために新しく作った担当者名義のID",
      ],
      answer: 0,
      explanation: "担当者個人のIDは異動や退職のときに困ります。店舗で管理している運営用のIDを使います。",
    },
  ],
  "room/daily": [
    {
      question:
        "雑貨店の店舗アカウントで、投稿が数十件にたまってきました。訪れた人が目的の商品を探しやすくするには?",
      choices: [
        "ショップタグを、自店の投稿すべてに付け直してショップページに集める",
        "古い投稿を削除して、最近の投稿だけが新しい順に並ぶようにする",
        "コレクションでテーマ別に分け、目的に合う名前を付ける",
      ],
      answer: 2,
      explanation:
        "コレクションは投稿をテーマごとにまとめるフォルダのような機能です。「6畳ワンルームの収納アイデア」のように目的で名前を付けます。",
    },
    {
      question: "収納用品の投稿に付けるハッシュタグとして、検索で見つけてもらいやすいものはどれ?",
      choices: [
        "「#収納」「#洗面所」のように用途や場所を表す言葉",
        "商品の型番と正式な商品名だけを、そのまま付ける",
        "店舗名と「#おすすめ」「#人気」のような広い言葉だけを付ける",
      ],
      answer: 0,
      explanation:
        "ユーザーが検索しそうな、どんな悩みを解決するかが伝わる言葉のほうが、検索から見つけてもらいやすくなります。",
    },
  ],
  "room/audience": [
    {
      question: "社内資料に楽天ROOMのユーザー数を書くとき、正しい書き方はどれ?",
      choices: [
        `「楽天の公式発表で約${formatMan(roomUsersEstimate.value, roomUsersEstimate.unit)}」と、出典を楽天として書く`,
        "毎年変わる数字なので、根拠は示さず「数百万人」とだけ書く",
        `「約${formatMan(roomUsersEstimate.value, roomUsersEstimate.unit)}(${roomUsersEstimate.asOf.slice(0, 4)}年時点の推計)」と書く`,
      ],
      answer: 2,
      explanation:
        "ユーザー数は公表されていません。資料に引用するときは、推計であることと時点を必ず書き添えます。",
    },
    {
      question: `${formatIsoMonth(roomFemaleShare.asOf)}の集計として紹介された数字から言えることはどれ?`,
      choices: [
        "ユーザーの中心は20〜40代の女性だった",
        "ユーザーの男女比はほぼ同じだった",
        "ユーザーの中心は30〜50代の男性だった",
      ],
      answer: 0,
      explanation: `${formatIsoMonth(roomFemaleShare.asOf)}の集計では、女性が多く、20〜40代が大半を占めていたと紹介されています。いまも同じとは限らないので、時点を添えて使います。`,
    },
  ],
  "room/sales": [
    {
      question: "ROOMインフルエンサーに自店の商品のPRを頼むとき、正しい方法はどれ?",
      choices: [
        "インフルエンサーの投稿にコメントして依頼する",
        "商品を送り、紹介してもらえたら謝礼を払う",
        "ROOM事務局を通して依頼する",
      ],
      answer: 2,
      explanation:
        "出店者からの直接交渉は規約で禁止されていると紹介されています。依頼はROOM事務局を通します。",
    },
    {
      question:
        "取引先の店長にこう言われた。「うちの商品を紹介してくれた人の投稿を、ショップページにまとめて見せたい」。まず何を確かめる?",
      choices: [
        "店舗アカウントになっていて、投稿にショップタグを付けられるか",
        "紹介してくれた人のROOMランクが、A以上になっているか",
        "LINE公式アカウントへの外部リンクの申請が済んでいるか",
      ],
      answer: 0,
      scenario: true,
      explanation:
        "ショップページは店舗アカウントだけの機能で、店舗がショップタグを付けた投稿がそこに集まります。紹介者のランクや外部リンクは関係ありません。",
    },
    {
      question: "モニター募集やプレゼント企画の条件として、避けるべきものはどれ?",
      choices: [
        "使ってみた感想を、自由に投稿してもらう",
        "「高い評価を付けること」を条件にする",
        "応募できる期間を決めておく",
      ],
      answer: 1,
      explanation: "感想はよい点も気になる点も自由に書いてもらいます。高い評価を条件にするのは避けます。",
    },
  ],
  "room/marketing-mix": [
    {
      question: "「見つけてもらう → 買ってもらう → また買ってもらう」の流れで、ROOMが主に受け持つのはどれ?",
      choices: ["買ってもらう(商品ページで購入を決めてもらう)", "見つけてもらう", "また買ってもらう"],
      answer: 1,
      explanation: "ROOMは口コミ型の入口です。購入は商品ページのCVR改善、再購入はCRMが主に受け持ちます。",
    },
    {
      question:
        "取引先の店長にこう言われた。「クーポンアドバンス広告はRPPと同じクリック課金だから、費用は同じ感覚で見ればいい」。まず何を確かめる?",
      choices: [
        "ROOMでの紹介数に応じて、広告の単価が下がる仕組みがあるか",
        "クーポンアドバンスの広告が、ROOMの投稿にしか表示されないか",
        "使われたクーポンの割引分も、店舗の負担になるか",
      ],
      answer: 2,
      scenario: true,
      explanation:
        "クーポンアドバンス広告は、広告費に加えて使われたクーポンの割引分も店舗が負担すると紹介されています。割引の分まで含めて費用を見積もります。",
    },
  ],
};
