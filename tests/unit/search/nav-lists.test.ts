import { describe, expect, it } from "vitest";
import type { Element, Root } from "hast";
import { isLinkList, navSectionNodes, searchNavLists } from "../../../src/lib/search/nav-lists";

const text = (value: string) => ({ type: "text" as const, value });
const el = (tagName: string, children: Root["children"] = [], properties = {}): Element => ({
  type: "element",
  tagName,
  properties,
  children: children as Element["children"],
});
const link = (label: string) => el("a", [text(label)], { href: "/room/rank/" });
const li = (...children: Root["children"]) => el("li", children);

describe("navigation link lists", () => {
  const nextPages = el("ul", [li(text("ランクで報酬がどう変わるか: "), link("ROOMランク"))]);
  const prose = el("ul", [
    li(
      text("長い説明の文がリンクの前後にたくさん続く項目で、ただの案内ではない内容を書いています。"),
      link("ROOMランク"),
    ),
  ]);
  it("a list of links with little text around them is navigation; prose with a link is not", () => {
    expect(isLinkList(nextPages)).toBe(true);
    expect(isLinkList(prose)).toBe(false);
    expect(isLinkList(el("ul", [li(text("リンクなし"))]))).toBe(false);
  });
  it("marks a heading section made only of link lists, not one with prose", () => {
    const h2a = el("h2", [text("次に読むページ")]);
    const h2b = el("h2", [text("ランクはいつ見直される?")]);
    const tree: Root = {
      type: "root",
      children: [h2b, el("p", [text("毎月です。")]), nextPages, h2a, text("\n"), nextPages],
    };
    expect(navSectionNodes(tree)).toEqual([h2a, nextPages]);
  });
  it("leaves hub pages whole (frontmatter kind)", () => {
    const tree: Root = { type: "root", children: [el("h2", [text("次に読むページ")]), nextPages] };
    const set: unknown[] = [];
    const ctx = (kind: string) => ({
      data: { astro: { frontmatter: { kind } } },
      setProperty: (node: unknown) => set.push(node),
    });
    searchNavLists.before(tree, ctx("hub"));
    expect(set).toEqual([]);
    searchNavLists.before(tree, ctx("lesson"));
    expect(set.length).toBe(2);
  });
});
