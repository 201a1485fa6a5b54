/**
 * Every calculator's parameter set documents itself for the tool page's table: URL-safe names, Japanese labels,
 * descriptions that show units and choices, and the defaults a link without parameters stands for.
 */
import { describe, expect, it } from "vitest";
import { rankOutputName, rankOutputs, rankParamsFor } from "../../../src/lib/rank/params";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";
import { rewardParamsFor } from "../../../src/lib/reward/params";
import {
  BASE_LABELS,
  CLOSED_RULE_LABELS,
  DAY_PARAMS,
  MAIL_LABELS,
  timelineParams,
} from "../../../src/lib/timeline/params";
import { couponParams } from "../../../src/lib/coupon/params";
import { couponParamDocs } from "../../../src/lib/coupon/params-doc";
import type { ParamSet, ParamSpecs } from "../../../src/lib/url-state";
import { paramRows } from "../../../src/lib/url-state/doc";
import { rewardParamDocs } from "../../../src/lib/reward/params-doc";
import { rankParamDocs } from "../../../src/lib/rank/params-doc";
import { timelineParamDocs } from "../../../src/lib/timeline/params-doc";

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const sets = {
  reward: rewardParamsFor(rules),
  rank: rankParamsFor(rules),
  timeline: timelineParams,
  coupon: couponParams,
};
/** The documentation rows of each set, with the long descriptions the tool pages show. */
const docs: Record<keyof typeof sets, Record<string, string>> = {
  reward: rewardParamDocs(rules),
  rank: rankParamDocs(rules),
  timeline: timelineParamDocs,
  coupon: couponParamDocs,
};
const rowsOf = (key: keyof typeof sets) => paramRows(sets[key] as unknown as ParamSet<ParamSpecs>, docs[key]);
const accepts = (key: keyof typeof sets, name: string) =>
  rowsOf(key).find((r) => r.name === name)?.accepts ?? "";

describe.each(Object.entries(sets))("%s parameters", (key, typed) => {
  const set = typed as unknown as ParamSet<ParamSpecs>;
  it("have unique URL-safe names, Japanese labels, descriptions and a default text", () => {
    const rows = rowsOf(key as keyof typeof sets);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(row.label, row.name).toMatch(JAPANESE);
      expect(row.accepts.trim().length, row.name).toBeGreaterThan(2);
      expect(row.defaultText, row.name).not.toBe("");
    }
  });

  it("write every default back as the default (a link without parameters)", () => {
    expect(set.serialize(set.defaults)).toBe("v=1"); // every link carries its version
    expect(set.parse(set.serialize(set.defaults)).values).toEqual(set.defaults);
  });
});

describe("reward and rank parameters", () => {
  it("stand for the documented defaults", () => {
    expect(sets.reward.defaults).toMatchObject({
      price: 5000,
      qty: 1,
      rate: String(rules.rates[0]),
      rank: "C",
      tax: "incl",
      rounding: "unit",
      cart: [],
    });
    expect(sets.rank.defaults).toEqual({
      sales: 300_000,
      avg: 3000,
      rate: String(rules.rates[0]),
      rank: "C",
    });
  });

  it("describe units, ranks, rates and choices", () => {
    expect(accepts("reward", "price")).toMatch(/\(円\)$/);
    expect(accepts("reward", "qty")).toMatch(/\(個\)$/);
    expect(accepts("rank", "sales")).toMatch(/\(円\)$/);
    expect(accepts("rank", "avg")).toMatch(/\(円\)$/);
    for (const set of ["reward", "rank"] as const) {
      expect(accepts(set, "rank")).toBe(rules.ranks.join(" / "));
      const rate = accepts(set, "rate");
      expect(rate.startsWith(`${rules.rates.join(" / ")}(%)`)).toBe(true);
      expect(rate).toContain(
        rules.genres
          .slice(0, 3)
          .map((g) => g.key)
          .join("、"),
      );
    }
    expect(accepts("reward", "rate")).toContain("下のジャンル表を参照");
    expect(accepts("rank", "rate")).toContain("報酬シミュレーターのジャンル表を参照");
    expect(accepts("reward", "tax")).toMatch(/^incl\(.+\)\s*\/\s*excl\(.+\)$/);
    expect(accepts("reward", "round")).toMatch(/^unit\(.+\)\s*\/\s*line\(.+\)$/);
    expect(accepts("reward", "cart")).toMatch(/food\.5000\.2/);
  });

  it("read the other choice of each two-way setting", () => {
    expect(sets.reward.parse("tax=excl&round=line").values).toMatchObject({ tax: "excl", rounding: "line" });
    expect(sets.reward.parse("tax=incl&round=unit").notices).toEqual([]);
  });
});

