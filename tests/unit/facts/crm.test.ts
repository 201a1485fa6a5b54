import { describe, expect, it } from "vitest";
import * as facts from "../../../src/lib/facts";

describe("CRM facts", () => {
  it("coupon validity is a range in days, shorter end first", () => {
    expect(facts.couponValidityMinDays.unit).toBe("日");
    expect(facts.couponValidityMaxDays.unit).toBe("日");
    expect(facts.couponValidityMinDays.value).toBeLessThan(facts.couponValidityMaxDays.value);
  });

  it("the review rule bans perks on the current order and rating-tied perks, since November 2015, as a reported fact", () => {
    const rule = facts.reviewIncentiveRule;
    expect(rule.status).toBe("reported");
    expect(rule.since).toBe("2015-11-01");
    expect(rule.value).toMatch(/今回の注文/);
    expect(rule.value).toMatch(/評価/);
    expect(rule.value).not.toMatch(/次回/);
  });

  it("a later-purchase coupon for every reviewer, whatever the rating, is stated as widely used (reported)", () => {
    const practice = facts.reviewerCouponPractice;
    expect(practice.status).toBe("reported");
    expect(practice.value).toMatch(/評価に関係なく/);
    expect(practice.value).toMatch(/再購入クーポン/);
  });

  it("the post-purchase mail has exactly three required parts", () => {
    expect(facts.postPurchaseMailParts.items).toHaveLength(3);
  });

  it("the site's own advice and policy are editorial, not 非公式", () => {
    for (const f of [
      facts.postPurchaseMailParts,
      facts.customerStates,
      facts.crmMetrics,
      facts.saleDatesPolicy,
    ])
      expect(f.status, f.label).toBe("editorial");
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
