/** Self-check quizzes for the crm lessons, keyed by lesson slug ("crm/..."); figures and dates come from src/lib. */
import { couponValidityMaxDays, couponValidityMinDays } from "../../facts/crm";
import { formatWithUnit } from "../../format";
import "../../timeline/holiday-data"; // questions about dates are computed at build time with the holiday table
import { nthBusinessDayAfter } from "../../timeline/business";
import { addDays } from "../../timeline/dates";
import { formatJaDate } from "../../timeline/format";
import { nationalHoliday } from "../../timeline/holidays";
import type { QuizSet } from "../quiz";

/** 「7〜14日」 from the coupon facts. */
const couponRange = `${couponValidityMinDays.value}〜${formatWithUnit(couponValidityMaxDays.value, couponValidityMaxDays.unit)}`;

/** The arrival question: shipped on a Friday before a Monday holiday, two days in transit. */
const shipped = "2026-11-20";
const transit = 2;
const holiday = "2026-11-23";
const arrival = addDays(shipped, transit);
/** The wrong answer a reader gets by skipping weekends and holidays in transit. */
const arrivalBusiness = nthBusinessDayAfter(shipped, transit, {
  closedWeekdays: ["sat", "sun"],
  closedRanges: [],
});
const arrivalPlusOne = addDays(arrival, 1);

