import { describe, expect, it } from "vitest";
import { ZodType } from "zod";
import * as facts from "../../../src/lib/facts";
import { factMeta, sourceById } from "../../../src/lib/facts";

/** Every object anywhere in the facts exports that looks like a fact (has `source` and `asOf`). */
function collectFacts(value: unknown, path: string, out: [string, unknown][]) {
  if (Array.isArray(value)) value.forEach((v, i) => collectFacts(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    if ("source" in value && "asOf" in value) out.push([path, value]);
    for (const [k, v] of Object.entries(value)) collectFacts(v, `${path}.${k}`, out);
  }
  return out;
}

const all = collectFacts(
  Object.fromEntries(
    Object.entries(facts).filter(([, v]) => typeof v !== "function" && !(v instanceof ZodType)),
  ),
  "facts",
  [],
);

describe("facts data", () => {
  it("has facts to check", () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all)("%s is a valid fact with a known source", (_path, fact) => {
    const meta = factMeta.parse(fact);
    expect(() => sourceById(meta.source)).not.toThrow();
    expect(Date.parse(meta.asOf)).not.toBeNaN();
  });

  it("genre keys are unique and every rate is 2, 3 or 4", () => {
    const keys = facts.genreRates.genres.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(facts.genreRates.genres.map((g) => g.rate))).toEqual(new Set([2, 3, 4]));
  });

  it("every genre the reduced tax rate applies to is a genre of the reward table", () => {
    const keys = new Set(facts.genreRates.genres.map((g) => g.key));
    expect(facts.reducedTaxGenres.value.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("rank bonuses are S 3, A 2, B 1 and 0 below B", () => {
    expect(facts.ranks.map(facts.bonusRateFor)).toEqual([3, 2, 1, 0, 0, 0]);
  });

  it("per-unit caps are 1,000 points", () => {
    expect(facts.normalCapPerUnit.value).toBe(1000);
    expect(facts.bonusCapPerUnit.value).toBe(1000);
  });
});
