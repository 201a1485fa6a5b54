/**
 * Every calculator's URL parameters under hostile, random and extreme values, as pure functions: parsing never throws,
 * never echoes a value into a notice, names only parameters the link has, and always yields values a link can carry
 * (serialize then parse gives them back). The browser fuzz (tests/e2e/fuzz.test.mjs) checks the wiring on fewer runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueArb } from "../../fuzz-values.mjs";
import { couponParams } from "../../../src/lib/coupon/params";
import { rankParamsFor } from "../../../src/lib/rank/params";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";
import { rewardParamsFor } from "../../../src/lib/reward/params";
import { timelineParams } from "../../../src/lib/timeline/params";
import type { ParamSet, ParamSpecs } from "../../../src/lib/url-state";

const sets = {
  reward: rewardParamsFor(rules),
  "rank-bonus": rankParamsFor(rules),
  "crm-timeline": timelineParams,
  coupon: couponParams,
} as unknown as Record<string, ParamSet<ParamSpecs>>;

describe.each(Object.entries(sets))("%s parameters under hostile values", (_, set) => {
  const names = [...Object.values(set.specs).map((s) => s.name), "v", "x"];
  const queryArb = fc.dictionary(fc.constantFrom(...names), valueArb, { minKeys: 1, maxKeys: 6 });

  it("parse never throws, names only the link's parameters, never echoes markup, and yields values a link carries", () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { values, notices } = set.parse(new URLSearchParams(query));
        for (const n of notices) {
          expect(Object.keys(query)).toContain(n.param);
          expect(n.message).not.toMatch(/<|onerror|javascript:/);
        }
        expect(set.parse(set.serialize(values)).values).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});
