/** The learning path: every lesson in the order a new staff member reads it, grouped by day, zod-validated. */
import { z } from "zod";

export const pathEntry = z.object({
  /** Docs slug without slashes ("crm/why"); the page is /<slug>/. */
  slug: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
  title: z.string().min(1),
  /** Day of the plan, starting at 1. */
  day: z.number().int().min(1),
  /** Rough reading time in minutes. */
  minutes: z.number().int().min(1).max(120),
});
export type PathEntry = z.infer<typeof pathEntry>;

/** What each day is about (shown as the day's heading). */
export const dayThemes: Record<number, string> = {
  1: "楽天ROOMの仕組み・報酬・ランク・上限",
  2: "出店者にとっての意味と、店舗アカウントの運用",
  3: "楽天ROOMを売上につなげ、計算ツールで確かめる",
  4: "楽天CRMの考え方と、すぐ着手できる施策",
  5: "続ける施策、つまずき方、進め方と道具",
};

export const learningPath: PathEntry[] = z
  .array(pathEntry)
  .min(1)
  .refine((list) => new Set(list.map((e) => e.slug)).size === list.length, "slug が重複しています")
  .refine(
    (list) => list.every((e, i) => i === 0 || e.day >= (list[i - 1]?.day ?? 1)),
    "日の順に並べてください",
  )
  .parse([
    { slug: "room/about", title: "楽天ROOMとは", day: 1, minutes: 10 },
    { slug: "room/rewards", title: "報酬の仕組み", day: 1, minutes: 15 },
    { slug: "room/rank", title: "ROOMランク", day: 1, minutes: 10 },
    { slug: "room/limits", title: "フォロー・いいねの上限", day: 1, minutes: 10 },
    { slug: "room/audience", title: "なぜ出店者にROOMが重要か", day: 2, minutes: 10 },
    { slug: "room/merits", title: "出店者にとっての5つのメリット", day: 2, minutes: 10 },
    { slug: "room/setup", title: "店舗アカウントの始め方", day: 2, minutes: 15 },
    { slug: "room/daily", title: "日々の運用", day: 2, minutes: 15 },
    { slug: "room/sales", title: "売上につなげる3つの方法", day: 3, minutes: 15 },
    {
      slug: "room/marketing-mix",
      title: "ROOMとRPP・クーポンアドバンス・SEO・CVR改善・CRMの組み合わせ",
      day: 3,
      minutes: 10,
    },
    { slug: "tools/reward", title: "報酬シミュレーター", day: 3, minutes: 10 },
    { slug: "tools/rank-bonus", title: "ランク別比較", day: 3, minutes: 10 },
    { slug: "faq/room", title: "楽天ROOMのよくある質問", day: 3, minutes: 10 },
    { slug: "crm/why", title: "なぜ楽天市場でCRMが効くのか", day: 4, minutes: 10 },
    { slug: "crm/post-purchase-mail", title: "購入後フォローメール", day: 4, minutes: 10 },
    { slug: "crm/repurchase-coupon", title: "再購入クーポン", day: 4, minutes: 10 },
    { slug: "crm/segments", title: "顧客の状態別のメール・LINE", day: 4, minutes: 15 },
    { slug: "crm/reviews", title: "レビュー依頼と問い合わせ対応", day: 5, minutes: 15 },
    { slug: "crm/failures", title: "うまくいかない3つのパターン", day: 5, minutes: 10 },
    { slug: "crm/roadmap", title: "取り組む順番と見るべき数字", day: 5, minutes: 15 },
    { slug: "crm/templates", title: "そのまま直して使えるテンプレート", day: 5, minutes: 15 },
    { slug: "tools/crm-timeline", title: "購入後CRMタイムライン", day: 5, minutes: 15 },
    { slug: "faq/crm", title: "楽天CRMのよくある質問", day: 5, minutes: 10 },
  ]);

/** The path grouped by day, in order. */
export function pathByDay(
  entries: readonly PathEntry[] = learningPath,
): { day: number; entries: PathEntry[] }[] {
  const days = [...new Set(entries.map((e) => e.day))].sort((a, b) => a - b);
  return days.map((day) => ({ day, entries: entries.filter((e) => e.day === day) }));
}

/** Total reading minutes of a list of entries. */
export function totalMinutes(entries: readonly PathEntry[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

/** True when the slug is a lesson on the path. */
export function isOnPath(slug: string): boolean {
  const clean = slug.replace(/^\/|\/$/g, "");
  return learningPath.some((e) => e.slug === clean);
}
