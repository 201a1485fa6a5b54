/** 楽天ROOM facts beyond rewards: rank conditions, follow/like limits, audience, setup, influencer programme. */
import { z } from "zod";
import { ranks } from "./reward";
import { factMeta, numberFact, textFact } from "./schema";

/** Year the 楽天ROOM service started. */
export const roomLaunchYear = textFact.parse({
  label: "楽天ROOMのサービス開始",
  value: "2014年",
  source: ["mynavi-room-launch-2014", "ecpro-room-launch", "jagoo-room"],
  asOf: "2026-11-29",
  since: "2014-06-30",
  status: "reported",
  note: "2014年6月30日に提供が始まったと報道されています(楽天の発表文は確認できていません)。",
});

/** Estimated number of ROOM users (Rakuten does not publish it). */
export const roomUsersEstimate = numberFact.parse({
  label: "楽天ROOMのユーザー数(推計)",
  value: 3_800_000,
  unit: "人",
  source: "jagoo-room",
  asOf: "2025-01-01",
  status: "reported",
  note: "楽天はユーザー数を公表しておらず、実務家による推計です。",
});

/** Share of ROOM users who are women, from ROOM's own tally. */
export const roomFemaleShare = numberFact.parse({
  label: "ユーザーに占める女性の割合",
  value: 7,
  unit: "割",
  source: "jagoo-room",
  asOf: "2022-04-01",
  status: "reported",
  note: "楽天ROOMが2022年4月に集計した数字として紹介されています(楽天の公表ページは確認できていません)。",
});

/** Share of ROOM users aged 20 to 49, from the same tally. */
export const roomAge20to40sShare = numberFact.parse({
  label: "ユーザーに占める20〜40代の割合",
  value: 8,
  unit: "割",
  source: "jagoo-room",
  asOf: "2022-04-01",
  status: "reported",
  note: "楽天ROOMが2022年4月に集計した数字として紹介されています(楽天の公表ページは確認できていません)。",
});

/** The genre with the most posted items in the same tally. */
export const roomTopPostedGenre = textFact.parse({
  label: "投稿が多いジャンル",
  value: "インテリア・寝具・収納",
  source: "jagoo-room",
  asOf: "2022-04-01",
  status: "reported",
});

/** Who does not earn: the poster's own purchases and those of people sharing the poster's living (official wording). */
export const selfPurchaseRule = textFact.parse({
  label: "本人・生計を同一にする家族の購入",
  value:
    "紹介した本人や、本人と生計を同一にする家族(同居の親族など)が、そのリンクやROOMから買っても報酬は発生しない",
  source: ["rakuten-affiliate-faq-family", "rakuten-affiliate-guideline-help", "rakuten-affiliate-guideline"],
  asOf: "2026-11-29",
  status: "official",
  note: "本人の購入については、ガイドラインに「当社が定める例外を除く」とあります。",
});

/** Purchases arranged with acquaintances, relatives or business contacts do not count either (official). */
export const collusionRule = textFact.parse({
  label: "示し合わせた購入",
  value:
    "知人・親戚・取引関係者などと示し合わせて買ってもらった場合も報酬は発生せず、違反すると予告なく利用停止になることがある",
  source: ["rakuten-affiliate-faq-family", "rakuten-affiliate-guideline"],
  asOf: "2026-11-29",
  status: "official",
});

/** A ROOM store account earns no reward on its own posts. */
export const storeAccountNoReward = textFact.parse({
  label: "店舗アカウントの報酬",
  value: "店舗アカウントの投稿から売れても、店舗に報酬は支払われない",
  source: "gk-post-room-shop-account",
  asOf: "2026-11-29",
  status: "reported",
});

/** Points not yet settled by any source we could check: tax, shipping and rounding. */
export const unconfirmedRewardRules = z.array(textFact).parse(
  [
    ["消費税", "報酬の計算のもとになる価格に消費税を含むかどうか"],
    ["送料", "送料が報酬の計算に含まれるかどうか"],
    ["端数", "1ポイント未満の端数の扱い(切り捨てか四捨五入か)"],
  ].map(([label, value]) => ({
    label,
    value,
    source: ["rakuten-affiliate-guideline", "itone-rakuten-affiliate", "jagoo-room"],
    asOf: "2026-11-29",
    status: "editorial",
    note: "これらの出典を読んでも書かれていなかった点として、編集部がまとめたものです。",
  })),
);

/** Where 楽天キャッシュ can be spent. */
export const rakutenCashUse = textFact.parse({
  label: "楽天キャッシュの使い道",
  value: "楽天市場での買い物や楽天ペイ加盟店での支払い",
  source: "jagoo-room",
  asOf: "2026-11-29",
  status: "reported",
});

const rankConditionSchema = factMeta.extend({
  rank: z.enum(ranks),
  /** What a user has to do to reach this rank, on top of the conditions of the rank below. */
  conditions: z.array(z.string().min(1)).min(1),
});

