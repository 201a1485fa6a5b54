/** Select options for the reward calculators, built from the rules (rates, genres, ranks). */
import { genresWithRate, bonusRate, type RewardRules } from "../../../lib/reward";
import type { SelectGroup, SelectOption } from "./SelectField";

/** Plain rates first, then the genres grouped by rate; values are the URL rate choices. */
export function rateOptions(rules: RewardRules): SelectGroup[] {
  return [
    { label: "料率で指定", options: rules.rates.map((r) => ({ value: String(r), label: `${r}%` })) },
    ...rules.rates.map((r) => ({
      label: `${r}%のジャンル`,
      options: genresWithRate(rules, r).map((g) => ({ value: g.key, label: `${g.name}(${r}%)` })),
    })),
  ];
}

/** Ranks with their bonus rate in the label. */
export function rankOptions(rules: RewardRules): SelectOption[] {
  return rules.ranks.map((r) => {
    const bonus = bonusRate(rules, r);
    return { value: r, label: bonus > 0 ? `${r}ランク(ボーナス+${bonus}%)` : `${r}ランク(ボーナスなし)` };
  });
}
