/** The parameter builders at their edges: length limits, empty lists, documentation text and notices. */
import { describe, expect, it } from "vitest";
import { paramRows } from "../../../src/lib/url-state/doc";
import {
  choiceParam,
  dateParam,
  defineParams,
  intParam,
  listParam,
  MAX_RAW_LENGTH,
  schemaFrom,
} from "../../../src/lib/url-state";

const pad = (text: string, length: number) => text.padStart(length, " ");

describe("intParam and dateParam", () => {
  const set = defineParams({
    n: intParam({ name: "n", label: "個数", default: 1, min: 0, max: 10 }),
    d: dateParam({ name: "d", label: "日付", default: "2026-01-05" }),
  });

  it("look at up to 40 characters of raw text (spaces count), no more", () => {
    expect(set.parse(`n=${encodeURIComponent(pad("5", 40))}`).values.n).toBe(5);
    expect(set.parse(`n=${encodeURIComponent(pad("5", 41))}`).values.n).toBe(1);
    expect(set.parse(`d=${encodeURIComponent(pad("2026-02-03", 40))}`).values.d).toBe("2026-02-03");
    expect(set.parse(`d=${encodeURIComponent(pad("2026-02-03", 41))}`).values.d).toBe("2026-01-05");
  });

  it("document their range and unit (none when no unit is given)", () => {
    expect(
      paramRows(set)
        .slice(1)
        .map((r) => r.accepts),
    ).toEqual(["0〜10の整数", "YYYY-MM-DD 形式の日付"]);
    const withUnit = intParam({ name: "p", label: "価格", default: 0, min: 0, max: 100_000, unit: "円" });
    expect(withUnit.accepts).toBe("0〜100,000の整数(円)");
  });
});

describe("choiceParam", () => {
  it("lists its values when it has no description, else shows the description", () => {
    expect(choiceParam({ name: "c", label: "選択", values: ["a", "b"], default: "a" }).accepts).toBe("a / b");
    expect(
      choiceParam({ name: "c", label: "選択", values: ["a", "b"], default: "a", describe: "a(前)/ b(後)" })
        .accepts,
    ).toBe("a(前)/ b(後)");
  });
});

describe("listParam", () => {
  /** A codec that accepts any record, even an empty one. */
  const anything = { decode: (t: string) => (t.startsWith("!") ? undefined : t), encode: (t: string) => t };
  const set = defineParams({
    list: listParam({ name: "list", label: "一覧", item: anything, maxItems: 3, accepts: "…" }),
  });

  it("an empty parameter is no records (the default), even for a codec that accepts an empty record", () => {
    const { values, notices } = set.parse("list=");
    expect(values.list).toEqual([]);
    expect(notices).toHaveLength(0); // an empty value is the default, not a mistake (issue 13)
  });

  it("a list with no usable record falls back to the default with the usual notice, naming no default", () => {
    const { values, notices } = set.parse("list=!a_!b");
    expect(values.list).toEqual([]);
    expect(notices.map((n) => n.message)).toEqual([
      "URLのパラメーター「list」(一覧)の値が使えないため、既定値(なし)で計算しています。",
    ]);
  });

  it("keeps the usable records and says how many were dropped", () => {
    const { values, notices } = set.parse("list=a_!b_c_d_e");
    expect(values.list).toEqual(["a", "c"]);
    expect(notices[0]?.message).toContain("5件のうち3件");
  });

  it("its table row shows (なし) as the default", () => {
    expect(paramRows(set).slice(1)).toEqual([
      { name: "list", label: "一覧", accepts: "…", defaultText: "(なし)" },
    ]);
  });
});

describe("defineParams", () => {
  it("refuses two parameters with one name, and names them", () => {
    expect(() =>
      defineParams({
        a: intParam({ name: "x", label: "A", default: 0, min: 0, max: 1 }),
        b: intParam({ name: "x", label: "B", default: 0, min: 0, max: 1 }),
      }),
    ).toThrow("duplicate parameter names: x,x");
  });

  it(`reads raw text up to ${MAX_RAW_LENGTH} characters and falls back beyond`, () => {
    const set = defineParams({
      t: {
        name: "t",
        label: "文",
        schema: schemaFrom((raw: string) => raw),
        default: "",
        format: (v: string) => v,
        accepts: "…",
      },
    });
    expect(set.parse(`t=${"a".repeat(MAX_RAW_LENGTH)}`).values.t).toHaveLength(MAX_RAW_LENGTH);
    const over = set.parse(`t=${"a".repeat(MAX_RAW_LENGTH + 1)}`);
    expect(over.values.t).toBe("");
    expect(over.notices).toHaveLength(1);
  });
});
