/** The same timeline under Asia/Tokyo and America/Los_Angeles (runs in a forked process, where TZ can change). */
import { afterAll, describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import fc from "fast-check";
import { buildTimeline, type TimelineInput } from "../../../src/lib/timeline/events";
import { formatJaDate } from "../../../src/lib/timeline/format";
import { toIcs } from "../../../src/lib/timeline/ics";
import { inputArb } from "./arbitraries";

describe("time zone independence", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  /** Everything a person sees, computed in the current process time zone. */
  const render = (input: TimelineInput) => {
    const t = buildTimeline(input);
    if (!t.ok) return t.error;
    const rows = t.events.map((e) => `${e.id} ${formatJaDate(e.date)}`).join("\n");
    const ics = toIcs(
      t.events.map((e) => ({ uid: e.id, date: e.date, summary: e.title })),
      "20260101T000000Z",
      "x",
    );
    return `${rows}\n${ics}`;
  };

  it("gives the same dates under Asia/Tokyo and America/Los_Angeles", () => {
    const inputs = fc.sample(inputArb, { numRuns: 200, seed: 42 });
    process.env.TZ = "Asia/Tokyo";
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-540);
    const tokyo = inputs.map(render);
    process.env.TZ = "America/Los_Angeles";
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
    const losAngeles = inputs.map(render);
    expect(losAngeles).toEqual(tokyo);
  });
});
