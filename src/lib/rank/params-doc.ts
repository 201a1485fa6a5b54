/** Descriptions of the rank comparison's URL parameters for the developer notes (server side only). */
import { rateDoc } from "../reward/params-doc";
import type { RewardRules } from "../reward/rules";

/** Descriptions by parameter name. */
export function rankParamDocs(rules: RewardRules): Record<string, string> {
  return {
    rate: rateDoc(rules, "報酬シミュレーターのジャンル表を参照"),
    rank: rules.ranks.join(" / "),
  };
}
