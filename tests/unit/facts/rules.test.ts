import { describe, expect, it } from "vitest";
import * as facts from "../../../src/lib/facts";
import { isRuleMakerPage, linkedSourceSchema, ruleSources } from "../../../src/lib/facts/rule-sources";

describe("linked sources of the rules, economics and RMS lessons", () => {
  it("ids are unique across every source the site cites", () => {
    const ids = facts.allSources.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every one has an https URL, and official ones are the rule-maker's own pages", () => {
    for (const s of ruleSources) {
      expect(new URL(s.url).protocol, s.id).toBe("https:");
      if (s.official) expect(isRuleMakerPage(s.url), s.id).toBe(true);
    }
    expect(ruleSources.filter((s) => s.official).length).toBeGreaterThanOrEqual(6);
  });

  it("the schema refuses a blog marked official and an http URL", () => {
    const base = { id: "x", title: "t", publisher: "p", accessed: "2026-11-29" };
    expect(() =>
      linkedSourceSchema.parse({ ...base, url: "https://example.com/a", official: true }),
    ).toThrow();
    expect(() =>
      linkedSourceSchema.parse({ ...base, url: "http://www.caa.go.jp/a", official: true }),
    ).toThrow();
    expect(
      linkedSourceSchema.parse({ ...base, url: "https://www.caa.go.jp/a", official: true }).official,
    ).toBe(true);
  });

  it("a rule fact is official only when its source is, and the schema enforces it", () => {
    const pages = { ...facts.ruleFactPages, ...facts.economicsFactPages, ...facts.rmsFactPages };
    for (const name of Object.keys(pages)) {
      const f = facts[name as keyof typeof facts] as { source: string; status: string };
      expect(f, name).toBeTruthy();
      const s = ruleSources.find((x) => x.id === f.source);
      // A fact about an unlinked source (the seed article's PR prices) can only be reported.
      if (!s) expect(f.status, `${name}: ${f.source}`).toBe("reported");
      if (f.status === "official") expect(s?.official, name).toBe(true);
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

  it("the review rule bans perks on the current order and tied to the rating, not a later coupon for every reviewer", () => {
    expect(facts.reviewCurrentOrderBan.value).toContain("今回の注文");
    expect(facts.reviewRatingBan.value).toContain("評価");
    expect(facts.reviewLaterCoupon.value).toContain("評価に関係なく");
    expect(facts.reviewLaterCoupon.value).toContain("次回以降");
    expect(facts.reviewLaterCoupon.value).not.toMatch(/禁止|いけません|できません/);
    // Reported until Rakuten's own guideline text is linked.
    for (const f of [facts.reviewCurrentOrderBan, facts.reviewRatingBan, facts.reviewLaterCoupon])
      expect(f.status).toBe("reported");
  });

  it("the email rule's exceptions and display items are lists, and opt-in is official", () => {
    expect(facts.mailOptIn.status).toBe("official");
    expect(facts.mailOptInExceptions.items.length).toBeGreaterThanOrEqual(3);
    expect(facts.mailDisplayItems.items.length).toBe(4);
  });

  it("the reported shop-cost range is the genre rates plus the reported system fee on them", () => {
    const fee = facts.systemFeePercent.value / 100;
    expect(Math.min(...facts.rewardRates) * (1 + fee)).toBeCloseTo(facts.shopCostRangeLow.value, 10);
    expect(Math.max(...facts.rewardRates) * (1 + fee)).toBeCloseTo(facts.shopCostRangeHigh.value, 10);
  });
});
