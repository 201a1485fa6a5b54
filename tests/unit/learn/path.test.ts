import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayThemes, isOnPath, learningPath, pathByDay, totalMinutes } from "../../../src/lib/learn/path";

/** Lesson slugs that exist as files in one section of src/content/docs (index pages are not lessons). */
function lessonsIn(section: string): string[] {
  return readdirSync(join("src/content/docs", section))
    .filter((f) => f.endsWith(".mdx") && f !== "index.mdx")
    .map((f) => `${section}/${f.replace(/\.mdx$/, "")}`);
}

describe("learning path", () => {
  it("lists every CRM lesson and the CRM FAQ that exist on disk", () => {
    const slugs = learningPath.map((e) => e.slug);
    for (const s of [...lessonsIn("crm"), "faq/crm"]) expect(slugs).toContain(s);
  });

  it("lists every ROOM lesson and tool page that exists on disk (after merge too)", () => {
    const slugs = learningPath.map((e) => e.slug);
    for (const s of [...lessonsIn("room"), ...lessonsIn("tools")]) expect(slugs).toContain(s);
  });

  it("groups by day in order, every day has a theme, and minutes add up", () => {
    const days = pathByDay();
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort((a, b) => a - b));
    expect(days.flatMap((d) => d.entries)).toEqual(learningPath);
    for (const d of days) expect(dayThemes[d.day]).toBeTruthy();
    expect(days.reduce((sum, d) => sum + totalMinutes(d.entries), 0)).toBe(totalMinutes(learningPath));
  });

  it("knows which pages are lessons", () => {
    expect(isOnPath("/crm/why/")).toBe(true);
    expect(isOnPath("glossary")).toBe(false);
  });
});
