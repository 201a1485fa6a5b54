/** Every guide page that cites sources names known ones and keeps its last-verified date. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceById } from "../../../src/lib/facts";

/** Frontmatter of every .mdx page under src/content/docs, by path. */
function pages(dir = "src/content/docs", out: [string, string][] = []): [string, string][] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) pages(p, out);
    else if (name.endsWith(".mdx")) out.push([p, readFileSync(p, "utf8").split(/^---$/m)[1] ?? ""]);
  }
  return out;
}

const all = pages();
const cited = (front: string) =>
  front
    .match(/^sources:\s*\[([^\]]*)\]/m)?.[1]
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean) ?? [];

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
