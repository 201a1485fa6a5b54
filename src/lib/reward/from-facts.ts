/** Builds the plain reward rules from the facts module (server side, tests, tool pages' props). */
import {
  bonusCapPerUnit,
  bonusRateFor,
  genreRates,
  normalCapPerUnit,
  ranks,
  reducedTaxGenres,
  reducedTaxRate,
  rewardRates,
  sameBuyerMonthlyCap,
  standardTaxRate,
  yenPerPoint,
  type NumberFact,
} from "../facts";
import { sourceById } from "../facts/sources";
import type { RewardRules, RuleFigure } from "./rules";

/** The value, its status and its source (title, publisher and, where there is one, the URL). */
const figure = (f: NumberFact): RuleFigure => {
  const { title, publisher, url } = sourceById(f.source);
  return {
    value: f.value,
    reported: f.status === "reported",
    source: { title, publisher, ...(url ? { url } : {}) },
  };
};

/** The rules as the facts state them today. */
export function rewardRulesFromFacts(): RewardRules {
  return {
    ranks: [...ranks],
    rates: [...rewardRates],
    genres: genreRates.genres.map((g) => ({ key: g.key, name: g.name, rate: g.rate })),
    bonusByRank: Object.fromEntries(ranks.map((r) => [r, bonusRateFor(r)])) as RewardRules["bonusByRank"],
    normalCap: figure(normalCapPerUnit),
    bonusCap: figure(bonusCapPerUnit),
    sameBuyerMonthlyCap: figure(sameBuyerMonthlyCap),
    yenPerPoint: figure(yenPerPoint),
    tax: {
      standard: standardTaxRate.value,
      reduced: reducedTaxRate.value,
      reducedGenres: [...reducedTaxGenres.value],
    },
  };
}

/** The rules built once from the facts. */
export const rewardRules: RewardRules = rewardRulesFromFacts();
