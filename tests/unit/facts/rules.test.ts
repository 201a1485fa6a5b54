import { describe, expect, it } from "vitest";
import * as facts from "../../../src/lib/facts";
import { ruleSources } from "../../../src/lib/facts/rule-sources";

describe("linked sources of the rules, economics and RMS lessons", () => {
  it("ids are unique across every source the site cites, the lessons' sources included", () => {
    const ids = facts.sources.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const s of ruleSources) expect(ids, s.id).toContain(s.id);
  });

  it("every lesson source has an https URL, and at least the law and Rakuten pages among them are rule-makers' pages", () => {
    for (const s of ruleSources) expect(new URL(s.url).protocol, s.id).toBe("https:");
    const ruleMakers = facts.sources.filter((s) => ruleSources.some((r) => r.id === s.id) && s.ruleMaker);
    expect(ruleMakers.map((s) => s.id).sort()).toEqual(
      ["caa-representation-regulation", "caa-stealth-marketing-faq", "rakuten-affiliate-stealth"].sort(),
    );
  });

  it("a rule fact is official only when its source is, and the schema enforces it", () => {
    const pages = { ...facts.ruleFactPages, ...facts.economicsFactPages, ...facts.rmsFactPages };
    for (const name of Object.keys(pages)) {
      const f = facts[name as keyof typeof facts] as facts.FactMeta;
      expect(f, name).toBeTruthy();
      const cited = facts.sourceIdsOf(f).map(facts.sourceById);
      if (f.status === "official") for (const s of cited) expect(s.ruleMaker, `${name}: ${s.id}`).toBe(true);
    }
    expect(() =>
      facts.ruleFact.parse({
        label: "l",
        value: "v",
        source: "5springs-review-guideline",
        asOf: "2026-11-29",
        status: "official",
      }),
    ).toThrow();
  });

  it("rule facts are whole clauses (no 。 at the end: the page adds it after the status mark)", () => {
    for (const name of Object.keys(facts.ruleFactPages)) {
      const f = facts[name as keyof typeof facts] as { value?: string; items?: string[] };
      for (const text of f.value ? [f.value] : (f.items ?? [])) expect(text.endsWith("。"), name).toBe(false);
    }
  });
});

describe("what the rules say", () => {
  it("the household rule uses the official wording, never a bare 家族", () => {
    expect(facts.householdRule.value).toContain("生計を同一にする者(同居の親族など)");
    expect(facts.householdRule.status).toBe("official");
  });

  it("the rules lesson states the review rule from the one corrected fact: perks on the current order and tied to the rating are banned, a later coupon for every reviewer is not", () => {
    expect(facts.reviewIncentiveRule.value).toContain("今回の注文");
    expect(facts.reviewIncentiveRule.value).toContain("評価");
    expect(facts.reviewerCouponPractice.value).toContain("評価に関係なく");
    expect(facts.reviewerCouponPractice.value).toContain("次回以降");
    expect(facts.reviewerCouponPractice.value).not.toMatch(/禁止|いけません|できません/);
    // Reported until Rakuten's own guideline text is linked.
    for (const f of [facts.reviewIncentiveRule, facts.reviewerCouponPractice])
      expect(f.status).toBe("reported");
  });

  it("the email rule's exceptions and display items are lists; opt-in stays reported until 総務省's page is confirmed over https", () => {
    expect(facts.mailOptIn.status).toBe("reported");
    expect(facts.mailOptIn.unlinked?.join("")).toContain("soumu.go.jp");
    expect(facts.mailOptInExceptions.items.length).toBeGreaterThanOrEqual(3);
    expect(facts.mailDisplayItems.items.length).toBe(4);
  });

  it("the reported shop-cost range is the genre rates plus the reported system fee on them", () => {
    const fee = facts.systemFeePercent.value / 100;
    expect(Math.min(...facts.rewardRates) * (1 + fee)).toBeCloseTo(facts.shopCostRangeLow.value, 10);
    expect(Math.max(...facts.rewardRates) * (1 + fee)).toBeCloseTo(facts.shopCostRangeHigh.value, 10);
  });
});
