/**
 * Defects of issue 13 found by using the calculators as a consultant would, one test each at the level where the
 * defect lives (pure cores and URL parameters). Browser-level defects are in tests/e2e/calc-defects.test.mjs.
 */
import { describe, expect, it } from "vitest";
import "../../../src/lib/timeline/holiday-data";
import { parseNumberInput } from "../../../src/lib/input";
import { rewardRules } from "../../../src/lib/reward/from-facts";
import { rewardParamsFor } from "../../../src/lib/reward/params";
import { TIMELINE_DEFAULTS, timelineParams } from "../../../src/lib/timeline/params";
import { planTimeline } from "../../../src/lib/timeline/plan";
import { planIcs } from "../../../src/lib/timeline/plan-ics";
import { eventNotes } from "../../../src/lib/timeline/plan";

const rewardParams = rewardParamsFor(rewardRules);

describe("issue 13 defects", () => {
  it("reads the price formats Rakuten's pages show: ¥1,980(税込), 1,980円(税込), 1,980円（税込）", () => {
    for (const raw of ["¥1,980(税込)", "1,980円(税込)", "1,980円（税込）", "￥1,980（税込）"]) {
      expect(parseNumberInput(raw)).toEqual({ ok: true, value: 1980 });
    }
    // Still not a price: a quantity pasted with it.
    expect(parseNumberInput("¥1,980(税込)×2").ok).toBe(false);
  });

  it("gives two sales with the same dates different .ics UIDs", () => {
    const plan = planTimeline({ ...TIMELINE_DEFAULTS, order: "2026-11-20" }, "2026-11-20");
    if (!plan.ok) throw new Error(plan.error);
    const sales = [
      { name: "スーパーSALE", start: "2026-12-04", end: "2026-12-11" },
      { name: "ショップ独自SALE", start: "2026-12-04", end: "2026-12-11" },
    ];
    const ics = planIcs(plan, sales, "20261120T000000Z", eventNotes("ルール"));
    const uids = [...ics.replace(/\r\n /g, "").matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids.length).toBe(plan.events.length + 2);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it("a bad order date says that today's date is used, not 「既定値(なし)」", () => {
    const { notices } = timelineParams.parse("order=2026-13-01");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).not.toContain("既定値(なし)");
    expect(notices[0]?.message).toContain("今日");
  });

  it("an empty ?cart= is the default without a notice", () => {
    expect(rewardParams.parse("cart=").notices).toEqual([]);
  });

  it("a cart over 4,000 characters keeps its first lines and says how many were dropped, like a cart of 100+ lines", () => {
    const cart = Array.from({ length: 250 }, (_, i) => `kitchen.${100000 + i}.20`).join("_");
    expect(cart.length).toBeGreaterThan(4000);
    const { values, notices } = rewardParams.parse(`cart=${cart}`);
    expect(values.cart).toHaveLength(99);
    expect(values.cart[0]).toMatchObject({ rate: "kitchen", price: 100000, qty: 20 });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain("250件のうち151件");
  });

  it("a sale name that is shortened or changed when read from a link says so", () => {
    const long = "あ".repeat(40);
    const { values, notices } = timelineParams.parse(
      `order=2026-01-05&sales=${encodeURIComponent(`2026-12-04..2026-12-11:${long}`)}`,
    );
    expect(values.sales[0]?.name.length).toBeLessThanOrEqual(30);
    expect(notices.map((n) => n.param)).toEqual(["sales"]);
  });
});
