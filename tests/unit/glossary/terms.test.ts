import { describe, expect, it } from "vitest";
import { termById, terms } from "../../../src/lib/glossary/terms";

describe("glossary terms", () => {
  it("ids are unique and never collide with the category anchors", () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith("category-")).toBe(false);
  });

  it("no alias names another entry or is listed under two entries (an alias says the words mean the same)", () => {
    const owner = new Map(terms.map((t) => [t.term, t.id]));
    const aliases = terms.flatMap((t) => (t.aliases ?? []).map((alias) => ({ alias, id: t.id })));
    for (const { alias, id } of aliases) expect(owner.get(alias) ?? id, alias).toBe(id);
    expect(new Set(aliases.map((a) => a.alias)).size).toBe(aliases.length);
  });

  it("every term has a definition in Japanese and a hiragana reading", () => {
    for (const t of terms) {
      expect(t.definition.length, t.id).toBeGreaterThan(10);
      expect(t.definition, t.id).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(t.reading ?? "", t.id).toMatch(/^[ぁ-んー]+$/);
    }
  });

  it("keeps the ids the guides already use", () => {
    for (const id of [
      "room",
      "r-sns",
      "crm",
      "repurchase-coupon",
      "review-request",
      "open-rate",
      "business-day",
    ]) {
      expect(termById(id).id).toBe(id);
    }
    expect(() => termById("no-such-term")).toThrow();
  });
});
