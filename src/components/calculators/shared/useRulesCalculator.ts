/** Wiring the reward and rank-bonus islands share: props, rule-built parameters, select options and URL state. */
import { useMemo } from "react";
import type { RewardRules } from "../../../lib/reward";
import type { ParamSet, ParamSpecs } from "../../../lib/url-state";
import { useUrlState } from "../shared/useUrlState";
import { rankOptions, rateOptions } from "./options";

export interface RulesCalculatorProps {
  /** Reward rules from the facts, passed by the page (keeps the facts module out of the browser). */
  rules: RewardRules;
  /** Read and write the page URL (tool page). Set false when embedded in a lesson. */
  urlSync?: boolean;
  /** Embedded use: the tool page's address, so "copy link" opens the full tool with these values. */
  shareHref?: string;
}

/** Parameters built from the rules, the rate and rank choices, and the URL-backed values. */
export function useRulesCalculator<S extends ParamSpecs>(
  { rules, urlSync = true, shareHref }: RulesCalculatorProps,
  paramsFor: (rules: RewardRules) => ParamSet<S>,
) {
  const params = useMemo(() => paramsFor(rules), [paramsFor, rules]);
  const rateChoices = useMemo(() => rateOptions(rules), [rules]);
  const rankChoices = useMemo(() => rankOptions(rules), [rules]);
  const state = useUrlState(params, urlSync, shareHref);
  /** Headings inside the island: h2 on the tool page, h3 when embedded under a lesson's h2. */
  const FormulaHeading: "h2" | "h3" = urlSync ? "h2" : "h3";
  return { ...state, rateChoices, rankChoices, FormulaHeading, urlSync };
}
