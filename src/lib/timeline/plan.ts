/** From the page's parameters to everything the island shows: events with notes and sale warnings. */
import { buildTimeline, REPLENISH_LEAD_DAYS, type EventId, type TimelineEvent } from "./events";
import type { TimelineParams } from "./params";
import { saleWarnings, type SaleWarning } from "./sales";

/**
 * One line of explanation per event (shown in the list and as the .ics DESCRIPTION). `reviewRule` is the text of the
 * review-incentive fact, passed in by the page (the review note ends with it).
 */
export function eventNotes(reviewRule: string): Record<EventId, string> {
  return {
    order: "お客様が注文した日です。",
    thanks: "注文日に送るお礼のメールです。発送予定日もあわせて伝えます。",
    ship: "定休日・祝日・休業期間を除いた営業日で数えた発送日です。",
    arrival: "発送日に配送日数(暦日)を足した到着の目安です。",
    usage: "商品の使い方やお手入れを伝え、到着後の不安を減らすメールです。",
    review: `感想を聞くメールです。依頼文では特典に触れないでください。楽天のルール: ${reviewRule}。`,
    "coupon-start": "次回の購入に使えるクーポンの開始日です。レビューの有無とは関係なく全員に配ります。",
    "coupon-end": "クーポンの最終日です(開始日 + 有効日数 − 1)。",
    replenish: `使い切る${REPLENISH_LEAD_DAYS}日前を目安に、買い足しを案内するリマインドです。`,
    lapsed: "しばらく購入のないお客様に、近況と新商品を伝えるフォローメールです。",
  };
}

/** What the page shows for one set of parameters. */
export type TimelinePlan =
  | { ok: true; order: string; events: TimelineEvent[]; warnings: SaleWarning[] }
  | { ok: false; order: string; error: string };

/** Builds the plan; `today` (YYYY-MM-DD, Asia/Tokyo) is used when no order date is given. */
export function planTimeline(p: TimelineParams, today: string): TimelinePlan {
  const order = p.order || today;
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
  });
  if (!t.ok) return { ok: false, order, error: t.error };
  const start = t.events.find((e) => e.id === "coupon-start")?.date ?? order;
  const end = t.events.find((e) => e.id === "coupon-end")?.date ?? order;
  return { ok: true, order, events: t.events, warnings: saleWarnings(start, end, p.sales, p.saleWarn) };
}
