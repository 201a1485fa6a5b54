/** fast-check generators for timeline inputs, shared by the property and time-zone tests. */
import fc from "fast-check";
import { addDays } from "../../../src/lib/timeline/dates";
import { WEEKDAY_CODES, type ShopCalendar } from "../../../src/lib/timeline/business";
import type { TimelineInput } from "../../../src/lib/timeline/events";

export const isoArb = fc.integer({ min: 0, max: 365 * 24 }).map((n) => addDays("2020-01-01", n));
export const rangeArb = fc
  .tuple(isoArb, fc.integer({ min: 0, max: 20 }))
  .map(([start, len]) => ({ start, end: addDays(start, len) }));
export const calendarArb: fc.Arbitrary<ShopCalendar> = fc.record({
  closedWeekdays: fc.subarray([...WEEKDAY_CODES], { maxLength: 6 }),
  closedRanges: fc.array(rangeArb, { maxLength: 3 }),
});
const optional = (max: number) => fc.option(fc.integer({ min: 8, max }), { nil: null });
export const inputArb: fc.Arbitrary<TimelineInput> = fc
  .tuple(
    calendarArb,
    fc.record({
      order: isoArb,
      ship: fc.integer({ min: 0, max: 10 }),
      transit: fc.integer({ min: 0, max: 14 }),
      usage: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      review: fc.integer({ min: 0, max: 60 }),
      couponAfter: fc.integer({ min: 0, max: 60 }),
      coupon: fc.integer({ min: 1, max: 90 }),
      cycle: optional(365),
      lapse: optional(730),
    }),
  )
  .map(([cal, rest]) => ({ ...cal, ...rest }));
