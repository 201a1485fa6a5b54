import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  choiceParam,
  dateParam,
  defineParams,
  intParam,
  listParam,
  MAX_RAW_LENGTH,
  paramRows,
} from "../../../src/lib/url-state";

const line = {
  decode: (t: string) => {
    const m = /^([a-z]+)\.(\d{1,6})$/.exec(t);
    return m ? { key: m[1] ?? "", n: Number(m[2]) } : undefined;
  },
  encode: (l: { key: string; n: number }) => `${l.key}.${l.n}`,
};

const params = defineParams({
  price: intParam({ name: "price", label: "価格", default: 5000, min: 0, max: 1_000_000, unit: "円" }),
  qty: intParam({ name: "qty", label: "数量", default: 1, min: 1, max: 999 }),
  rank: choiceParam({ name: "rank", label: "ランク", values: ["S", "A", "B"], default: "B" }),
  lines: listParam({
    name: "cart",
    label: "カート",
    item: line,
    maxItems: 3,
    accepts: "key.n を _ でつなぐ",
  }),
});

describe("defineParams.parse", () => {
  it("returns defaults and no notices for an empty query", () => {
    expect(params.parse("")).toEqual({
      values: { price: 5000, qty: 1, rank: "B", lines: [] },
      notices: [],
    });
  });

  it("reads good values, including full-width digits and commas", () => {
    const { values, notices } = params.parse("price=%EF%BC%95%2C000&qty=3&rank=S&cart=a.1_bb.22");
    expect(values).toEqual({
      price: 5000,
      qty: 3,
      rank: "S",
      lines: [
        { key: "a", n: 1 },
        { key: "bb", n: 22 },
      ],
    });
    expect(notices).toEqual([]);
  });

  it("falls back to the default with a Japanese notice naming the parameter", () => {
    const { values, notices } = params.parse("price=abc&qty=0&rank=Z&cart=%3Cimg%3E");
    expect(values).toEqual(params.defaults);
    expect(notices.map((n) => n.param)).toEqual(["price", "qty", "rank", "cart"]);
    expect(notices[0]?.message).toBe(
      "URLのパラメーター「price」(価格)の値が使えないため、既定値(5000)で計算しています。",
    );
    for (const n of notices) expect(n.message).not.toContain("<");
  });

  it("drops bad list records with a notice and keeps the good ones", () => {
    const { values, notices } = params.parse("cart=a.1_!!_b.2_c.3_d.4");
    expect(values.lines).toEqual([
      { key: "a", n: 1 },
      { key: "b", n: 2 },
    ]);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain("5件のうち3件");
  });

  it("ignores over-long values", () => {
    const { values, notices } = params.parse(`price=${"1".repeat(MAX_RAW_LENGTH + 1)}`);
    expect(values.price).toBe(5000);
    expect(notices).toHaveLength(1);
  });

  it("rejects duplicate names at definition time", () => {
    expect(() =>
      defineParams({
        a: intParam({ name: "x", label: "a", default: 0, min: 0, max: 1 }),
        b: intParam({ name: "x", label: "b", default: 0, min: 0, max: 1 }),
      }),
    ).toThrow();
  });
});

describe("link version v", () => {
  it("reads a link without v, and one with v=1, the same way and without a notice", () => {
    expect(params.parse("price=100")).toEqual(params.parse("v=1&price=100"));
    expect(params.parse("price=100").notices).toEqual([]);
  });

  it("reads an unknown v as v=1 with a notice that does not echo it", () => {
    for (const v of ["2", "0", "", "<img src=x>", "1.0"]) {
      const { values, notices } = params.parse(`v=${encodeURIComponent(v)}&price=100`);
      expect(values.price).toBe(100);
      expect(notices.map((n) => n.param)).toEqual(["v"]);
      expect(notices[0]?.message).toContain("v=1");
      if (v.length > 1) expect(notices[0]?.message).not.toContain(v);
    }
  });

  it("reserves the name v", () => {
    expect(() =>
      defineParams({ a: intParam({ name: "v", label: "a", default: 0, min: 0, max: 1 }) }),
    ).toThrow();
  });
});

