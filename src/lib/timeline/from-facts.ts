/** The facts and texts the timeline island shows, as plain props (server side and tests only: keeps zod and long texts out of the browser bundle). */
import { reviewIncentiveRule, saleLabels } from "../facts";
import type { EventId } from "./events";
import { HOLIDAY_DATA } from "./holiday-data";
import type { HolidayData } from "./holidays";
import { eventNotes } from "./plan";
import { TIMELINE_TEXTS, type TimelineTexts } from "./texts";

/** What the page passes to the island. */
export interface TimelineFacts {
  /** Names offered in the sale name field (never dates). */
  saleNames: string[];
  /** The rule against rewarding reviews, and whether it is a reported (非公式) fact. */
  reviewRule: { text: string; reported: boolean };
  /** One line of explanation per event (list and .ics), the review note quoting the rule. */
  notes: Record<EventId, string>;
  /** The national-holiday table (data, not code: passed like the facts). */
  holidays: HolidayData;
  /** The island's longer sentences. */
  texts: TimelineTexts;
}

/** The timeline's facts as the facts module states them today. */
export function timelineFactsFromFacts(): TimelineFacts {
  return {
    saleNames: [...saleLabels.items],
    reviewRule: { text: reviewIncentiveRule.value, reported: reviewIncentiveRule.status === "reported" },
    notes: eventNotes(reviewIncentiveRule.value),
    holidays: HOLIDAY_DATA,
    texts: TIMELINE_TEXTS,
  };
}
