import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/lib/search/normalize";
import { misconversions, sharedWords, synonymGroups } from "../../../src/lib/search/synonyms";

/** Groups each word calls up when typed ("+" entries are answer-side only and do not count). */
function membership(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of groups) {
    const [head = "", ...rest] = g;
    const name = head.replace(/^\?/, "");
    for (const w of head.startsWith("?") ? rest : g) {
      if (w.startsWith("+")) continue;
      const k = normalize(w);
      out.set(k, [...(out.get(k) ?? []), name]);
    }
  }
  return out;
}

describe("synonym groups", () => {
  it("put every word in one group unless it is declared shared (with a reason)", () => {
    const shared = new Set(Object.keys(sharedWords).map(normalize));
    const doubled = [...membership(synonymGroups)].filter(([w, gs]) => gs.length > 1 && !shared.has(w));
    expect(doubled).toEqual([]);
  });
  it("declare shared words that really are shared", () => {
    const m = membership(synonymGroups);
    for (const w of Object.keys(sharedWords)) expect(m.get(normalize(w))?.length ?? 0).toBeGreaterThan(1);
  });
  it("catch a word listed in two groups", () => {
    expect(
      [
        ...membership([
          ["費用", "料金"],
          ["無料", "料金"],
        ]),
      ].filter(([, gs]) => gs.length > 1),
    ).toEqual([["料金", ["費用", "無料"]]]);
  });
  it("have no empty entries", () => {
    for (const g of synonymGroups) for (const w of g) expect(normalize(w.replace(/^[+?]/, ""))).not.toBe("");
  });
});

describe("conversion slips", () => {
  it("no page writes a slip's wrong word, so reading it as the guides' word loses nothing", () => {
    const dir = "src/content/docs";
    const pages = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => readFileSync(join(dir, f), "utf8"));
    for (const wrong of Object.keys(misconversions))
      expect(pages.filter((text) => text.includes(wrong)).length, wrong).toBe(0);
  });
});
