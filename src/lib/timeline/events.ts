/** The post-purchase CRM timeline: from the order date and the shop's settings to dated events. */
import { addDays } from "./dates";
import { businessDayOnOrNear, nthBusinessDayAfter, type ShopCalendar } from "./business";

/** What a mail's day count is counted from: the order, the ship day or the expected arrival. */
export type BaseDate = "order" | "ship" | "arrival";
export const BASE_DATES = ["order", "ship", "arrival"] as const satisfies readonly BaseDate[];

/** What happens to a mail whose date falls on a day the shop is closed. */
export type ClosedDayRule = "send" | "prev" | "next";
export const CLOSED_DAY_RULES = ["send", "prev", "next"] as const satisfies readonly ClosedDayRule[];

/** The mails of the timeline, each counted from its own base date. */
export const MAIL_STEPS = ["thanks", "usage", "review", "coupon", "cycle", "lapse"] as const;
export type MailStep = (typeof MAIL_STEPS)[number];

/** Base date of each mail when none is chosen (the timeline as it always worked). */
export const DEFAULT_BASES: Record<MailStep, BaseDate> = {
  thanks: "order",
  usage: "arrival",
  review: "arrival",
  coupon: "arrival",
  cycle: "arrival",
  lapse: "order",
};

/** Everything the timeline is computed from (all day counts are whole numbers). */
export interface TimelineInput extends ShopCalendar {
  /** Order date, YYYY-MM-DD. */
  order: string;
  /** Shipped on the n-th business day after the order day (0 = same day when it is a business day). */
  ship: number;
  /** Calendar days from shipping to arrival (carriers deliver on weekends and holidays). */
  transit: number;
  /** Usage (how-to) mail, calendar days after its base date; null = not sent. */
  usage: number | null;
  /** Review request, calendar days after its base date. */
  review: number;
  /** The repurchase coupon becomes valid this many calendar days after its base date. */
  couponAfter: number;
  /** Coupon validity in days, start day included. */
  coupon: number;
  /** Usage cycle of the product in days (replenishment reminder); null = no reminder. */
  cycle: number | null;
  /** Lapsed-customer mail this many days after its base date; null = not sent. */
  lapse: number | null;
  /** Base date per mail (missing ones as in DEFAULT_BASES). */
  bases?: Partial<Record<MailStep, BaseDate>>;
  /** Mails on closed days: sent anyway (default), or moved to the previous or next business day. */
  onClosed?: ClosedDayRule;
  /** The day the customer bought again: mails after it are cancelled. */
  rebuy?: string | null;
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

/** The mail step behind each mail event. */
export const MAIL_OF: Partial<Record<EventId, MailStep>> = {
  thanks: "thanks",
  usage: "usage",
  review: "review",
  "coupon-start": "coupon",
  replenish: "cycle",
  lapsed: "lapse",
};

/** One dated step of the timeline. */
export interface TimelineEvent {
  id: EventId;
  date: string;
  /** Short Japanese title shown in the list, calendar and .ics SUMMARY. */
  title: string;
  /** A mail (sent in the sending window, moved by the closed-day rule, cancelled by a repurchase). */
  mail?: boolean;
  /** Set when the closed-day rule moved the mail: the date it would have had. */
  movedFrom?: string;
  /** Set when a repurchase before this step cancels it. */
  cancelled?: boolean;
}

/** Japanese titles of the events. */
export const EVENT_TITLES: Record<EventId, string> = {
  order: "注文日",
  thanks: "購入後フォローメール(お礼)",
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
 * Computes the timeline. The ship day counts business days only; every mail counts calendar days from its base date,
 * then the closed-day rule may move it (never before the order day). Mails dated after the repurchase day are
 * cancelled (the coupon's end with its start). Events are sorted by date, ties keep the order of EVENT_IDS.
 */
export function buildTimeline(input: TimelineInput): Timeline {
  const ship = nthBusinessDayAfter(input.order, input.ship, input);
  if (ship === null) return { ok: false, error: "休業日が続き、発送できる営業日が見つかりません。" };
  const arrival = addDays(ship, input.transit);
  const baseDate: Record<BaseDate, string> = { order: input.order, ship, arrival };
  const from = (step: MailStep, days: number) =>
    addDays(baseDate[input.bases?.[step] ?? DEFAULT_BASES[step]], days);

  const planned: Partial<Record<EventId, string>> = {
    thanks: from("thanks", 0),
    review: from("review", input.review),
    "coupon-start": from("coupon", input.couponAfter),
  };
  if (input.usage !== null) planned.usage = from("usage", input.usage);
  if (input.cycle !== null) planned.replenish = from("cycle", Math.max(input.cycle - REPLENISH_LEAD_DAYS, 1));
  if (input.lapse !== null) planned.lapsed = from("lapse", input.lapse);

  const rule = input.onClosed ?? "send";
  const events: TimelineEvent[] = [
    { id: "order", date: input.order, title: EVENT_TITLES.order },
    { id: "ship", date: ship, title: EVENT_TITLES.ship },
    { id: "arrival", date: arrival, title: EVENT_TITLES.arrival },
  ];
  for (const id of EVENT_IDS) {
    const date = planned[id];
    if (date === undefined) continue;
    const moved = rule === "send" ? date : businessDayOnOrNear(date, rule, input, input.order);
    events.push({
      id,
      date: moved,
      title: EVENT_TITLES[id],
      mail: true,
      ...(moved !== date ? { movedFrom: date } : {}),
    });
  }
  const start = events.find((e) => e.id === "coupon-start");
  if (start)
    events.push({
      id: "coupon-end",
      date: addDays(start.date, input.coupon - 1),
      title: EVENT_TITLES["coupon-end"],
    });

  const rebuy = input.rebuy;
  if (rebuy) {
    for (const e of events) if (e.mail && e.date > rebuy) e.cancelled = true;
    const end = events.find((e) => e.id === "coupon-end");
    if (end && start?.cancelled) end.cancelled = true;
  }
  const rank = (id: EventId) => EVENT_IDS.indexOf(id);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a.id) - rank(b.id)));
  return { ok: true, events };
}
