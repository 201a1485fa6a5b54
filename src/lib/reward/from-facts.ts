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
import { sourceIdsOf } from "../facts/schema";
import { sourceById } from "../facts/sources";
import type { RewardRules, RuleFigure } from "./rules";

/** A fact as a rule figure: its value, whether it is only reported (marked 非公式) and its main source. */
export const ruleFigure = (f: NumberFact): RuleFigure => {
  const id = sourceIdsOf(f)[0];
  const figure = { value: f.value, reported: f.status === "reported" };
  if (!id) return figure;
  const { title, publisher, url } = sourceById(id);
  return { ...figure, source: { title, publisher, url } };
};

/** The rules as the facts state them today. */
export function rewardRulesFromFacts(): RewardRules {
  return {
    ranks: [...ranks],
    rates: [...rewardRates],
    genres: genreRates.genres.map((g) => ({ key: g.key, name: g.name, rate: g.rate })),
    bonusByRank: Object.fromEntries(ranks.map((r) => [r, bonusRateFor(r)])) as RewardRules["bonusByRank"],
    normalCap: ruleFigure(normalCapPerUnit),
    bonusCap: ruleFigure(bonusCapPerUnit),
    sameBuyerMonthlyCap: ruleFigure(sameBuyerMonthlyCap),
    yenPerPoint: ruleFigure(yenPerPoint),
    tax: {
      standard: standardTaxRate.value,
      reduced: reducedTaxRate.value,
      reducedGenres: [...reducedTaxGenres.value],
    },
  };
}

/** The rules built once from the facts. */
export const rewardRules: RewardRules = rewardRulesFromFacts();
