/** The facts the timeline island shows, as plain props (server side and tests only: keeps zod out of the browser). */
import { reviewIncentiveRule, saleLabels } from "../facts";

/** What the page passes to the island. */
export interface TimelineFacts {
  /** Names offered in the sale name field (never dates). */
  saleNames: string[];
  /** The rule against rewarding reviews, and whether it is a reported (非公式) fact. */
  reviewRule: { text: string; reported: boolean };
}

/** The timeline's facts as the facts module states them today. */
export function timelineFactsFromFacts(): TimelineFacts {
  return {
    saleNames: [...saleLabels.items],
    reviewRule: { text: reviewIncentiveRule.value, reported: reviewIncentiveRule.status === "reported" },
  };
}
