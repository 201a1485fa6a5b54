/** Pure reward arithmetic: per unit, per line (price × quantity) and per cart, with the caps from the facts. */
import type { Rank } from "../facts";
import { resolveRate } from "./rate";
import { bonusRate, taxRateFor, type RewardRules } from "./rules";

/** Whether the entered price is taken as is (税込, default) or converted to its tax-exclusive amount. */
export type TaxBasis = "incl" | "excl";
/** Where fractions are dropped: per unit then × quantity (default), or once per line. */
export type Rounding = "unit" | "line";

export interface RewardSettings {
  tax: TaxBasis;
  rounding: Rounding;
}
export const defaultSettings: RewardSettings = { tax: "incl", rounding: "unit" };

/** One cart line: a rate choice ("4" or a genre key), unit price in yen, quantity. */
export interface LineInput {
  rate: string;
  price: number;
  qty: number;
}

export interface LineResult extends LineInput {
  /** The rate (%) applied. */
  ratePct: number;
  /** The rank bonus (%) applied. */
  bonusPct: number;
  /** The unit price the rates apply to (the tax-exclusive amount under `tax: "excl"`). */
  base: number;
  /** Tax rate (%) assumed when converting to tax-exclusive; 0 under `tax: "incl"`. */
  taxPct: number;
  normal: number;
  bonus: number;
  total: number;
  normalCapped: boolean;
  bonusCapped: boolean;
}

export interface CartResult {
  lines: LineResult[];
  normal: number;
  bonus: number;
  total: number;
}

/** floor(amount × pct / 100) capped at `cap` — the reward of one unit. Amount and pct are non-negative integers. */
export function cappedReward(amount: number, pct: number, cap: number): number {
  return Math.min(Math.floor((amount * pct) / 100), cap);
}

/** Normal reward for one unit: min(floor(price × rate / 100), cap). E.g. 5,000円 × 4% = 200. */
export function unitNormal(rules: RewardRules, price: number, ratePct: number): number {
  return cappedReward(price, ratePct, rules.normalCap.value);
}

/** Rank bonus for one unit: min(floor(price × bonus / 100), bonus cap); 0 for ranks without a bonus. */
export function unitBonus(rules: RewardRules, price: number, rank: Rank): number {
  return cappedReward(price, bonusRate(rules, rank), rules.bonusCap.value);
}

/** Tax-exclusive amount of a tax-inclusive price, rounded down: 1,100円 at 10% -> 1,000円. */
export function withoutTax(price: number, taxPct: number): number {
  return Math.floor((price * 100) / (100 + taxPct));
}

/** The reward of one line; throws on an unknown rate choice (callers validate choices via the params module). */
export function lineReward(
  rules: RewardRules,
  line: LineInput,
  rank: Rank,
  settings: RewardSettings = defaultSettings,
): LineResult {
  const resolved = resolveRate(rules, line.rate);
  if (!resolved) throw new Error(`unknown rate: ${line.rate}`);
  const ratePct = resolved.rate;
  const bonusPct = bonusRate(rules, rank);
  const normalCap = rules.normalCap.value;
  const bonusCap = rules.bonusCap.value;
  const taxPct = settings.tax === "excl" ? taxRateFor(rules, resolved.genre?.key) : 0;
  const base = settings.tax === "excl" ? withoutTax(line.price, taxPct) : line.price;
  const qty = line.qty;
  let normal: number;
  let bonus: number;
  if (settings.rounding === "unit") {
    normal = cappedReward(base, ratePct, normalCap) * qty;
    bonus = cappedReward(base, bonusPct, bonusCap) * qty;
  } else {
    normal = cappedReward(base * qty, ratePct, normalCap * qty);
    bonus = cappedReward(base * qty, bonusPct, bonusCap * qty);
  }
  return {
    ...line,
    ratePct,
    bonusPct,
    base,
    taxPct,
    normal,
    bonus,
    total: normal + bonus,
    normalCapped: Math.floor((base * ratePct) / 100) > normalCap,
    bonusCapped: Math.floor((base * bonusPct) / 100) > bonusCap,
  };
}

/** Rewards of every line and their sums. */
export function cartReward(
  rules: RewardRules,
  lines: LineInput[],
  rank: Rank,
  settings: RewardSettings = defaultSettings,
): CartResult {
  return sumLines(lines.map((l) => lineReward(rules, l, rank, settings)));
}

/** Sums line results into a cart result. */
export function sumLines(results: LineResult[]): CartResult {
  const sum = (k: "normal" | "bonus" | "total") => results.reduce((a, r) => a + r[k], 0);
  return { lines: results, normal: sum("normal"), bonus: sum("bonus"), total: sum("total") };
}

/** A cart total under the reported monthly cap on rewards from one buyer: what is paid and what the cap removed. */
export interface BuyerCapped {
  total: number;
  /** Points the cap removed (0 when it does not bind). */
  cut: number;
}

/**
 * Applies the monthly same-buyer cap to a cart total, assuming every line is bought by one buyer in one month and that
 * the cap covers the normal reward and the rank bonus together (neither is confirmed by Rakuten).
 */
export function sameBuyerCapped(total: number, cap: number): BuyerCapped {
  return total > cap ? { total: cap, cut: total - cap } : { total, cut: 0 };
}