/** What each ROOM rank asks for, from E up to S. */
export const rankConditions = z
  .array(rankConditionSchema)
  .length(ranks.length)
  .parse(
    (
      [
        ["E", ["プロフィールを登録する", "検索で商品を探す", "ほかのユーザーをフォローし、投稿にいいねする"]],
        ["D", ["フォローした数と、投稿にいいねした数をEランクのときより伸ばす"]],
        ["C", ["フォローした数と、投稿にいいねした数をDランクのときより伸ばす"]],
        ["B", ["自分で撮った写真(オリジナル写真)で投稿する"]],
        ["A", ["Bランクより多くの人を楽天市場へ送客する(必要な人数は月ごとに変わる)"]],
        ["S", ["Aランクより多くの人を楽天市場へ送客する(必要な人数は月ごとに変わる)"]],
      ] as const
    ).map(([rank, conditions]) => ({
      rank,
      conditions: [...conditions],
      label: `${rank}ランクの条件`,
      source: ["jagoo-room", "ginjirou-room-rank", "kenkenken-room-rank"],
      asOf: "2026-11-29",
      status: "reported",
    })),
  );

/** Rank is re-evaluated every month. */
export const rankReevaluation = textFact.parse({
  label: "ランクの見直し",
  value: "毎月",
  source: "ginjirou-room-rank",
  asOf: "2026-11-29",
  status: "reported",
  note: "B〜Sは毎月1日に、E〜Cは条件を満たした翌日に変わるという報告もあります。",
});

/** Numbers Rakuten does not publish about ranks. */
export const rankUnpublished = z.array(textFact).parse([
  {
    label: "A・Sランクに必要な送客人数",
    value: "月ごとに変わり、具体的な人数は公表されていない",
    source: ["jagoo-room", "ginjirou-room-rank"],
    asOf: "2026-11-29",
    status: "reported",
  },
  {
    label: "C・Dランクに必要なフォロー数・いいね数",
    value: "目標となる数値は公表されていない",
    source: "jagoo-room",
    asOf: "2026-11-29",
    status: "reported",
  },
]);

const actionLimitSchema = factMeta.extend({
  action: z.enum(["フォロー", "いいね"]),
  /** The window the limit counts over, in words. */
  window: z.string().min(1),
  value: z.number().int().positive(),
  unit: z.enum(["人", "件"]),
  /** True when the figure is itself a guess by the people who reported it. */
  estimate: z.boolean().default(false),
});
export type ActionLimit = z.infer<typeof actionLimitSchema>;

/** Follow and like limits as measured and reported by users (Rakuten publishes none of them). */
export const actionLimits = z.array(actionLimitSchema).parse(
  [
    {
      action: "フォロー",
      window: "フォローできる総数",
      value: 100_000,
      unit: "人",
      note: "ふだんの運用で届くことはまずない水準です。",
    },
    {
      action: "フォロー",
      window: "1時間あたり",
      value: 100,
      unit: "人",
      note: "上限に達すると「ご利用上限数に達しています」といった表示が出て、しばらく操作できなくなります。",
    },
    {
      action: "フォロー",
      window: "24時間あたり",
      value: 1000,
      unit: "人",
      note: "午前0時に戻るのではなく、最初のフォローから24時間たつと解除されると報告されています。",
    },
    {
      action: "いいね",
      window: "1時間あたり",
      value: 300,
      unit: "件",
      note: "制限の表示が出たあと、時間をおけばまた使えます。",
    },
    {
      action: "いいね",
      window: "24時間あたり",
      value: 800,
      unit: "件",
      estimate: true,
      note: "以前は1,000件ほどと言われ、最近は800〜900件で止まるという報告があります。",
    },
  ].map((l) => ({
    ...l,
    label: `${l.action}の上限(${l.window})`,
    source: "jagoo-room",
    asOf: "2026-11-29",
    status: "reported",
  })),
);

/** Rapid bursts of follows can get an account suspended. */
export const burstFollowRisk = textFact.parse({
  label: "短時間の連続フォロー",
  value: "不自然な連続操作は規約違反とみなされ、アカウント停止につながるおそれがある",
  source: "jagoo-room",
  asOf: "2026-11-29",
  status: "reported",
});

/** R-SNS is a paid RMS service; these are the channels it covers. */
export const rSnsChannels = textFact.extend({ channels: z.array(z.string()).min(1) }).parse({
  label: "R-SNSで使えるSNS",
  value: "楽天市場の出店者向けの有料サービス",
  channels: ["Facebook", "Instagram", "LINE公式アカウント", "楽天ROOMの店舗アカウント"],
  source: ["jagoo-room", "dinnovation-r-sns"],
  asOf: "2026-11-29",
  status: "reported",
});

