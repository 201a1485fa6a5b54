/** Pure coupon economics: gross profit from repurchases without and with a coupon, and the break-even repurchase rate. */

export interface CouponInput {
  /** Customers who get the coupon (an integer ≥ 1). */
  n: number;
  /** Repurchase rate without the coupon (%; up to 2 decimals). */
  base: number;
  /** Repurchase rate with the coupon (%; up to 2 decimals). */
  lift: number;
  /** Average order value (yen, integer). */
  aov: number;
  /** Gross margin (%; up to 2 decimals). */
  margin: number;
  /** Yen off per use; every repurchase with the coupon uses it once (integer). */
  discount: number;
}

export interface CouponResult {
  /** Gross profit of one order, aov × margin / 100 (yen, not rounded). */
  perOrder: number;
  /** n × base/100 × perOrder, rounded half up to whole yen. */
  profitBase: number;
  /** n × lift/100 × (perOrder − discount), rounded half up to whole yen. */
  profitCoupon: number;
  /** profitCoupon − profitBase, from the rounded values. */
  gain: number;
  /** base × perOrder / (perOrder − discount) in tenths of a percent (98 = 9.8%), rounded half up; null when perOrder ≤ discount. */
  breakevenTenths: number | null;
}

/** A percentage as an integer number of hundredths of a percent (8.25 → 825); inputs carry at most 2 decimals. */
const hundredths = (pct: number): bigint => BigInt(Math.round(pct * 100));

/** num / den rounded half away from zero (四捨五入), exactly; den > 0. */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num % den;
  if (2n * (r < 0n ? -r : r) < den) return q;
  return num < 0n ? q - 1n : q + 1n;
}

/** Gross profit of n customers × rate (hundredths of %) × (aov × margin − discount), over 10^8, rounded half up. */
function profitAt(input: CouponInput, rate: bigint, discount: bigint): number {
  const perOrderX10k = BigInt(input.aov) * hundredths(input.margin) - discount * 10_000n;
  return Number(divRoundHalfUp(BigInt(input.n) * rate * perOrderX10k, 100_000_000n));
}

/** Profit with the coupon at a given repurchase rate (%), for a table of profit by rate. */
export function profitWithCouponAt(input: CouponInput, ratePct: number): number {
  return profitAt(input, hundredths(ratePct), BigInt(input.discount));
}

/** Every output of the coupon break-even calculator, computed exactly (integers) and rounded once at the end. */
export function couponBreakEven(input: CouponInput): CouponResult {
  const perOrderX10k = BigInt(input.aov) * hundredths(input.margin);
  const discountX10k = BigInt(input.discount) * 10_000n;
  const profitBase = profitAt(input, hundredths(input.base), 0n);
  const profitCoupon = profitAt(input, hundredths(input.lift), BigInt(input.discount));
  const margin = perOrderX10k - discountX10k;
  const breakevenTenths =
    margin > 0n ? Number(divRoundHalfUp(hundredths(input.base) * perOrderX10k, 10n * margin)) : null;
  return {
    perOrder: (input.aov * Number(hundredths(input.margin))) / 10_000,
    profitBase,
    profitCoupon,
    gain: profitCoupon - profitBase,
    breakevenTenths,
  };
}
