/** The post-purchase CRM timeline: from the order date and the shop's settings to dated events. */
import { addDays } from "./dates";
import { nthBusinessDayAfter, type ShopCalendar } from "./business";

/** Everything the timeline is computed from (all day counts are whole numbers). */
export interface TimelineInput extends ShopCalendar {
  /** Order date, YYYY-MM-DD. */
  order: string;
  /** Shipped on the n-th business day after the order day (0 = same day when it is a business day). */
  ship: number;
  /** Calendar days from shipping to arrival (carriers deliver on weekends and holidays). */
  transit: number;
  /** Usage (how-to) mail, calendar days after arrival; null = not sent. */
  usage: number | null;
  /** Review request, calendar days after arrival. */
  review: number;
  /** Next-purchase coupon becomes valid this many calendar days after arrival. */
  couponAfter: number;
  /** Coupon validity in days, start day included. */
  coupon: number;
  /** Usage cycle of the product in days (replenishment reminder); null = no reminder. */
  cycle: number | null;
  /** Lapsed-customer mail this many days after the order; null = not sent. */
  lapse: number | null;
}

/** Stable identifiers of the timeline events (also the names of the result outputs). */
export const EVENT_IDS = [
  "order",
  "thanks",
  "ship",
  "arrival",
  "usage",
  "review",
  "coupon-start",
  "coupon-end",
  "replenish",
  "lapsed",
] as const;
export type EventId = (typeof EVENT_IDS)[number];

/** One dated step of the timeline. */
export interface TimelineEvent {
  id: EventId;
  date: string;
  /** Short Japanese title shown in the list, calendar and .ics SUMMARY. */
  title: string;
}

/** Japanese titles of the events. */
export const EVENT_TITLES: Record<EventId, string> = {
  order: "注文日",
  thanks: "購入後フォローメール",
  ship: "発送日",
  arrival: "到着予定日",
  usage: "使い方メール",
  review: "レビュー依頼メール",
  "coupon-start": "再購入クーポン 開始",
  "coupon-end": "再購入クーポン 終了",
  replenish: "リピート(補充)リマインド",
  lapsed: "休眠顧客フォローメール",
};

/** Days before the expected run-out date that the replenishment reminder goes out. */
export const REPLENISH_LEAD_DAYS = 7;

/** The result: events in date order, or the reason there is none. */
export type Timeline = { ok: true; events: TimelineEvent[] } | { ok: false; error: string };

/**
 * Computes the timeline. The thank-you mail goes out on the order day; the ship day counts business days only;
 * every later step counts calendar days. Events are sorted by date, ties keep the order of EVENT_IDS.
 */
export function buildTimeline(input: TimelineInput): Timeline {
  const ship = nthBusinessDayAfter(input.order, input.ship, input);
  if (ship === null) return { ok: false, error: "休業日が続き、発送できる営業日が見つかりません。" };
  const arrival = addDays(ship, input.transit);
  const couponStart = addDays(arrival, input.couponAfter);
  const dates: Partial<Record<EventId, string>> = {
    order: input.order,
    thanks: input.order,
    ship,
    arrival,
    review: addDays(arrival, input.review),
    "coupon-start": couponStart,
    "coupon-end": addDays(couponStart, input.coupon - 1),
  };
  if (input.usage !== null) dates.usage = addDays(arrival, input.usage);
  if (input.cycle !== null)
    dates.replenish = addDays(arrival, Math.max(input.cycle - REPLENISH_LEAD_DAYS, 1));
  if (input.lapse !== null) dates.lapsed = addDays(input.order, input.lapse);
  const events = EVENT_IDS.flatMap((id) => {
    const date = dates[id];
    return date === undefined ? [] : [{ id, date, title: EVENT_TITLES[id] }];
  });
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, events };
}
