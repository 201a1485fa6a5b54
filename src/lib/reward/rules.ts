/**
 * The reward rules a calculation needs, as plain data. Islands receive them as props (built on the server from
 * the facts by `rewardRulesFromFacts`), so the browser never loads the facts module or its zod schemas.
 */
import type { Rank, RewardRate } from "../facts";

/** Where a figure comes from, as the page links it. */
export interface RuleSource {
  title: string;
  publisher: string;
  url?: string;
}

/** A figure with whether it is only reported (shown with the 非公式 mark) and its source. */
export interface RuleFigure {
  value: number;
  reported: boolean;
  source?: RuleSource;
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
  /** Consumption tax, used only by the 税抜 setting: rates (%) and the genre keys taxed at the reduced rate. */
  tax: { standard: number; reduced: number; reducedGenres: string[] };
}

/** Bonus rate (%) of a rank under the rules. */
export function bonusRate(rules: RewardRules, rank: Rank): number {
  return rules.bonusByRank[rank] ?? 0;
}

/** Tax rate (%) assumed for a genre key under the 税抜 setting; lines given only as a rate use the standard rate. */
export function taxRateFor(rules: RewardRules, genreKey: string | undefined): number {
  return genreKey && rules.tax.reducedGenres.includes(genreKey) ? rules.tax.reduced : rules.tax.standard;
}

/** Names of the genres taxed at the reduced rate, for the 税抜 setting's hint: "食品、スイーツ・お菓子、…". */
export function reducedGenreNames(rules: RewardRules): string {
  return rules.tax.reducedGenres.map((k) => rules.genres.find((g) => g.key === k)?.name ?? k).join("、");
}
