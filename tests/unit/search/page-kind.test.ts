import { describe, expect, it } from "vitest";
import { kindMeta, pageKind } from "../../../src/lib/search/page-kind";
import { listsMeta, namedBy } from "../../../src/lib/search/page-lists";

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
