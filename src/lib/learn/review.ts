/**
 * Spaced review of quiz questions answered wrong. Pure; days are local calendar days "YYYY-MM-DD" passed in by the
 * caller, so tests run on a fixed clock.
 *
 * The rule: a wrong answer puts the question on the 復習 list. It comes back 1, 3 and 7 days after that mistake (then
 * every 7 days). Only answers given when it is due count: it leaves the list after two correct answers in a row; a
 * wrong answer starts the count again, and the question keeps its dates.
 */
import { addDays, type Day } from "./day";

export { addDays, dayOf, daysBetween, isDay, type Day } from "./day";

/** Days after the mistake on which the question is due; after the last, it repeats every REPEAT_DAYS. */
export const REVIEW_DAYS = [1, 3, 7] as const;
export const REPEAT_DAYS = 7;
/** Correct answers in a row (when due) that take a question off the list. */
export const CORRECT_TO_LEAVE = 2;

export interface ReviewItem {
  /** Day of the mistake that put the question on the list; the schedule counts from it. */
  since: Day;
  /** Day the question is next due. */
  next: Day;
  /** Correct answers in a row given when due. */
  streak: number;
  /** Day of the last answer that changed this item (the merge keeps the newer item). */
  at: Day;
}

/** Question key ("crm/why#1x2y3z") -> its review state. */
export type Review = Record<string, ReviewItem>;

/** The n-th due day (0-based) of a question put on the list on `since`: +1, +3, +7, +14, +21 … */
export function dueDay(since: Day, n: number): Day {
  const last = REVIEW_DAYS[REVIEW_DAYS.length - 1] as number;
  const offset =
    n < REVIEW_DAYS.length ? (REVIEW_DAYS[n] as number) : last + (n - REVIEW_DAYS.length + 1) * REPEAT_DAYS;
  return addDays(since, offset);
}

/** The first due day of the schedule strictly after `today`. */
export function nextDueAfter(since: Day, today: Day): Day {
  let n = 0;
  while (dueDay(since, n) <= today) n++;
  return dueDay(since, n);
}

/** True when the question is on the list and due on `today` (or overdue). */
export function isDue(item: ReviewItem | undefined, today: Day): boolean {
  return item !== undefined && item.next <= today;
}

/** The review after answering question `key` on `today`, right or wrong. Returns the same object when nothing changes. */
export function recordAnswer(review: Review, key: string, correct: boolean, today: Day): Review {
  const item = review[key];
  if (!item) {
    if (correct) return review;
    return { ...review, [key]: { since: today, next: addDays(today, REVIEW_DAYS[0]), streak: 0, at: today } };
  }
  if (!isDue(item, today)) {
    // Answering again right after a mistake proves little; a new mistake still resets the count.
    if (correct || item.streak === 0) return review;
    return { ...review, [key]: { ...item, streak: 0, at: today } };
  }
  const streak = correct ? item.streak + 1 : 0;
  if (streak >= CORRECT_TO_LEAVE)
    return Object.fromEntries(Object.entries(review).filter(([k]) => k !== key));
  return { ...review, [key]: { ...item, streak, next: nextDueAfter(item.since, today), at: today } };
}

/** Keys due on `today`, the longest-waiting first. */
export function dueKeys(review: Review, today: Day): string[] {
  return Object.entries(review)
    .filter(([, item]) => isDue(item, today))
    .sort(([ka, a], [kb, b]) => (a.next === b.next ? (ka < kb ? -1 : 1) : a.next < b.next ? -1 : 1))
    .map(([k]) => k);
}

/** The earliest due day among questions not yet due, or null. */
export function nextReviewDay(review: Review, today: Day): Day | null {
  const later = Object.values(review)
    .map((i) => i.next)
    .filter((d) => d > today)
    .sort();
  return later[0] ?? null;
}