describe("rank results", () => {
  it("are named total-<rank> with a Japanese label each", () => {
    expect(rankOutputName("S")).toBe("total-S");
    expect(rankOutputs(rules)).toEqual(
      rules.ranks.map((r) => ({ name: `total-${r}`, label: `${r}ランクの場合の月間報酬(ポイント)` })),
    );
  });
});

describe("timeline parameters", () => {
  it("default to Saturday and Sunday closed, no closures or sales, today's order date", () => {
    expect(sets.timeline.defaults).toMatchObject({
      order: "",
      closed: ["sat", "sun"],
      holidays: [],
      sales: [],
    });
    expect(sets.timeline.serialize({ ...sets.timeline.defaults, closed: ["mon", "tue"] })).toBe(
      "v=1&closed=mon%2Ctue",
    );
  });

  it("describe the order-date range in years", () => {
    expect(accepts("timeline", "order")).toContain("2000〜2049年");
  });

  it("say what each day count counts, with its range", () => {
    for (const [name, p] of Object.entries(DAY_PARAMS))
      expect(accepts("timeline", name), name).toMatch(
        new RegExp(`^.*${JAPANESE.source}.*\\(${p.min}〜${p.max}の整数\\)$`, "u"),
      );
  });

  it("name every mail, base date and closed-day rule in distinct Japanese words", () => {
    for (const labels of [MAIL_LABELS, BASE_LABELS, CLOSED_RULE_LABELS]) {
      const words = Object.values(labels);
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(w).toMatch(JAPANESE);
    }
    expect(accepts("timeline", "usageBase")).toBe(
      `${MAIL_LABELS.usage}を数える起点: order(注文日)/ ship(発送日)/ arrival(到着予定日)`,
    );
  });

  it("fall back to the default sending window when it does not start before it ends", () => {
    expect(sets.timeline.parse("sendFrom=09:00&sendTo=17:00")).toMatchObject({
      values: { sendFrom: "09:00", sendTo: "17:00" },
      notices: [],
    });
    for (const query of ["sendFrom=12:00&sendTo=12:00", "sendFrom=13:00&sendTo=11:00"]) {
      const r = sets.timeline.parse(query);
      expect(r.values, query).toMatchObject({ sendFrom: "10:00", sendTo: "12:00" });
      expect(r.notices.map((n) => n.message).join(""), query).toContain("既定値(10:00〜12:00)");
    }
  });
});

describe("coupon parameters", () => {
  it("stand for the documented defaults, comparison off", () => {
    expect(sets.coupon.defaults).toEqual({
      n: 2000,
      base: 8,
      lift: 12,
      aov: 4000,
      margin: 40,
      discount: 300,
      cmp: "off",
      discount2: 500,
      lift2: 14,
    });
  });

  it("describe counts, yen amounts, rates and the comparison switch", () => {
    expect(accepts("coupon", "n")).toBe("1〜10,000,000の整数(人)");
    expect(accepts("coupon", "aov")).toBe("1〜100,000,000の整数(円)。「¥4,980」「4,980円」の形も読みます");
    expect(accepts("coupon", "discount")).toBe("0〜100,000,000の整数(円)。「¥500」「500円」の形も読みます");
    expect(accepts("coupon", "discount2")).toBe("0〜100,000,000の整数(円)");
    for (const name of ["base", "lift", "margin", "lift2"])
      expect(accepts("coupon", name)).toMatch(/^0〜100の数\(%/);
    expect(accepts("coupon", "cmp")).toBe("off / on(discount2 と lift2 の条件を横に並べる)");
  });

  it("read both choices of the comparison switch and fall back from any other", () => {
    expect(sets.coupon.parse("cmp=on").values.cmp).toBe("on");
    expect(sets.coupon.parse("cmp=off").notices).toEqual([]);
    const odd = sets.coupon.parse("cmp=yes");
    expect(odd.values.cmp).toBe("off");
    expect(odd.notices).toHaveLength(1);
    expect(sets.coupon.parse("discount2=800&lift2=16").values).toMatchObject({ discount2: 800, lift2: 16 });
  });
});
