import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kindMeta, pageKind } from "../../../src/lib/search/page-kind";
import { listsMeta, namedBy } from "../../../src/lib/search/page-lists";
import { summariesMeta, summarySections } from "../../../src/lib/search/page-summaries";
import { exampleSections, examplesMeta } from "../../../src/lib/search/page-examples";
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

describe("sections that hold a text to copy", () => {
  it("are carried as metadata by id", () => {
    expect(examplesMeta(["roomユーザーへの依頼文には何を書く"])).toBe(
      "examples:roomユーザーへの依頼文には何を書く",
    );
    expect([...exampleSections({ examples: "a b" })]).toEqual(["a", "b"]);
    expect(exampleSections({}).size).toBe(0);
  });
  it("are declared (frontmatter examples) on every page but the template page, one per section with a text block", () => {
    let declared = 0;
    for (const [file, front] of guideFrontmatter()) {
      const data = parsedFrontmatter(front);
      if (data.kind === "template") continue;
      const body = readFileSync(file, "utf8");
      const withText = body.split(/^## /m).filter((section, i) => i > 0 && /^```text/m.test(section)).length;
      const examples = (data.examples ?? []) as string[];
      expect(examples.length, file).toBe(withText);
      declared += examples.length;
    }
    expect(declared).toBeGreaterThanOrEqual(1);
  });
});
