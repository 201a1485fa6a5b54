/**
 * Self-check quizzes for the shop-economics and practice lessons (room/shop-cost, crm/coupon-economics, practice/...).
 * Every figure in a question or a choice is computed from the cores and the case data, never typed.
 */
import { himono, tsukishiro, zakka } from "../../cases/cases";
import { couponBreakEven } from "../../coupon";
import { formatTenthsPercent, roundYen, shopCost } from "../../economics";
import { bonusRateFor, genreByKey, rSnsMonthlyFee, systemFeePercent } from "../../facts";
import { formatNumber, formatYen } from "../../format";
import { formatJaDate } from "../../timeline/format";
import type { QuizSet } from "../quiz";

/** The shop-cost question: one sale of a 3,000円 item in the kitchen genre. */
const kitchen = genreByKey("kitchen");
const kitchenRate = kitchen?.rate ?? 3;
const samplePrice = 3000;
const sampleCost = shopCost({ price: samplePrice, ratePct: kitchenRate, feePct: systemFeePercent.value });
/** A plausible mistake: the shop also pays the S-rank bonus. */
const withBonusMistake = (samplePrice * (kitchenRate + bonusRateFor("S"))) / 100;

/** The break-even question, from case 2's 300円 coupon. */
const be = himono.coupon300;
/** A plausible mistake: break-even computed on the order value instead of the gross profit. */
const revenueBreakeven = couponBreakEven({ ...be.input, margin: 100 }).breakevenTenths ?? 0;

/** Case 3's PR recovery and two plausible mistakes (revenue instead of profit; profit without the affiliate cost). */
const pr = tsukishiro.pr.yen;
const byRevenue = Math.ceil(pr / tsukishiro.room.price);
const byGrossOnly = Math.ceil(pr / ((tsukishiro.room.price * tsukishiro.margin) / 100));

const day = (iso: string | undefined) => formatJaDate(iso ?? "");
const ev = himono.timeline.events;

