/** What a `rate` value means: a plain percentage ("4", "3", "2") or a genre key from the facts' genre table. */
import { genreByKey, genreRates, rewardRates, type Genre, type RewardRate } from "../facts";

export interface ResolvedRate {
  rate: RewardRate;
  /** Set when the choice was a genre key. */
  genre?: Genre;
}

/** Genres of one rate, in the order of the facts table. */
export function genresWithRate(rate: RewardRate): Genre[] {
  return genreRates.genres.filter((g) => g.rate === rate);
}

/** Every accepted rate choice: the plain rates first, then the genre keys. */
export function rateChoices(): string[] {
  return [...rewardRates.map(String), ...genreRates.genres.map((g) => g.key)];
}

/** Resolves a choice; undefined for anything that is neither a known rate nor a known genre key. */
export function resolveRate(choice: string): ResolvedRate | undefined {
  const plain = rewardRates.find((r) => String(r) === choice);
  if (plain !== undefined) return { rate: plain };
  const genre = genreByKey(choice);
  return genre ? { rate: genre.rate, genre } : undefined;
}
