/** From the page's parameters to everything the island shows: events with notes, sale and coverage warnings. */
import { buildTimeline, REPLENISH_LEAD_DAYS, type EventId, type TimelineEvent } from "./events";
import { HOLIDAY_YEARS, holidaysCover } from "./holidays";
import type { TimelineParams } from "./params";
import { saleWarnings, type SaleWarning } from "./sales";

/**
 * One line of explanation per event (shown in the list and as the .ics DESCRIPTION). `reviewRule` is the text of the
 * review-incentive fact, passed in by the page (the review note ends with it).
 */
export function eventNotes(reviewRule: string): Record<EventId, string> {
  return {
    order: "お客様が注文した日です。",
    thanks: "注文へのお礼と、発送予定日を伝えるメールです。",
    ship: "定休日・祝日・休業期間を除いた営業日で数えた発送日です。",
    arrival: "発送日に配送日数(暦日)を足した到着の目安です。",
    usage: "商品の使い方やお手入れを伝え、到着後の不安を減らすメールです。",
    review: `感想を聞くメールです。依頼文では特典に触れないでください。楽天のルール: ${reviewRule}。`,
    "coupon-start":
      "次回の購入に使える再購入クーポンの開始日です。レビューの有無とは関係なく全員に配ります。",
    "coupon-end": "クーポンの最終日です(開始日 + 有効日数 − 1)。",
    replenish: `使い切る${REPLENISH_LEAD_DAYS}日前を目安に、買い足しを案内するリマインドです。`,
    lapsed: "しばらく購入のないお客様に、近況と新商品を伝えるフォローメールです。",
  };
}

/** What the page shows for one set of parameters. */
export type TimelinePlan =
  | {
      ok: true;
      order: string;
      events: TimelineEvent[];
      warnings: SaleWarning[];
      /** Years of dates shown that the holiday list does not cover (their holidays are not considered). */
      uncovered: number[];
      /** Set when the repurchase day lies before the order day and is ignored. */
      rebuyIgnored: boolean;
    }
  | { ok: false; order: string; error: string };

/** Builds the plan; `today` (YYYY-MM-DD, Asia/Tokyo) is used when no order date is given. */
export function planTimeline(p: TimelineParams, today: string): TimelinePlan {
  const order = p.order || today;
  const rebuyIgnored = p.rebuy !== "" && p.rebuy < order;
  const t = buildTimeline({
    order,
    ship: p.ship,
    transit: p.transit,
    usage: p.usage,
    review: p.review,
    couponAfter: p.couponAfter,
    coupon: p.coupon,
    cycle: p.cycle === 0 ? null : p.cycle,
    lapse: p.lapse === 0 ? null : p.lapse,
    closedWeekdays: p.closed,
    closedRanges: p.holidays,
    bases: {
      thanks: p.thanksBase,
      usage: p.usageBase,
      review: p.reviewBase,
      coupon: p.couponBase,
      cycle: p.cycleBase,
      lapse: p.lapseBase,
    },
    onClosed: p.onClosed,
    rebuy: p.rebuy && !rebuyIgnored ? p.rebuy : null,
  });
  if (!t.ok) return { ok: false, order, error: t.error };
  const start = t.events.find((e) => e.id === "coupon-start");
  const end = t.events.find((e) => e.id === "coupon-end");
  const warnings =
    start && end && !start.cancelled ? saleWarnings(start.date, end.date, p.sales, p.saleWarn) : [];
  const uncovered = [
    ...new Set(t.events.filter((e) => !holidaysCover(e.date)).map((e) => Number(e.date.slice(0, 4)))),
  ].sort((a, b) => a - b);
  return { ok: true, order, events: t.events, warnings, uncovered, rebuyIgnored };
}

/** The warning for dates the holiday list does not cover (Japanese), or "" when every date is covered. */
export function coverageWarning(uncovered: readonly number[]): string {
  if (uncovered.length === 0) return "";
  const years = uncovered.map((y) => `${y}年`).join("・");
  return `祝日のデータは${HOLIDAY_YEARS.first}年から${HOLIDAY_YEARS.last}年までです。${years}の日付は祝日を考慮していません(定休日と休業期間は考慮しています)。`;
}
