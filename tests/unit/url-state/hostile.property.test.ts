/**
 * Every calculator's URL parameters under hostile, random and extreme values, as pure functions: parsing never throws,
 * never echoes a value into a notice, names only parameters the link has, and always yields values a link can carry
 * (serialize then parse gives them back). The browser fuzz (tests/e2e/fuzz.test.mjs) checks the wiring on fewer runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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

/** Markup a careless page would run or render. */
const PAYLOADS = [
  `<img src=x onerror="window.__fuzzHit=1">`,
  `"><script>window.__fuzzHit=1</script>`,
  `</output><svg onload=alert(1)>`,
  `javascript:alert(1)//`,
];
/** Edges: numbers, dates, lists, bidi marks, other digit systems, prototype keys, very long text. */
const ODD = [
  "",
  " ",
  "-0",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0x10",
  "1,000,000,000,000,000円",
  "１２３",
  "٣",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "２０２６－０１－０５",
  "\u202e2026-01-05",
  "2026-12-04..2026-12-01",
  "..",
  ",,,,",
  "sat,sat,sat,xyz",
  "__proto__",
  "constructor",
  "\u0000",
  "a".repeat(5000),
];
const isoish = fc
  .tuple(
    fc.integer({ min: -1, max: 10000 }),
    fc.integer({ min: -1, max: 14 }),
    fc.integer({ min: -1, max: 40 }),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );
const valueArb = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(...ODD),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String),
  isoish,
  fc
    .array(
      fc.oneof(
        isoish,
        fc.tuple(isoish, isoish).map(([a, b]) => `${a}..${b}`),
      ),
      { maxLength: 4 },
    )
    .map((xs) => xs.join(",")),
);

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