/** Fields entered when creating a general ROOM account. */
export const generalAccountFields = textFact.extend({ fields: z.array(z.string()).min(1) }).parse({
  label: "一般アカウントの初期設定",
  value: "一般アカウントの作成時に入力する項目",
  fields: ["プロフィール画像", "ROOMユーザー名", "ROOM URL", "興味があるジャンル"],
  source: "jagoo-room",
  asOf: "2026-11-29",
  status: "reported",
});

/** Name of the RMS form that switches a general account to a store account. */
export const switchFormName = textFact.parse({
  label: "切り替え申請のフォーム",
  value: "ROOMアカウントタイプ切り替え申請フォーム",
  source: "jagoo-room",
  asOf: "2026-11-29",
  status: "reported",
});

/** Typical review time of the switch request. */
export const switchReviewWeeks = numberFact.parse({
  label: "店舗アカウント切り替えの審査期間(目安)",
  value: 2,
  unit: "週間",
  source: "jagoo-room",
  asOf: "2026-11-29",
  status: "reported",
  note: "申請からおよそ2週間という目安で、前後することがあります。",
});

/** Conditions Rakuten lists when recruiting ROOMインフルエンサー. */
export const influencerConditions = factMeta
  .extend({
    ranks: z.array(z.enum(ranks)).min(1),
    minSnsFollowers: z.number().int().positive(),
    conditions: z.array(z.string().min(1)).min(1),
  })
  .parse({
    label: "ROOMインフルエンサーの募集条件",
    ranks: ["A", "S"],
    minSnsFollowers: 10_000,
    conditions: [
      "ROOMランクがAまたはS",
      "フォロワー10,000人以上のSNSアカウントを持っている",
      "インフルエンサーとしてROOMに積極的に取り組める",
    ],
    source: "jagoo-room",
    asOf: "2026-11-29",
    status: "reported",
  });

const prCostSchema = z.discriminatedUnion("kind", [
  /** A price starting at `yen`. */
  z.object({ kind: z.literal("from"), yen: z.number().int().positive() }),
  /** A fixed fee starting at `yen` plus a royalty on sales. */
  z.object({
    kind: z.literal("fixedPlusRoyalty"),
    yen: z.number().int().positive(),
    royaltyPercent: z.number().positive(),
  }),
  /** Depends on who introduces it and what is published. */
  z.object({ kind: z.literal("varies") }),
]);
export type PrCost = z.infer<typeof prCostSchema>;

const prMenuItemSchema = factMeta.extend({
  key: z.string().regex(/^[a-z][a-z-]*$/),
  name: z.string().min(1),
  summary: z.string().min(1),
  cost: prCostSchema,
});
export type PrMenuItem = z.infer<typeof prMenuItemSchema>;

/** PR menu for asking ROOMインフルエンサー to feature a shop's items (arranged through ROOM事務局). */
export const prMenu = z.array(prMenuItemSchema).parse(
  [
    {
      key: "sale",
      name: "SALE情報の拡散",
      summary: "お買い物マラソンなどのセール期間に、店舗のお得な情報を広めてもらう",
      cost: { kind: "from", yen: 500_000 },
    },
    {
      key: "interview",
      name: "取材モニター広告(ブランドストーリーのPR)",
      summary: "開発の経緯やブランドへの思いを取材してもらい、投稿として紹介してもらう",
      cost: { kind: "varies" },
    },
    {
      key: "sample-box",
      name: "サンプルBOX(商品)の提供",
      summary: "商品を実際に使ってもらい、その感想を投稿で伝えてもらう",
      cost: { kind: "from", yen: 500_000 },
    },
    {
      key: "collab",
      name: "ROOMコラボ商品の開発",
      summary: "インフルエンサーと一緒にオリジナル商品をつくり、話題とファンづくりにつなげる",
      cost: { kind: "fixedPlusRoyalty", yen: 600_000, royaltyPercent: 9 },
    },
  ].map((item) => ({
    ...item,
    label: item.name,
    source: "jagoo-room",
    asOf: "2026-11-29",
    status: "reported",
    note: "出店者向けの記事が紹介している金額で、楽天の料金表は確認できていません。税込か税別かも書かれていません。",
  })),
);

/** Shops may not negotiate with influencers directly; requests go through ROOM事務局. */
export const influencerNegotiationRule = textFact.parse({
  label: "インフルエンサーとの交渉",
  value: "出店者からの直接交渉は規約で禁止されており、ROOM事務局を通す",
  source: "jagoo-room",
  asOf: "2026-11-29",
  status: "reported",
});

/** What a クーポンアドバンス ad costs the shop: the ad fee and the discount of every coupon used. */
export const couponAdvanceCost = textFact.parse({
  label: "クーポンアドバンス広告の費用",
  value: "広告費に加えて、使われたクーポンの割引分も店舗が負担する",
  source: "5springs-racoupon",
  asOf: "2026-11-29",
  status: "reported",
  note: "紹介記事では「運用型クーポン広告」の費用負担を「クーポン割引費用+広告費」としています。",
});
