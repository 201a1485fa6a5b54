/** Share links to the calculators for given inputs, written by each calculator's own parameter module (v=1 first). */
import type { CouponInput } from "../coupon";
import { rankParamsFor } from "../rank/params";
import { rewardParamsFor } from "../reward/params";
import type { RewardRules } from "../reward/rules";
import { timelineParams, type TimelineParams } from "../timeline/params";

/** The share-link version every calculator link carries (the #13 contract). */
export const LINK_VERSION = "v=1";

/** "v=1" first, then the other parameters (the calculators' serializers already write v=1; the coupon query does not). */
const withVersion = (query: string) => {
  const rest = new URLSearchParams(query);
  rest.delete("v");
  const others = rest.toString();
  return others ? `${LINK_VERSION}&${others}` : LINK_VERSION;
};

type RewardValues = ReturnType<ReturnType<typeof rewardParamsFor>["parse"]>["values"];
type RankValues = ReturnType<ReturnType<typeof rankParamsFor>["parse"]>["values"];

/** Query for /tools/reward/: the given values over the tool's defaults. */
export function rewardQuery(rules: RewardRules, values: Partial<RewardValues>): string {
  const params = rewardParamsFor(rules);
  return withVersion(params.serialize({ ...params.defaults, ...values }));
}

/** Query for /tools/rank-bonus/. */
export function rankQuery(rules: RewardRules, values: Partial<RankValues>): string {
  const params = rankParamsFor(rules);
  return withVersion(params.serialize({ ...params.defaults, ...values }));
}

/** Query for /tools/crm-timeline/. */
export function timelineQuery(values: Partial<TimelineParams>): string {
  return withVersion(timelineParams.serialize({ ...timelineParams.defaults, ...values }));
}

/**
 * Query for /tools/coupon/. The contract's parameter names are the coupon core's input fields (n, base, lift, aov,
 * margin, discount), so the link is written from the input object itself, in the contract's order.
 */
export function couponQuery(input: CouponInput): string {
  const order: (keyof CouponInput)[] = ["n", "base", "lift", "aov", "margin", "discount"];
  return withVersion(new URLSearchParams(order.map((k) => [k, String(input[k])])).toString());
}
