/**
 * The reward rules a calculation needs, as plain data. Islands receive them as props (built on the server from
 * the facts by `rewardRulesFromFacts`), so the browser never loads the facts module or its zod schemas.
 */
import type { Rank, RewardRate } from "../facts";

/** A figure with whether it is only reported (shown with the 非公式 mark). */
export interface RuleFigure {
  value: number;
  reported: boolean;
}

export interface GenreRule {
  key: string;
  name: string;
  rate: RewardRate;
}

export interface RewardRules {
  /** Rank letters, highest first. */
  ranks: Rank[];
  /** Plain rates (%) of the genre table, highest first. */
  rates: RewardRate[];
  genres: GenreRule[];
  /** Bonus rate (%) per rank. */
  bonusByRank: Record<Rank, number>;
  normalCap: RuleFigure;
  bonusCap: RuleFigure;
  sameBuyerMonthlyCap: RuleFigure;
  yenPerPoint: RuleFigure;
}

/** Bonus rate (%) of a rank under the rules. */
export function bonusRate(rules: RewardRules, rank: Rank): number {
  return rules.bonusByRank[rank] ?? 0;
}
