import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DAY_BUDGET_MINUTES,
  dayThemes,
  isOnPath,
  learningPath,
  pathByDay,
  totalMinutes,
} from "../../../src/lib/learn/path";
import { quizFor } from "../../../src/lib/learn/quizzes";
import { timedPath, type LessonSource } from "../../../src/lib/learn/reading-time";

/** Lesson slugs that exist as files in one section of src/content/docs (index pages are not lessons). */
function lessonsIn(section: string): string[] {
  return readdirSync(join("src/content/docs", section))
    .filter((f) => f.endsWith(".mdx") && f !== "index.mdx")
    .map((f) => `${section}/${f.replace(/\.mdx$/, "")}`);
}

/** The path's lessons as the build reads them (source and frontmatter kind), for those that exist on disk. */
const docs: LessonSource[] = learningPath
  .map((e) => `src/content/docs/${e.slug}.mdx`)
  .filter((file) => existsSync(file))
  .map((file) => {
    const body = readFileSync(file, "utf8");
    return {
      id: file.replace(/^src\/content\/docs\/|\.mdx$/g, ""),
      body,
      kind: body.match(/^kind:\s*(\w+)/m)?.[1] ?? "",
    };
  });
const timed = timedPath(learningPath, docs, (slug) => quizFor(slug).length);

describe("learning path", () => {
  it("lists every lesson of every section that exists on disk (after merge too)", () => {
    const slugs = learningPath.map((e) => e.slug);
    for (const section of ["room", "crm", "tools", "rules", "practice"])
      for (const s of lessonsIn(section)) expect(slugs, section).toContain(s);
    for (const s of ["faq/room", "faq/crm"]) expect(slugs).toContain(s);
  });

  it("puts why ROOM and CRM matter to a shop, and what ROOM costs it, before the mechanics", () => {
    const at = (slug: string) => learningPath.findIndex((e) => e.slug === slug);
    for (const why of ["room/audience", "room/merits", "crm/why", "room/shop-cost"]) {
      expect(at(why)).toBeGreaterThanOrEqual(0);
      expect(at(why), why).toBeLessThan(at("room/rewards"));
      expect(at(why), why).toBeLessThan(at("room/rank"));
    }
    // Each rule lesson comes no later than the day after the tactic it governs.
    const dayOf = (slug: string) => learningPath.find((e) => e.slug === slug)?.day ?? 0;
    expect(dayOf("rules/email-law")).toBe(dayOf("crm/post-purchase-mail"));
    expect(dayOf("rules/reviews")).toBe(dayOf("crm/reviews"));
    expect(dayOf("rules/stealth-marketing")).toBe(dayOf("room/sales"));
  });

  it("groups by day in order, every day has a theme, and minutes add up", () => {
    const days = pathByDay(timed);
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort((a, b) => a - b));
    expect(days.flatMap((d) => d.entries)).toEqual(timed);
    for (const d of days) expect(dayThemes[d.day]).toBeTruthy();
    expect(days.reduce((sum, d) => sum + totalMinutes(d.entries), 0)).toBe(totalMinutes(timed));
  });

  it("every day fits the promised hour, with the minutes derived from the lessons themselves", () => {
    for (const { day, entries } of pathByDay(timed)) {
      const minutes = totalMinutes(entries);
      expect(minutes, `day ${day}: ${minutes} min`).toBeLessThanOrEqual(DAY_BUDGET_MINUTES);
      expect(minutes, `day ${day} is nearly empty`).toBeGreaterThanOrEqual(20);
    }
  });

  it("knows which pages are lessons", () => {
    expect(isOnPath("/crm/why/")).toBe(true);
    expect(isOnPath("/rules/checklist/")).toBe(true);
    expect(isOnPath("glossary")).toBe(false);
  });
});