export const practiceQuizzes: QuizSet = {
  "practice/week-one": [
    {
      question:
        "担当になって3日目、取引先の店長に「数字はいいから、まず全員にクーポンを配る設定をRMSでやっておいて」と言われた。まず何をする?",
      scenario: true,
      choices: [
        "言われたとおり、その場でRMSの設定を変える",
        "先輩に相談し、基準の数字と損益分岐を計算してから進め方を提案する",
        "店長のIDを借りて、すぐに設定する",
        "新任なのでできないと断り、何もしない",
      ],
      answer: 1,
      explanation:
        "最初の週は本番の設定を変えません。全員に同じクーポンを配るのはよくある失敗でもあるため、数字と損益分岐を示して提案します。",
    },
    {
      question: "1日目に、取引先に用意してもらうよう頼むものはどれ?",
      choices: [
        "店長のIDとパスワード",
        "お客様の名簿のファイル",
        "担当者ごとのRMSのIDと、作業に必要な範囲の権限",
        "R-Mailの配信停止者の一覧",
      ],
      answer: 2,
      explanation:
        "IDは担当者ごとに分け、権限は作業に必要な範囲にとどめます。お客様の個人情報を持ち出す必要はありません。",
    },
  ],
  "room/shop-cost": [
    {
      question: `取引先の店長に「ROOM経由で${formatYen(samplePrice)}の商品(料率${kitchenRate}%のジャンル)が1個売れたら、うちはいくら払うの?」と聞かれた。このレッスンの見積もりに近いのはどれ?`,
      scenario: true,
      choices: [
        "0円(ROOMは無料で使える)",
        `約${formatYen(roundYen(sampleCost.ratePart))}(料率分だけ)`,
        `約${formatYen(roundYen(sampleCost.total))}(料率分とシステム利用料)`,
        `約${formatYen(roundYen(withBonusMistake))}(Sランクのボーナスも店舗が払う)`,
      ],
      answer: 2,
      explanation: `店舗が払うのは料率分と、その${formatNumber(systemFeePercent.value)}%と報告されているシステム利用料です。ランクボーナスを店舗が払うという資料は見つかっていません。`,
    },
    {
      question: "ROOMランクボーナスを誰が負担しているかについて、このレッスンの説明と合うのはどれ?",
      choices: [
        "店舗が払うと、楽天が公表している",
        "楽天が払うと、楽天が公表している",
        "ROOMユーザーの通常報酬から差し引かれている",
        "誰が負担しているかは公表されておらず、確かめられていない",
      ],
      answer: 3,
      explanation:
        "店舗が負担するという資料も、楽天が負担するという公式の説明も見つかっていません。取引先にもそのまま伝えます。",
    },
    {
      question: "ROOMの店舗アカウントで毎月かかる費用として説明したものはどれ?",
      choices: [
        "R-SNSの基本利用料",
        "ROOMへの広告費",
        "店舗アカウントの審査料",
        "ROOMインフルエンサーとの月額契約料",
      ],
      answer: 0,
      explanation: `店舗アカウントにはR-SNSの契約が要り、基本利用料は税抜で月額${formatYen(rSnsMonthlyFee.value)}と報告されています。ROOMそのものに広告費はかかりません。`,
    },
  ],
  "crm/coupon-economics": [
    {
      question: `客単価${formatYen(be.input.aov)}、粗利率${formatNumber(be.input.margin)}%、ふだんの再購入率${formatNumber(be.input.base)}%の店舗が${formatYen(be.input.discount)}のクーポンを配る。損益分岐の再購入率はどれ?`,
      choices: [
        `${formatTenthsPercent(be.input.base * 10)}(ふだんの再購入率のまま)`,
        `${formatTenthsPercent(revenueBreakeven)}(客単価から割引を引いて計算)`,
        `${formatTenthsPercent(be.result.breakevenTenths ?? 0)}(粗利から割引を引いて計算)`,
        `${formatTenthsPercent(be.input.lift * 10)}(目標の再購入率と同じ)`,
      ],
      answer: 2,
      explanation: `割引は粗利から出ます。1注文の粗利${formatYen(be.result.perOrder)}から割引を引いた残りで、配らなかったときの粗利に追いつく再購入率が損益分岐です。`,
    },
    {
      question:
        "店長に「同業の店舗が20%OFFのクーポンを出しているから、うちも同じにしたい」と言われた。まず何を確かめる?",
      scenario: true,
      choices: [
        "同業の店舗のクーポンが何枚配られたか",
        "自店の粗利率で、その割引の損益分岐の再購入率がどこになるか",
        "楽天が20%OFFのクーポンを認めているか",
        "割引率を30%にすれば同業に勝てるか",
      ],
      answer: 1,
      explanation:
        "粗利率が違えば、同じ割引率でも損益分岐はまったく違います。割引率だけを他店に合わせるのは危険です。",
    },
    {
      question: "配ったあとにクーポンの効き目を確かめる方法として、このレッスンですすめたのはどれ?",
      choices: [
        "同じ時期にクーポンを受け取らなかったお客様と、再購入率を比べる",
        "使われたクーポンの枚数を数える",
        "レビューの件数を前の月と比べる",
        "配った枚数を前の月と比べる",
      ],
      answer: 0,
      explanation:
        "枚数は作業量です。クーポンがなくても買った人を除いて考えるため、受け取らなかったお客様と比べます。",
    },
  ],
  "practice/rms-steps": [
    {
      question: "支援会社の担当者が取引先のRMSで作業を始める前に、まず取引先に頼むことはどれ?",
      choices: [
        "店長のIDとパスワードを共有してもらう",
        "すべての機能を使える権限を付けてもらう",
        "RMSのマニュアルの画面を撮って送ってもらう",
        "担当者ごとのIDと、作業に必要な範囲の権限を用意してもらう",
      ],
      answer: 3,
      explanation:
        "IDを使い回すと、誰が何を変えたかがわからなくなります。権限は作業に必要な範囲にとどめます。",
    },
    {
      question: "このサイトに書いたRMSのメニューの場所について、正しい説明はどれ?",
      choices: [
        "楽天の公式マニュアルの原文で確かめたものである",
        "支援会社などの説明にもとづく非公式の情報で、見当たらなければRMSの中で確かめる",
        "どの店舗でも同じ画面になると楽天が保証している",
        "画面の写真と照らし合わせて確かめたものである",
      ],
      answer: 1,
      explanation:
        "RMSのマニュアルはログインが必要で、原文は確かめられていません。画面の名前は変わることがあります。",
    },
  ],
  "practice/case-zakka": [
    {
      question: `事例1で紹介経由の売上が月${formatYen(zakka.room.monthlySales)}になったとき、R-SNSの利用料を含めた店舗の月の費用の見積もりに近いのはどれ?`,
      choices: [
        `約${formatYen(rSnsMonthlyFee.value)}(R-SNSの利用料だけ)`,
        `約${formatYen(roundYen(zakka.room.costPerMonth.ratePart))}(料率分だけ)`,
        `約${formatYen(roundYen(zakka.room.costPerMonth.total))}(料率分とシステム利用料)`,
        `約${formatYen(zakka.monthlyTotal)}(料率分、システム利用料、R-SNSの利用料)`,
      ],
      answer: 3,
      explanation:
        "紹介経由で売れた分の料率分とシステム利用料に、毎月のR-SNSの利用料を足したものが、店舗の月の負担の見積もりです。",
    },
    {
      question: "事例1で、店長の「社員が個人のROOMでトレーを紹介する」という案はどう直した?",
      choices: [
        "「#PR」を付ければ、そのまま進めてよいとした",
        "紹介は店舗アカウントから行うことにした",
        "社員の身内のアカウントから紹介することにした",
        "受け取った報酬を店舗に戻せばよいとした",
      ],
      answer: 1,
      explanation:
        "店舗の関係者が自店の商品を自分のアフィリエイトのリンクで紹介することは規約で禁じられていると説明されています。自社の商品は店舗アカウントから紹介します。",
    },
  ],
  "practice/case-himono": [
    {
      question: `事例2の設定で${day(ev.order)}に注文したお客様の再購入クーポンが使えるようになる日はどれ?`,
      choices: [day(ev.ship), day(ev.arrival), day(ev.review), day(ev["coupon-start"])],
      answer: 3,
      explanation: `発送は${day(ev.ship)}、到着の目安は${day(ev.arrival)}で、クーポンは到着の${formatNumber(himono.timeline.params.couponAfter ?? 0)}日後から使えます。`,
    },
    {
      question: `事例2で、${formatYen(himono.coupon400.input.discount)}ではなく${formatYen(himono.coupon300.input.discount)}のクーポンから始めた理由はどれ?`,
      choices: [
        `${formatYen(himono.coupon400.input.discount)}では、目標の再購入率に届いても利益がほとんど増えないから`,
        `楽天が${formatYen(himono.coupon400.input.discount)}以上のクーポンを認めていないから`,
        "安いクーポンのほうが配る枚数を増やせるから",
        "レビューを書いた人への特典に使うから",
      ],
      answer: 0,
      explanation: `損益分岐の再購入率が${formatTenthsPercent(himono.coupon400.result.breakevenTenths ?? 0)}で、目標の${formatNumber(himono.coupon400.input.lift)}%とほとんど同じだったためです。`,
    },
  ],
  "practice/case-agency": [
    {
      question: `事例3で、「${tsukishiro.pr.name}」の費用を取り戻すのに必要な追加の注文数に近いのはどれ?`,
      choices: [
        `約${formatNumber(byRevenue)}件(売上で割る)`,
        `約${formatNumber(byGrossOnly)}件(粗利で割り、アフィリエイト費用を引かない)`,
        `約${formatNumber(tsukishiro.ordersToRecoverPr)}件(粗利からアフィリエイト費用を引いた残りで割る)`,
        "1件(PRで売れた最初の注文で取り戻せる)",
      ],
      answer: 2,
      explanation: `ROOM経由の1注文から残るのは、粗利からアフィリエイト費用を引いた約${formatYen(roundYen(tsukishiro.profitPerOrder))}です。PRの費用をこれで割ります。`,
    },
    {
      question: "支援会社が施策を進めていても、投稿の広告の表示について責任を負うのは誰?",
      choices: ["支援会社", "投稿したインフルエンサー", "楽天", "広告主であるクライアントの店舗"],
      answer: 3,
      explanation:
        "ステマ規制の対象は、表示の内容の決定に関わった広告主です。支援会社は、その店舗が守れるよう計画を直す役割です。",
    },
  ],
  "practice/common-mistakes": [
    {
      question:
        "取引先の店長に「フォローを増やすために自動フォローのツールを入れたい」と言われた。どう答える?",
      scenario: true,
      choices: [
        "上限を超えるとアカウントを止められるおそれがあるので、相手を選んで手で行う",
        "夜中に動かせば目立たないので問題ない",
        "店舗アカウントには上限がないので問題ない",
        "フォローよりいいねのほうが上限が高いので、いいねだけツールで行う",
      ],
      answer: 0,
      explanation:
        "フォローといいねには報告されている上限があり、短い時間に大量に行うとアカウント停止のおそれがあります。",
    },
    {
      question: "再購入クーポンの効果を判断する数字として適切なのはどれ?",
      choices: [
        "配ったクーポンの枚数",
        "クーポンを受け取らなかった同じ時期のお客様と比べた再購入率",
        "使われたクーポンの枚数",
        "メールの送信数",
      ],
      answer: 1,
      explanation:
        "配布や使用の枚数は作業量です。割引がなくても買った人を除くため、受け取らなかったお客様と比べます。",
    },
  ],
};