describe("lists", () => {
  it("an empty list value is the default, without a notice", () => {
    expect(params.parse("cart=")).toEqual({ values: params.defaults, notices: [] });
  });
  it("a long list keeps its first records and explains the rest in one notice", () => {
    const long = Array.from({ length: 2000 }, (_, i) => `k.${i}`).join("_");
    const { values, notices } = params.parse(`cart=${long}`);
    expect(values.lines).toEqual([
      { key: "k", n: 0 },
      { key: "k", n: 1 },
      { key: "k", n: 2 },
    ]);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain("2,000件のうち1,997件");
  });
});

describe("defineParams.serialize", () => {
  it("writes v=1 first, omits defaults and keeps definition order", () => {
    expect(params.serialize(params.defaults)).toBe("v=1");
    expect(params.serialize({ ...params.defaults, rank: "S", price: 100 })).toBe("v=1&price=100&rank=S");
    expect(
      params.serialize({
        ...params.defaults,
        lines: [
          { key: "a", n: 1 },
          { key: "b", n: 2 },
        ],
      }),
    ).toBe("v=1&cart=a.1_b.2");
  });

  it("documents every parameter, the link version first", () => {
    expect(paramRows(params).map((r) => r.name)).toEqual(["v", "price", "qty", "rank", "cart"]);
    expect(paramRows(params, { qty: "個数" })[2]?.accepts).toBe("個数");
    expect(paramRows(params)[1]).toEqual({
      name: "price",
      label: "価格",
      accepts: "0〜1,000,000の整数(円)",
      defaultText: "5000",
    });
  });
});

describe("properties", () => {
  const valuesArb = fc.record({
    price: fc.integer({ min: 0, max: 1_000_000 }),
    qty: fc.integer({ min: 1, max: 999 }),
    rank: fc.constantFrom("S" as const, "A" as const, "B" as const),
    lines: fc.array(
      fc.record({ key: fc.stringMatching(/^[a-z]{1,5}$/), n: fc.integer({ min: 0, max: 999999 }) }),
      {
        maxLength: 3,
      },
    ),
  });

  it("serialize then parse gives back the same values without notices", () => {
    fc.assert(
      fc.property(valuesArb, (v) => {
        expect(params.parse(params.serialize(v))).toEqual({ values: v, notices: [] });
      }),
    );
  });

  it("parse never throws and always yields valid values, whatever the query", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("price", "qty", "rank", "cart", "x"),
          fc.string({ unit: "binary", maxLength: 300 }),
        ),
        (dict) => {
          const { values, notices } = params.parse(new URLSearchParams(dict));
          expect(values.price).toBeGreaterThanOrEqual(0);
          expect(values.qty).toBeGreaterThanOrEqual(1);
          expect(["S", "A", "B"]).toContain(values.rank);
          expect(values.lines.length).toBeLessThanOrEqual(3);
          for (const n of notices) expect(Object.keys(dict)).toContain(n.param);
        },
      ),
    );
  }, 30_000);
});

describe("dateParam", () => {
  const dates = defineParams({ start: dateParam({ name: "start", label: "開始日", default: "2026-01-05" }) });
  it("reads ISO and Japanese dates, rejects impossible ones with a notice", () => {
    expect(dates.parse("start=2026-03-01").values.start).toBe("2026-03-01");
    expect(dates.parse("start=2026%2F3%2F1").values.start).toBe("2026-03-01");
    const bad = dates.parse("start=2026-02-30");
    expect(bad.values.start).toBe("2026-01-05");
    expect(bad.notices[0]?.param).toBe("start");
    expect(dates.serialize({ start: "2026-03-01" })).toBe("v=1&start=2026-03-01");
  });
});