export const crmQuizzes: QuizSet = {
  "crm/why": [
    {
      question: "楽天市場でCRMが売上の安定に効く、いちばんの理由はどれ?",
      choices: [
        "楽天が、メールをよく送る店舗を検索結果で優遇すると決めているから",
        "同じ商品を扱う店舗が多く、再び同じ店舗で買ってもらえるかで売上が変わるから",
        "CRMを始めると、新しいお客様を集めるための広告費がほとんどかからなくなるから",
      ],
      answer: 1,
      explanation:
        "同じ商品を複数の店舗が扱う市場では、価格やポイントだけでは選ばれ続けません。再購入が売上と利益を左右します。",
    },
    {
      question: "CRMを始める前に決める3つのことに、含まれないものはどれ?",
      choices: [
        "誰に送るか(買った時期や回数)",
        "いつ送るか(注文直後か、届いたころか)",
        "毎月のメール配信数の目標",
        "再購入までの道筋(次に何をしてもらうか)",
      ],
      answer: 2,
      explanation:
        "決めるのは「誰に」「いつ」「どんな道筋で再購入してもらうか」です。配信数は結果であって、目標にすると作業だけが増えます。",
    },
  ],
  "crm/post-purchase-mail": [
    {
      question: "購入後フォローメールのいちばんの目的はどれ?",
      choices: [
        "一緒に使える関連商品を紹介して、追加の注文をもらうこと",
        "メルマガの登録者を増やすこと",
        "注文した商品を安心して待ってもらうこと",
      ],
      answer: 2,
      explanation: "最初の連絡は販売促進ではなく、「この店舗で問題なく買えた」と感じてもらうためのものです。",
    },
    {
      question: `${formatJaDate(shipped)}に発送し、配送に${transit}日かかる注文です。${formatJaDate(holiday)}は${nationalHoliday(holiday) ?? "祝日"}です。メールに書く届く目安はいつ?`,
      choices: [
        `${formatJaDate(arrivalBusiness ?? arrivalPlusOne)}(土日祝日を除いて数える)`,
        formatJaDate(arrival),
        `${formatJaDate(arrivalPlusOne)}(祝日の分を1日足す)`,
      ],
      answer: 1,
      explanation: `配送は土日祝日も動くので、発送日に配送の日数を暦どおりに足します。${formatJaDate(shipped)} + ${transit}日 = ${formatJaDate(arrival)}です。店舗の休業日や祝日で変わるのは発送日だけです。`,
    },
    {
      question: "購入後フォローメールに入れないほうがよいものはどれ?",
      choices: [
        "お礼の一文(長い挨拶にしない)",
        "届くまでの日数の目安(◯日ごろ)",
        "問い合わせ先(メールの最後に固定)",
        "ほかの商品のランキングとクーポン",
      ],
      answer: 3,
      explanation:
        "情報を詰め込むと肝心の届く目安が読まれなくなります。商品紹介やクーポンは別の連絡に回します。",
    },
  ],
  "crm/repurchase-coupon": [
    {
      question:
        "取引先の店長にこう言われた。「再購入クーポンは、忘れられないように有効期限を3日にしたい」。まず何を確かめる?",
      choices: [
        "届いて使い始めるまでの日数を考えても、期限内に使えるか",
        "楽天が決めている再購入クーポンの有効期限の下限が何日か",
        "同じ商品を売るほかの店舗が、何日のクーポンを出しているか",
      ],
      answer: 0,
      scenario: true,
      explanation: `期限が短すぎると、使い始める前に切れてしまいます。支援会社の目安は${couponRange}で、楽天の決まりではありません。届くまでの日数と良さがわかるまでの時間を足して、その少し先で切れるように合わせます。`,
    },
    {
      question: "再購入クーポンの配り方として望ましいものはどれ?",
      choices: [
        "購入者全員に、同じ割引率と同じ条件のクーポンを一斉に配る",
        "配布枚数を目標にして、できるだけ多くのお客様に届くよう配る",
        "お客様の状態(買ったばかり・休眠など)で対象や割引を変える",
      ],
      answer: 2,
      explanation:
        "買ったばかりの人と、しばらく買っていない人では、次の一歩の重さが違います。同じクーポンを全員に配るのは典型的な失敗です。",
    },
    {
      question: "再購入クーポンの効き目を確かめる方法として適切なものはどれ?",
      choices: [
        "配った枚数を前の月と比べて、増えていれば効いたと判断する",
        "同じ時期に、受け取った人とそうでない人の再購入を比べる",
        "クーポン取得ページの閲覧数と、取得された枚数を数える",
      ],
      answer: 1,
      explanation:
        "配布枚数や閲覧数は作業量です。条件をそろえた2つのグループで再購入を比べると、効き目が見えます。",
    },
  ],
  "crm/segments": [
    {
      question: "2回以上買ってくれているお客様に送る内容として向いているものはどれ?",
      choices: [
        "商品の基本的な使い方と、保管のときの注意",
        "関連商品や、そろそろ買い足す時期のお知らせ",
        "初めて買う方向けの、割引の大きいクーポンと店舗の紹介",
      ],
      answer: 1,
      explanation:
        "リピーターには、一緒に使える商品や補充のタイミングを知らせると、自然な流れで次の注文につながります。",
    },
    {
      question: "何日空いたら休眠とみなすか。決め方として適切なものはどれ?",
      choices: [
        "商品を使い切るまでの期間を基準に、店舗ごとに決める",
        "どの店舗も、どの商品でも、最後の購入から30日で区切る",
        "楽天が休眠顧客として決めている日数に合わせる",
      ],
      answer: 0,
      explanation: "使い切るまでの期間は商品によって違います。その期間を基準に、店舗ごとに決めます。",
    },
    {
      question: "お客様を分けるとき、最初は購入履歴だけで分けることをすすめる理由はどれ?",
      choices: [
        "年齢や地域の情報は、楽天市場では使ってはいけないから",
        "配信の回数を減らせるから",
        "誰に何を送ったかと、その結果の関係が見えやすいから",
      ],
      answer: 2,
      explanation:
        "買った時期と回数で分けると、送った内容と反応の関係を比べやすくなります。年齢や地域で分けるのは、その次の段階です。",
    },
  ],
  "crm/reviews": [
    {
      question: "食品の詰め合わせを買ったお客様へのレビュー依頼は、いつ送るのがよい?",
      choices: [
        "注文を受けた直後(まだ忘れないうちに)",
        "届いたあと、食べ終わるころ",
        "届いた当日(箱を開けたばかりのころ)",
      ],
      answer: 1,
      explanation:
        "実際に使ってからでないと感想は書けません。到着から数日〜1週間後が目安で、食品なら食べ終わるころに合わせます。",
    },
    {
      question: "レビューを書いてくれた人への特典のうち、楽天市場で禁止とされているのはどれ?",
      choices: [
        "評価に関係なく、レビューを書いた人全員に次回以降の買い物で使える再購入クーポンを送る",
        "レビューとは関係なく、初めて買った人全員に再購入クーポンを送る",
        "「レビューを書いてくだされば、今回のご注文を送料無料にします」と約束する",
      ],
      answer: 2,
      explanation:
        "禁止とされているのは、今回の注文への特典(値引き・送料無料・おまけの同梱など)と、評価で中身が変わる特典です。評価に関係なく全員に渡す再購入クーポンは、広く使われていると報告されています。",
    },
    {
      question:
        "取引先の店長にこう言われた。「レビューを増やしたいので、書いてくれた人にお礼を出したい」。まず何を確かめる?",
      choices: [
        "今回の注文への特典や、評価で中身が変わる特典になっていないか",
        "お礼の金額が、商品代金の1割以下に収まっているかどうか",
        "レビューの文字数が、楽天の決めた最低の文字数を超えているか",
      ],
      answer: 0,
      scenario: true,
      explanation:
        "確かめるのは、今回の注文への特典になっていないか、評価や内容で変わる特典になっていないかです。次回以降の買い物に使える再購入クーポンを、評価に関係なく全員に渡す形なら広く使われています。",
    },
    {
      question: "問い合わせ対応で、再購入につながりやすいものはどれ?",
      choices: [
        "定型文をそのまま、できるだけ早く、全員に同じ文面で返す",
        "正確さを優先して、返事は週末にまとめて丁寧に送る",
        "よくある質問のページのURLだけを返して、読んでもらう",
        "受付と回答期限をまず伝え、答えを最初の一文に書く",
      ],
      answer: 3,
      explanation:
        "返事の早さと、要点がすぐわかる答え方の両方が信頼を左右します。定型文にも相手の質問に合わせた一文を足します。",
    },
  ],
  "crm/failures": [
    {
      question: "「施策が1回きりで終わる」状態の典型はどれ?",
      choices: [
        "毎月の開封率とクリック率を見て、次の件名を決めている",
        "送りっぱなしで、数字を見ずに次の内容を決めている",
        "施策を1つに絞り、受け取った人の再購入を確かめている",
      ],
      answer: 1,
      explanation: "結果を振り返らないと、何が効いたのかわからないまま同じことを繰り返すことになります。",
    },
    {
      question:
        "取引先の店長にこう言われた。「今月はクーポンを300枚配ったから、CRMはうまくいっている」。まず何を確かめる?",
      choices: [
        "来月は400枚配れるだけの予算が取れているか",
        "クーポンの割引率が、ほかの店舗より大きいかどうか",
        "受け取った人の再購入が、配ったあとに増えたか",
      ],
      answer: 2,
      scenario: true,
      explanation:
        "配った枚数は作業量であって成果ではありません。確かめるのは、その施策のあとに再購入が増えたかどうかです。",
    },
  ],
  "crm/roadmap": [
    {
      question: "楽天CRMで最初に整える施策はどれ?",
      choices: [
        "しばらく買っていない休眠顧客への、割引つきの配信",
        "購入直後のお客様への対応(購入後フォローメール)",
        "LINE公式アカウントの友だちを増やすキャンペーン",
      ],
      answer: 1,
      explanation: "購入直後の対応がいちばん手間が少なく、効果も見やすいため、ここから整えます。",
    },
    {
      question: "メールの開封率は高いのに、クリック率が低い。まず見直すのはどこ?",
      choices: ["件名と、メールを送る時刻", "送り先のリストと、配信の回数", "本文の内容と、リンクの置き方"],
      answer: 2,
      explanation:
        "開かれているのに押されないなら、中身がお客様に合っていないか、次に何をすればよいかがわかりにくいと考えます。",
    },
    {
      question: "開封率が低いメールで、クリック率も低く出ました。正しい読み方はどれ?",
      choices: [
        "開かれない分だけ低く出るので、先に件名と時刻で開封率を整える",
        "本文の中身が悪いとはっきりしたので、まず本文を書き直す",
        "クリック率は開かれたメールだけで計算するので、開封率とは関係ない",
      ],
      answer: 0,
      explanation:
        "このサイトではクリック率を、送ったメールのうちリンクが押された割合としています。開封率が低いと中身が良くてもクリック率は伸びないので、件名の問題と中身の問題を分けて確かめます。",
    },
  ],
  "crm/templates": [
    {
      question: "レビュー依頼のテンプレートに書き足してはいけない一文はどれ?",
      choices: [
        "「良かった点も気になった点も、率直にお聞かせください」",
        "「星5つの方には次回10%OFFクーポンをお送りします」",
        "「使い方でお困りのことがあれば、このメールに返信してください」",
      ],
      answer: 1,
      explanation:
        "評価で中身が変わる特典は禁止とされています。再購入クーポンを渡すなら、評価に関係なく全員に同じものを渡すと明記します。",
    },
    {
      question: "購入後フォローメールのテンプレートで、届く目安の日付はどう数える?",
      choices: [
        "発送日に、配送の日数を暦どおりに足す",
        "発送日から、土日祝日を除いた日数で数える",
        "注文日から、店舗の営業日だけで数える",
      ],
      answer: 0,
      explanation:
        "配送は土日祝日も動きます。休業日を避けて数えるのは発送日だけで、そこから先は暦どおりに数えます。",
    },
  ],
};
