import { describe, expect, it } from "vitest";
import { lessonMinutes, READING_PACE, readableChars, timedPath } from "../../../src/lib/learn/reading-time";

const mdx = `---
title: タイトルは数えない
kind: lesson
---

import Term from "~/components/guide/Term.astro";
export const x = "数えない";

あいうえお。<Term id="room" />漢字
`;

describe("reading time", () => {
  it("counts the Japanese text of the body only (no frontmatter, imports or exports)", () => {
    expect(readableChars(mdx)).toBe("あいうえお。漢字".length);
  });

  it("adds a minute per quiz question and the calculator time on tool pages", () => {
    const text = "あ".repeat(READING_PACE.charsPerMinute * 2);
    expect(lessonMinutes({ id: "a", body: text, kind: "lesson" }, 0)).toBe(2);
    expect(lessonMinutes({ id: "a", body: text, kind: "lesson" }, 3)).toBe(
      2 + 3 * READING_PACE.minutesPerQuestion,
    );
    expect(lessonMinutes({ id: "a", body: text, kind: "tool" }, 0)).toBe(2 + READING_PACE.toolMinutes);
    expect(lessonMinutes({ id: "a", body: "", kind: "lesson" }, 0)).toBe(1);
  });

  it("gives null for a path entry whose page is not built", () => {
    const timed = timedPath(
      [{ slug: "a" }, { slug: "b" }],
      [{ id: "a", body: "あ", kind: "lesson" }],
      () => 0,
    );
    expect(timed.map((e) => e.minutes)).toEqual([1, null]);
  });
});
