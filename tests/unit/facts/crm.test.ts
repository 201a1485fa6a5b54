import { describe, expect, it } from "vitest";
import * as facts from "../../../src/lib/facts";

describe("CRM facts", () => {
  it("coupon validity is a range in days, shorter end first", () => {
    expect(facts.couponValidityMinDays.unit).toBe("日");
    expect(facts.couponValidityMaxDays.unit).toBe("日");
    expect(facts.couponValidityMinDays.value).toBeLessThan(facts.couponValidityMaxDays.value);
  });

  it("the review-incentive rule is dated November 2015 and its label month matches asOf", () => {
    expect(facts.reviewIncentiveRule.asOf).toBe(facts.reviewIncentiveRuleSince.asOf);
    const [y, m] = facts.reviewIncentiveRuleSince.asOf.split("-").map(Number);
    expect(facts.reviewIncentiveRuleSince.value).toBe(`${y}年${m}月`);
  });

  it("the post-purchase mail has exactly three required parts", () => {
    expect(facts.postPurchaseMailParts.items).toHaveLength(3);
  });

  it("every fact named in crmFactPages exists and points at a CRM lesson", () => {
    for (const [name, slug] of Object.entries(facts.crmFactPages)) {
      expect(facts[name as keyof typeof facts], name).toBeTruthy();
      expect(slug).toMatch(/^crm\/[a-z-]+$/);
    }
  });

  it("the sale labels include the four usual Rakuten events", () => {
    expect(facts.saleLabels.items.length).toBeGreaterThanOrEqual(4);
  });
});
