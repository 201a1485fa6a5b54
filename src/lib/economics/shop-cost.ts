/** Pure estimate of what one ROOM-referred sale costs the shop: the rate part plus Rakuten's system fee on it. */

export interface ShopCostInput {
  /** Sale amount the rate applies to (yen, integer ≥ 0). */
  price: number;
  /** Affiliate rate the shop pays (%; up to 2 decimals). */
  ratePct: number;
  /** System fee as a share of the rate part (%; up to 2 decimals). */
  feePct: number;
}

export interface ShopCost {
  /** price × rate / 100, in yen, not rounded. */
  ratePart: number;
  /** ratePart × fee / 100, in yen, not rounded. */
  fee: number;
  /** ratePart + fee, in yen, not rounded. */
  total: number;
  /** total as a share of price: rate × (1 + fee / 100), in % (exact to 4 decimals). */
  totalPct: number;
}

/** A percentage as whole hundredths (3.9 → 390); inputs carry at most 2 decimals. */
const hundredths = (pct: number): number => Math.round(pct * 100);

/** The shop's cost of one sale. Rounding is left to the caller: how Rakuten rounds is not published. */
export function shopCost(input: ShopCostInput): ShopCost {
  const rate = hundredths(input.ratePct);
  const fee = hundredths(input.feePct);
  // Integer arithmetic in 1/10^8 yen (price × rate × (10000 + fee)), divided once at the end.
  const ratePartX1e4 = input.price * rate;
  const totalX1e8 = ratePartX1e4 * (10_000 + fee);
  return {
    ratePart: ratePartX1e4 / 10_000,
    fee: (ratePartX1e4 * fee) / 100_000_000,
    total: totalX1e8 / 100_000_000,
    totalPct: (rate * (10_000 + fee)) / 1_000_000,
  };
}

/** Yen rounded half up to whole yen, for "約◯円" in prose. */
export function roundYen(yen: number): number {
  return Math.floor(yen + 0.5);
}
