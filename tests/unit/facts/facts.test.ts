import { describe, expect, it } from "vitest";
import * as facts from "../../../src/lib/facts";
import { factMeta, sourceById, sourceIdsOf, sources, textFact } from "../../../src/lib/facts";
import { collectFacts } from "../../../src/lib/facts/freshness";
import { isRuleMakerUrl } from "../../../src/lib/facts/rule-makers";
import { citedSources, guideFrontmatter } from "../guide-frontmatter";

const all = collectFacts(facts as Record<string, unknown>);

/** Source ids the guide pages name in their `sources` frontmatter (a page may cite evidence no single fact carries). */
const pageSourceIds = (): Set<string> =>
  new Set(guideFrontmatter().flatMap(([, front]) => citedSources(front)));

describe("facts data", () => {
  it("has facts to check", () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it.each(all.map((f) => [f.path, f.fact] as const))(
    "%s is a valid fact with known sources",
    (_path, fact) => {
      const meta = factMeta.parse(fact);
      for (const id of sourceIdsOf(meta)) expect(() => sourceById(id)).not.toThrow();
      expect(Date.parse(meta.asOf)).not.toBeNaN();
    },
  );

  it("every official fact cites only rule-maker pages, and every reported one cites a page or says why it cannot", () => {
    for (const { path, fact } of all) {
      const cited = sourceIdsOf(fact).map(sourceById);
      if (fact.status === "official") {
        expect(cited.length, path).toBeGreaterThan(0);
        expect(
          cited.filter((s) => !s.ruleMaker).map((s) => s.id),
          path,
        ).toEqual([]);
      } else expect(cited.length + (fact.unlinked?.length ?? 0), path).toBeGreaterThan(0);
    }
  });

  it("every source has a title, a publisher, an https URL and an access date, and is cited by a fact or a page", () => {
    const cited = new Set([...all.flatMap(({ fact }) => sourceIdsOf(fact)), ...pageSourceIds()]);
    for (const s of sources) {
      expect(s.title.length, s.id).toBeGreaterThan(0);
      expect(s.publisher.length, s.id).toBeGreaterThan(0);
      expect(new URL(s.url).protocol, s.id).toBe("https:");
      expect(s.accessed, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(cited.has(s.id), `${s.id} is cited by no fact and no page`).toBe(true);
    }
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

describe("rule-maker pages", () => {
  it.each([
    "https://affiliate.rakuten.co.jp/guides/rate/index.html",
    "https://affiliate.faq.rakuten.net/detail/000014353",
    "https://plaza.rakuten.co.jp/affiliatestaff/diary/?ctgy=7",
    "https://www.caa.go.jp/policies/policy/representation/fair_labeling/faq/stealth_marketing",
    "https://www8.cao.go.jp/chosei/shukujitsu/gaiyou/kaku.html",
  ])("%s is a rule-maker page", (url) => {
    expect(isRuleMakerUrl(url)).toBe(true);
  });

  it.each([
    ["a shop's page on rakuten.co.jp", "https://rakuten.co.jp/matin/contents/review-202503"],
    ["a shop's page on www.rakuten.co.jp", "https://www.rakuten.co.jp/matin/"],
    ["an affiliate page outside the guides", "https://affiliate.rakuten.co.jp/campaign/"],
    ["another blog on plaza.rakuten.co.jp", "https://plaza.rakuten.co.jp/someone/diary/"],
    ["a go.jp page over http", "http://www.soumu.go.jp/main_sosiki/joho_tsusin/security/basic/legal/08.html"],
    ["a prefecture (lg.jp)", "https://www.pref.tokushima.lg.jp/sp/shohi/docs/7236066"],
    ["a host that only looks like go.jp", "https://go.jp.example.com/law"],
    ["a practitioner's blog", "https://jagoo.co.jp/column/rakuten-room"],
    ["not a URL", "affiliate.rakuten.co.jp/guides/"],
  ])("%s is not (%s)", (_why, url) => {
    expect(isRuleMakerUrl(url)).toBe(false);
  });
});

describe("the status rule in the schema", () => {
  const base = { label: "テスト", value: "テスト", asOf: "2026-11-29" };

  it("accepts an official fact that cites a Rakuten rule page", () => {
    expect(() =>
      textFact.parse({ ...base, status: "official", source: "rakuten-affiliate-faq-family" }),
    ).not.toThrow();
  });

  it("rejects an official fact that cites a practitioner, or a shop's page on rakuten.co.jp", () => {
    for (const source of [
      "jagoo-room",
      "rakuten-shop-matin-review-coupon",
      ["rakuten-affiliate-guideline", "jagoo-room"],
    ])
      expect(() => textFact.parse({ ...base, status: "official", source }), String(source)).toThrow(
        /official/,
      );
  });

  it("accepts the same practitioner source as reported", () => {
    expect(() => textFact.parse({ ...base, status: "reported", source: "jagoo-room" })).not.toThrow();
  });

  it("rejects an unknown source id, a fact with no evidence, and an official fact with unlinked evidence", () => {
    expect(() => textFact.parse({ ...base, status: "reported", source: "no-such-source" })).toThrow(
      /no-such-source/,
    );
    expect(() => textFact.parse({ ...base, status: "reported", source: [] })).toThrow(/出典がありません/);
    expect(() =>
      textFact.parse({ ...base, status: "reported", source: [], unlinked: ["http のみのページ"] }),
    ).not.toThrow();
    expect(() =>
      textFact.parse({
        ...base,
        status: "official",
        source: "rakuten-affiliate-faq-family",
        unlinked: ["http のみのページ"],
      }),
    ).toThrow();
  });

  it("rejects a source without an https URL", () => {
    expect(() =>
      facts.sourceSchema.parse({
        id: "x",
        title: "t",
        publisher: "p",
        url: "http://www.soumu.go.jp/",
        accessed: "2026-11-29",
      }),
    ).toThrow(/https/);
  });
});
