/** Select options for the reward calculators, built from the facts (rates, genres, ranks). */
import { bonusRateFor, ranks, rewardRates } from "../../../lib/facts";
import { genresWithRate } from "../../../lib/reward";
import type { SelectGroup, SelectOption } from "../shared/SelectField";

/** Plain rates first, then the genres grouped by rate; values are the URL rate choices. */
export function rateOptions(): SelectGroup[] {
  return [
    { label: "料率で指定", options: rewardRates.map((r) => ({ value: String(r), label: `${r}%` })) },
    ...rewardRates.map((r) => ({
      label: `${r}%のジャンル`,
      options: genresWithRate(r).map((g) => ({ value: g.key, label: `${g.name}(${r}%)` })),
    })),
  ];
}

/** Ranks with their bonus rate in the label. */
export function rankOptions(): SelectOption[] {
  return ranks.map((r) => {
    const bonus = bonusRateFor(r);
    return { value: r, label: bonus > 0 ? `${r}ランク(ボーナス+${bonus}%)` : `${r}ランク(ボーナスなし)` };
  });
}
