/** Every guide page that cites sources names known ones and keeps its last-verified date. */
import { describe, expect, it } from "vitest";
import { sourceById } from "../../../src/lib/facts";
import { citedSources as cited, guideFrontmatter } from "../guide-frontmatter";

const all = guideFrontmatter();

describe("guide pages", () => {
  it("there are pages that cite sources", () => {
    expect(all.filter(([, f]) => cited(f).length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(all.filter(([, f]) => /^sources:/m.test(f)))(
    "%s cites known sources and keeps its verified date",
    (_p, front) => {
      for (const id of cited(front)) expect(() => sourceById(id), id).not.toThrow();
      expect(front).toMatch(/^verified:\s*"\d{4}-\d{2}-\d{2}"/m);
    },
  );

  it("every lesson, case, FAQ and tool page (not the section indexes) cites sources, so it has a footer with links and a date", () => {
    const bare = all
      .filter(([p, f]) => !p.endsWith("index.mdx") && /^kind:\s*(lesson|faq|tool|case)\s*$/m.test(f))
      .filter(([, f]) => cited(f).length === 0)
      .map(([p]) => p);
    expect(bare).toEqual([]);
  });
});
