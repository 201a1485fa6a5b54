/** Profit by repurchase rate, for the table under the coupon calculator: base to base + 20 points, break-even marked. */
import { couponBreakEven, profitWithCouponAt, type CouponInput } from "./coupon";

/** How far above the rate without the coupon the table goes (percentage points). */
export const TABLE_SPAN = 20;

export interface RateRow {
  /** Repurchase rate with the coupon (%). */
  rate: number;
  /** Gross profit with the coupon at this rate (yen, rounded half up). */
  profit: number;
  /** profit − profit without the coupon. */
  gain: number;
  /** The break-even rate itself (an extra row inserted where it falls). */
  breakeven?: boolean;
  /** The rate entered as the expected one (`lift`). */
  expected?: boolean;
}

/**
 * Rows at every whole point from `base` to `base + 20` (at most 100 %), plus the break-even rate and the expected rate
 * as rows of their own when they fall between two points; in rate order.
 */
export function profitByRate(input: CouponInput): RateRow[] {
  const { profitBase, breakevenTenths } = couponBreakEven(input);
  const top = Math.min(100, input.base + TABLE_SPAN);
  const rates = new Set<number>();
  for (let r = input.base; r <= top + 1e-9; r += 1) rates.add(Math.round(r * 100) / 100);
  const breakeven = breakevenTenths === null ? null : breakevenTenths / 10;
  if (breakeven !== null && breakeven >= input.base && breakeven <= top) rates.add(breakeven);
  if (input.lift >= input.base && input.lift <= top) rates.add(input.lift);
  return [...rates]
    .sort((a, b) => a - b)
    .map((rate) => {
      const profit = profitWithCouponAt(input, rate);
      return {
        rate,
        profit,
        gain: profit - profitBase,
        ...(rate === breakeven ? { breakeven: true } : {}),
        ...(rate === input.lift ? { expected: true } : {}),
      };
    });
}
