/** The learning path: every lesson in the order a new staff member reads it, grouped by day, zod-validated. */
import { z } from "zod";

export const pathEntry = z.object({
  /** Docs slug without slashes ("crm/why"); the page is /<slug>/. */
  slug: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
  title: z.string().min(1),
  /** Day of the plan, starting at 1. */
  day: z.number().int().min(1),
});
export type PathEntry = z.infer<typeof pathEntry>;

/** The longest a day of the plan may take, in minutes (the /learn/ page promises about an hour a day). */
export const DAY_BUDGET_MINUTES = 60;

/** What each day is about (shown as the day's heading). */
export const dayThemes: Record<number, string> = {
  1: "出店者にとっての意味と、楽天ROOMのお金の流れ",
  2: "楽天ROOMのルールと、店舗アカウントの運用",
  3: "計算ツールで確かめ、楽天CRMを始める",
  4: "続けるCRMと、レビューと価格のルール",
  5: "現場で使う: RMSの手順、事例、チェック",
};

/**
 * Every lesson in reading order. Why ROOM and CRM matter to a shop (and what they cost it) comes before the
 * mechanics; each rule lesson sits next to the tactic it governs. Reading times are not typed here: /learn/ derives
 * them from the lessons (reading-time.ts), and a unit test keeps each day within DAY_BUDGET_MINUTES.
 */
export const learningPath: PathEntry[] = z
  .array(pathEntry)
  .min(1)
  .refine((list) => new Set(list.map((e) => e.slug)).size === list.length, "slug が重複しています")
  .refine(
    (list) => list.every((e, i) => i === 0 || e.day >= (list[i - 1]?.day ?? 1)),
    "日の順に並べてください",
  )
  .parse([
    { slug: "practice/week-one", title: "新任スタッフの最初の1週間", day: 1 },
    { slug: "room/about", title: "楽天ROOMとは", day: 1 },
    { slug: "room/audience", title: "なぜ出店者にROOMが重要か", day: 1 },
    { slug: "room/merits", title: "出店者にとっての5つのメリット", day: 1 },
    { slug: "crm/why", title: "なぜ楽天市場でCRMが効くのか", day: 1 },
    { slug: "room/shop-cost", title: "ROOM経由の売上で店舗が払う費用", day: 1 },
    { slug: "room/rewards", title: "報酬の仕組み", day: 1 },
    { slug: "room/rank", title: "ROOMランク", day: 1 },
    { slug: "room/limits", title: "フォロー・いいねの上限", day: 2 },
    { slug: "rules/affiliate", title: "楽天アフィリエイトと楽天ROOMのルール", day: 2 },
    { slug: "rules/stealth-marketing", title: "ステマ規制(景品表示法)", day: 2 },
    { slug: "room/setup", title: "店舗アカウントの始め方", day: 2 },
    { slug: "room/daily", title: "日々の運用", day: 2 },
    { slug: "room/sales", title: "売上につなげる3つの方法", day: 2 },
    {
      slug: "room/marketing-mix",
      title: "ROOMとRPP・クーポンアドバンス・SEO・CVR改善・CRMの組み合わせ",
      day: 2,
    },
    { slug: "tools/reward", title: "報酬シミュレーター", day: 3 },
    { slug: "tools/rank-bonus", title: "ランク別比較", day: 3 },
    { slug: "crm/post-purchase-mail", title: "購入後フォローメール", day: 3 },
    { slug: "rules/email-law", title: "特定電子メール法とメール配信", day: 3 },
    { slug: "crm/repurchase-coupon", title: "再購入クーポン", day: 3 },
    { slug: "crm/coupon-economics", title: "再購入クーポンの損益", day: 3 },
    { slug: "tools/coupon", title: "再購入クーポンの損益分岐", day: 3 },
    { slug: "crm/segments", title: "顧客の状態別のメール・LINE", day: 4 },
    { slug: "rules/price-display", title: "価格表示(二重価格と「○%OFF」)", day: 4 },
    { slug: "crm/reviews", title: "レビュー依頼と問い合わせ対応", day: 4 },
    { slug: "rules/reviews", title: "楽天市場のレビューのルール", day: 4 },
    { slug: "crm/failures", title: "うまくいかない3つのパターン", day: 4 },
    { slug: "crm/roadmap", title: "取り組む順番と見るべき数字", day: 4 },
    { slug: "crm/templates", title: "そのまま直して使えるテンプレート", day: 4 },
    { slug: "tools/crm-timeline", title: "購入後CRMタイムライン", day: 4 },
    { slug: "practice/rms-steps", title: "RMSでの操作手順", day: 5 },
    { slug: "rules/checklist", title: "この施策は大丈夫?", day: 5 },
    { slug: "practice/case-zakka", title: "事例1: 小さな雑貨店がROOMを始める", day: 5 },
    { slug: "practice/case-himono", title: "事例2: 中規模の食品店が購入後のCRMを整える", day: 5 },
    { slug: "practice/case-agency", title: "事例3: 支援会社のクライアントがPRとクーポンを検討する", day: 5 },
    { slug: "practice/common-mistakes", title: "よくある失敗", day: 5 },
    { slug: "faq/room", title: "楽天ROOMのよくある質問", day: 5 },
    { slug: "faq/crm", title: "楽天CRMのよくある質問", day: 5 },
  ]);

/** The path grouped by day, in order (entries may carry extra fields, such as their minutes). */
export function pathByDay(): { day: number; entries: PathEntry[] }[];
export function pathByDay<E extends PathEntry>(entries: readonly E[]): { day: number; entries: E[] }[];
export function pathByDay(
  entries: readonly PathEntry[] = learningPath,
): { day: number; entries: PathEntry[] }[] {
  const days = [...new Set(entries.map((e) => e.day))].sort((a, b) => a - b);
  return days.map((day) => ({ day, entries: entries.filter((e) => e.day === day) }));
}

/** Total reading minutes of a list of timed entries; entries without minutes (pages not built yet) count as 0. */
export function totalMinutes(entries: readonly { minutes: number | null }[]): number {
  return entries.reduce((sum, e) => sum + (e.minutes ?? 0), 0);
}

/** True when the slug is a lesson on the path. */
export function isOnPath(slug: string): boolean {
  const clean = slug.replace(/^\/|\/$/g, "");
  return learningPath.some((e) => e.slug === clean);
}
