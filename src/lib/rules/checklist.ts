/** The questions of 「この施策は大丈夫?」: one per rule, each with what to check on 「はい」 and what stops the plan. */
import { z } from "zod";
import { rulePages, type RuleId } from "./pages";

const ruleIds = Object.keys(rulePages) as [RuleId, ...RuleId[]];

export const checkStepSchema = z.object({
  /** Anchor of the step on the page (#step-…). */
  id: z.string().regex(/^step-[a-z-]+$/),
  /** The question, a plain-form question ending in a half-width ?. */
  question: z.string().regex(/[^?]\?$/),
  /** The rule lesson that explains the answer. */
  rule: z.enum(ruleIds),
  /** What to check or do when the answer is yes. */
  ifYes: z.array(z.string().min(1)).min(1),
  /** What makes the plan a breach: change the plan before going on. */
  stop: z.string().min(1),
});
export type CheckStep = z.infer<typeof checkStepSchema>;

export const checkSteps: CheckStep[] = z
  .array(checkStepSchema)
  .min(5)
  .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, "id が重複しています")
  .parse([
    {
      id: "step-request",
      question: "誰かに投稿や紹介を頼む、または商品やお金を渡す?",
      rule: "stealth",
      ifYes: [
        "投稿には「広告」「PR」などの表示を付けてもらうと、依頼の時点で伝えた",
        "表示を投稿の見える位置に置いてもらい、大量のハッシュタグに紛れさせない",
        "「高い評価で」「良い点だけ」のように、感想の中身を指定していない",
        "ROOMインフルエンサーへの依頼は、ROOM事務局を通している",
      ],
      stop: "広告であることを示さずに投稿してもらう約束は、店舗が景品表示法に反することになります。",
    },
    {
      id: "step-staff",
      question: "店舗の社員や身内が、個人のアカウントで自社の商品を紹介する?",
      rule: "affiliate",
      ifYes: [
        "自社の商品は店舗アカウントから投稿する",
        "個人のROOMで自社の商品を投稿しない(投稿はアフィリエイトのリンクになる)",
        "個人のSNSで触れるときは、店舗の関係者であることがわかるように書く",
      ],
      stop: "社員が個人のROOMで自社の商品を紹介し、報酬を受け取る運用は規約に反し、広告であることも隠れます。",
    },
    {
      id: "step-review",
      question: "レビューを増やすための施策?",
      rule: "reviews",
      ifYes: [
        "今回の注文には、値引き・送料無料・おまけ・キャッシュバックを付けない",
        "評価の高さや書く内容で、特典を変えない",
        "特典を渡すなら、評価に関係なく書いた人全員に、次回以降の買い物に使える再購入クーポンにする",
        "依頼文で星の数を求めていない",
      ],
      stop: "「レビューを書いたら今回の注文を送料無料」「星5つで割引」は、楽天市場のルールで認められていません。",
    },
    {
      id: "step-mail",
      question: "メールで宣伝やクーポンを送る?",
      rule: "email",
      ifYes: [
        "送る相手は、購読に同意した人(R-Mailの購読者など)に限っている",
        "送信者名、配信停止の方法、住所、問い合わせ先を入れている",
        "配信停止の申し出は、次の配信の前に反映される",
        "注文や発送の連絡に足す宣伝は、短い案内にとどめている",
      ],
      stop: "よそから集めたアドレスや、配信を止めた人に広告のメールを送ることは、特定電子メール法に反します。",
    },
    {
      id: "step-price",
      question: "値引き、「○%OFF」、「通常価格」を見せる?",
      rule: "price",
      ifYes: [
        "比べる「通常価格」は、最近相当期間にわたって実際に売っていた価格である",
        "「○%OFF」の元になる価格が何かを書いている",
        "同じ条件のクーポンを、間を空けずに繰り返していない",
      ],
      stop: "売ったことのない価格を「通常価格」として消して見せる表示は、有利誤認にあたるおそれがあります。",
    },
    {
      id: "step-referral",
      question: "ROOM経由の購入を身内や知人に頼む、またはセールの日程を予想して流す?",
      rule: "affiliate",
      ifYes: [
        "生計を同一にする家族(同一世帯)の購入は、成果の対象にならない",
        "知人や取引先と示し合わせた購入は、疑わしいものも含めて禁止されている",
        "楽天市場でまだ公開されていないキャンペーンの日程や予想は流さない",
      ],
      stop: "どれも楽天アフィリエイトガイドラインの禁止行為です。計画そのものをやめてください。",
    },
    {
      id: "step-external",
      question: "楽天市場の外(自社サイト、LINE、Instagram)へ案内する?",
      rule: "affiliate",
      ifYes: [
        "SNSへのリンクはR-SNSの機能で載せている",
        "それ以外の外部のURLは、外部リンク申請で認められたものだけを載せている",
      ],
      stop: "申請せずに楽天市場の外のURLを店舗ページやメールに載せると、違反点数の対象になると説明されています。",
    },
  ]);
