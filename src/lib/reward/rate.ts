/** What a `rate` value means: a plain percentage ("4", "3", "2") or a genre key of the rules' genre table. */
import type { RewardRate } from "../facts";
import type { GenreRule, RewardRules } from "./rules";

export interface ResolvedRate {
  rate: RewardRate;
  /** Set when the choice was a genre key. */
  genre?: GenreRule;
}

/** Genres of one rate, in the order of the table. */
export function genresWithRate(rules: RewardRules, rate: RewardRate): GenreRule[] {
  return rules.genres.filter((g) => g.rate === rate);
}

/** Every accepted rate choice: the plain rates first, then the genre keys. */
export function rateChoices(rules: RewardRules): string[] {
  return [...rules.rates.map(String), ...rules.genres.map((g) => g.key)];
}

/** Resolves a choice; undefined for anything that is neither a known rate nor a known genre key. */
export function resolveRate(rules: RewardRules, choice: string): ResolvedRate | undefined {
  const plain = rules.rates.find((r) => String(r) === choice);
  if (plain !== undefined) return { rate: plain };
  const genre = rules.genres.find((g) => g.key === choice);
  return genre ? { rate: genre.rate, genre } : undefined;
}
