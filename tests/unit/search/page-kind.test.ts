import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kindMeta, pageKind } from "../../../src/lib/search/page-kind";
import { listsMeta, namedBy } from "../../../src/lib/search/page-lists";
import { summariesMeta, summarySections } from "../../../src/lib/search/page-summaries";
import { guideFrontmatter, parsedFrontmatter } from "../guide-frontmatter";

describe("page kind metadata", () => {
  it("round-trips through Pagefind's meta and defaults to lesson", () => {
    expect(kindMeta("hub")).toBe("kind:hub");
    expect(pageKind({ kind: "glossary" })).toBe("glossary");
    expect(pageKind({})).toBe("lesson");
    expect(pageKind({ kind: "unknown" })).toBe("lesson");
  });
});

describe("what a hub lists", () => {
  it("is carried as metadata and read with the title", () => {
    expect(listsMeta(["事例", "手順"])).toBe("lists:事例 手順");
    expect(namedBy({ title: "現場の実務", lists: "事例" })).toBe("現場の実務 事例");
    expect(namedBy({ title: "計算ツール" })).toBe("計算ツール");
  });
});

describe("sections that sum up another page", () => {
  it("are carried as metadata by id", () => {
    expect(summariesMeta(["step-mail", "step-price"])).toBe("summaries:step-mail step-price");
    expect([...summarySections({ summaries: "step-mail step-price" })]).toEqual(["step-mail", "step-price"]);
    expect(summarySections({}).size).toBe(0);
  });
  it("name a page of the guide as the one they sum up (frontmatter summaries)", () => {
    const targets = guideFrontmatter().flatMap(([, front]) =>
      Object.values((parsedFrontmatter(front).summaries ?? {}) as Record<string, string>),
    );
    expect(targets.length).toBeGreaterThanOrEqual(9);
    for (const path of targets)
      expect(existsSync(`src/content/docs${path.replace(/\/$/, "")}.mdx`), path).toBe(true);
  });
});
