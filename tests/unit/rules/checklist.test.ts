import { describe, expect, it } from "vitest";
import { checkSteps } from "../../../src/lib/rules/checklist";
import { rulePages, rulePath } from "../../../src/lib/rules/pages";
import { frontmatterOf } from "../guide-frontmatter";

describe("「この施策は大丈夫?」", () => {
  it("walks every rule lesson at least once", () => {
    const covered = new Set(checkSteps.map((s) => s.rule));
    for (const id of Object.keys(rulePages).filter((id) => id !== "checklist")) expect(covered).toContain(id);
  });

  it("each step is a plain-form question with things to check and a stop condition", () => {
    for (const s of checkSteps) {
      expect(s.question.endsWith("?"), s.id).toBe(true);
      expect(s.question).not.toMatch(/ですか\?$|いい\?$|のか\?$/);
      expect(s.ifYes.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.stop.endsWith("。"), s.id).toBe(true);
    }
  });

  it("names each step in its frontmatter as summing up the rule lesson it links to (search ranks the lesson first)", () => {
    expect(frontmatterOf("src/content/docs/rules/checklist.mdx").summaries).toEqual(
      Object.fromEntries(checkSteps.map((s) => [s.id, rulePath(s.rule)])),
    );
  });
});
