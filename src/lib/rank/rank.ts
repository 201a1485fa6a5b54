/** Pure rank comparison: monthly reward per ROOM rank for a sales volume, and each rank's gain over the current one. */
import type { Rank } from "../facts";
import { unitBonus, unitNormal } from "../reward/reward";
import type { RewardRules } from "../reward/rules";

export interface RankInput {
  /** Monthly referred sales (yen). */
  sales: number;
  /** Average item price (yen), > 0. */
  avg: number;
  /** Normal reward rate (%). */
  ratePct: number;
}

export interface RankTotal {
  rank: Rank;
  /** Capped normal + capped bonus reward of one average item. */
  perUnit: number;
  /** floor(sales / avg × perUnit): the month's reward at this rank. */
  total: number;
}

export interface RankGain extends RankTotal {
  /** total − total of the current rank (negative for lower ranks). */
  gain: number;
}

/** Month total for one rank, exact in integers: floor(sales × perUnit / avg), rounded down once at the end. */
export function rankTotal(rules: RewardRules, input: RankInput, rank: Rank): RankTotal {
  const perUnit = unitNormal(rules, input.avg, input.ratePct) + unitBonus(rules, input.avg, rank);
  const total = input.avg > 0 ? Number((BigInt(input.sales) * BigInt(perUnit)) / BigInt(input.avg)) : 0;
  return { rank, perUnit, total };
}

/** Totals for every rank, highest rank first. */
export function rankTotals(rules: RewardRules, input: RankInput): RankTotal[] {
  return rules.ranks.map((r) => rankTotal(rules, input, r));
}

/** Totals with the gain of each rank over `current`. */
export function rankGains(rules: RewardRules, input: RankInput, current: Rank): RankGain[] {
  const totals = rankTotals(rules, input);
  const base = totals.find((t) => t.rank === current)?.total ?? 0;
  return totals.map((t) => ({ ...t, gain: t.total - base }));
}
