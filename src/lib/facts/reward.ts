/** 楽天ROOM reward facts: genre rates, per-unit caps, rank bonuses, cash conversion. */
import { z } from "zod";
import { factMeta, numberFact } from "./schema";

/** Rank letters from highest to lowest. */
export const ranks = ["S", "A", "B", "C", "D", "E"] as const;
export type Rank = (typeof ranks)[number];

/** Reward rates (%) the genre table uses. */
export const rewardRates = [4, 3, 2] as const;
export type RewardRate = (typeof rewardRates)[number];

const genreSchema = z.object({
  /** Stable key used in URLs (`rate=food`). Never rename: shared links depend on it. */
  key: z.string().regex(/^[a-z][a-z-]*$/),
  name: z.string().min(1),
  rate: z.union([z.literal(4), z.literal(3), z.literal(2)]),
});
export type Genre = z.infer<typeof genreSchema>;

const genreTable = factMeta.extend({ genres: z.array(genreSchema).min(1) });

/** 通常報酬の料率 by genre (楽天アフィリエイトの料率). */
export const genreRates = genreTable.parse({
  label: "ジャンル別の通常報酬料率",
  source: "jagoo-room",
  asOf: "2021-04-01",
  status: "official",
  note: "この料率表は2021年4月1日から適用されていると報告されています。",
  genres: [
    { key: "bag", name: "バッグ・小物・ブランド雑貨", rate: 4 },
    { key: "shoes", name: "靴", rate: 4 },
    { key: "jewelry", name: "ジュエリー・アクセサリー", rate: 4 },
    { key: "ladies", name: "レディースファッション", rate: 4 },
    { key: "mens", name: "メンズファッション", rate: 4 },
    { key: "inner", name: "インナー・下着・ナイトウエア", rate: 4 },
    { key: "sweets", name: "スイーツ・お菓子", rate: 4 },
    { key: "food", name: "食品", rate: 4 },
    { key: "drink", name: "水・ソフトドリンク", rate: 4 },
    { key: "liquor", name: "ビール・洋酒", rate: 4 },
    { key: "sake", name: "日本酒・焼酎", rate: 4 },
    { key: "health", name: "ダイエット・健康", rate: 4 },
    { key: "pet", name: "ペット・ペットグッズ", rate: 4 },
    { key: "beauty", name: "美容・コスメ・香水", rate: 4 },
    { key: "medical", name: "医薬品・コンタクト・介護", rate: 4 },
    { key: "kids", name: "キッズ・ベビー・マタニティ", rate: 4 },
    { key: "garden", name: "花・ガーデン・DIY", rate: 4 },
    { key: "gift", name: "カタログギフト・チケット", rate: 4 },
    { key: "sports", name: "スポーツ・アウトドア", rate: 4 },
    { key: "kitchen", name: "キッチン用品・食器・調理器具", rate: 3 },
    { key: "interior", name: "インテリア・寝具・収納", rate: 3 },
    { key: "daily", name: "日用品雑貨・文房具・手芸", rate: 3 },
    { key: "service", name: "サービス・リフォーム", rate: 3 },
    { key: "housing", name: "住宅・不動産", rate: 3 },
    { key: "toys", name: "おもちゃ", rate: 3 },
    { key: "hobby", name: "ホビー", rate: 3 },
    { key: "books", name: "本・雑誌・コミック", rate: 3 },
    { key: "watch", name: "腕時計", rate: 2 },
    { key: "game", name: "テレビゲーム", rate: 2 },
    { key: "av", name: "TV・オーディオ・カメラ", rate: 2 },
    { key: "smartphone", name: "スマートフォン・タブレット", rate: 2 },
    { key: "instrument", name: "楽器・音響機器", rate: 2 },
    { key: "pc", name: "PC・周辺機器", rate: 2 },
    { key: "appliance", name: "家電", rate: 2 },
    { key: "media", name: "CD・DVD", rate: 2 },
    { key: "car-goods", name: "車用品・バイク用品", rate: 2 },
    { key: "telecom", name: "光回線・モバイル通信", rate: 2 },
    { key: "vehicle", name: "車・バイク", rate: 2 },
    { key: "other", name: "上記以外", rate: 2 },
  ],
});

/** Upper limit of the normal reward for one unit of an item. */
export const normalCapPerUnit = numberFact.parse({
  label: "通常報酬の上限(1商品あたり)",
  value: 1000,
  unit: "ポイント",
  source: "jagoo-room",
  asOf: "2026-11-23",
  status: "official",
  note: "上限は1個ごとにかかると報告されています。",
});

/** Separate upper limit of the ROOM rank bonus for one unit. */
export const bonusCapPerUnit = numberFact.parse({
  label: "ROOMランクボーナスの上限(1商品あたり)",
  value: 1000,
  unit: "ポイント",
  source: "research",
  asOf: "2019-04-01",
  status: "reported",
  note: "通常報酬とは別枠の上限で、2019年4月から適用と報告されています。",
});

/** Monthly cap on rewards from purchases by one and the same buyer. */
export const sameBuyerMonthlyCap = numberFact.parse({
  label: "同一購入者からの報酬の上限(月間)",
  value: 3000,
  unit: "ポイント",
  source: "itone-rakuten-affiliate",
  asOf: "2026-11-23",
  status: "reported",
});

/** Yen value of one reward point paid as 楽天キャッシュ. */
export const yenPerPoint = numberFact.parse({
  label: "報酬1ポイントあたりの楽天キャッシュ",
  value: 1,
  unit: "円",
  source: "jagoo-room",
  asOf: "2026-11-23",
  status: "official",
});

const rankBonusSchema = numberFact.extend({ rank: z.enum(ranks) });
export type RankBonus = z.infer<typeof rankBonusSchema>;

/** ROOMランクボーナス (percentage points added to the genre rate) by rank. */
export const rankBonuses = z
  .array(rankBonusSchema)
  .length(ranks.length)
  .parse(
    ranks.map((rank) => ({
      rank,
      label: `${rank}ランクのボーナス料率`,
      value: { S: 3, A: 2, B: 1, C: 0, D: 0, E: 0 }[rank],
      unit: "%",
      source: "jagoo-room",
      asOf: "2026-11-23",
      status: "official",
    })),
  );

/** Bonus rate (%) for a rank. */
export function bonusRateFor(rank: Rank): number {
  return rankBonuses.find((b) => b.rank === rank)?.value ?? 0;
}

/** Genre by URL key, or undefined. */
export function genreByKey(key: string): Genre | undefined {
  return genreRates.genres.find((g) => g.key === key);
}
