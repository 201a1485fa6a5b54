/** Wiring the reward and rank-bonus islands share: props, rule-built parameters, select options and URL state. */
import { useMemo } from "react";
import type { RewardRules } from "../../../lib/reward";
import type { ParamSet, ParamSpecs } from "../../../lib/url-state";
import type { Placement } from "./placement";
import { rankOptions, rateOptions } from "./rule-options";
import { useCalculator } from "./useCalculator";

export interface RulesCalculatorProps extends Placement {
  /** Reward rules from the facts, passed by the page (keeps the facts module out of the browser). */
  rules: RewardRules;
}

/** Parameters built from the rules, the rate and rank choices, and the calculator state. */
export function useRulesCalculator<S extends ParamSpecs>(
  props: RulesCalculatorProps,
  paramsFor: (rules: RewardRules) => ParamSet<S>,
) {
  const { rules } = props;
  const params = useMemo(() => paramsFor(rules), [paramsFor, rules]);
  const rateChoices = useMemo(() => rateOptions(rules), [rules]);
  const rankChoices = useMemo(() => rankOptions(rules), [rules]);
  return { ...useCalculator(params, props), params, rateChoices, rankChoices };
}
