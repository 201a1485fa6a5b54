import { describe, expect, it } from "vitest";
import { kindMeta, pageKind } from "../../../src/lib/search/page-kind";

describe("page kind metadata", () => {
  it("round-trips through Pagefind's meta and defaults to lesson", () => {
    expect(kindMeta("hub")).toBe("kind:hub");
    expect(pageKind({ kind: "glossary" })).toBe("glossary");
    expect(pageKind({})).toBe("lesson");
    expect(pageKind({ kind: "unknown" })).toBe("lesson");
  });
});
