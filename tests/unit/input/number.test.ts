import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumberInput } from "../../../src/lib/input";

const value = (raw: string, opts = {}) => {
  const r = parseNumberInput(raw, opts);
  return r.ok ? r.value : r.message;
};

describe("parseNumberInput", () => {
  it.each([
    ["5000", 5000],
    ["５，０００円", 5000],
    ["5,000円", 5000],
    ["¥5,000", 5000],
    ["￥１２，３４５", 12345],
    [" 1 000 ", 1000],
    ["3個", 3],
    ["200ポイント", 200],
    ["12万", 120000],
    ["1.5万円", 15000],
    ["12万3400", 123400],
    ["０", 0],
  ])("%s -> %d", (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it("rejects empty and non-numbers with Japanese messages", () => {
    expect(value("")).toBe("数値を入力してください。");
    expect(value("   ")).toBe("数値を入力してください。");
    expect(value("abc")).toMatch(/数字で入力/);
    expect(value("<img src=x onerror=alert(1)>")).toMatch(/数字で入力/);
    expect(value("1e3")).toMatch(/数字で入力/);
    expect(value("0x10")).toMatch(/数字で入力/);
  });

  it("applies integer and range options", () => {
    expect(value("1.5")).toMatch(/整数/);
    expect(value("1.5", { integer: false })).toBe(1.5);
    expect(value("0", { min: 1 })).toBe("1以上で入力してください。");
    expect(value("2,000,000", { max: 1000000 })).toBe("1,000,000以下で入力してください。");
    expect(value("ー5", { min: -10 })).toBe(-5);
  });

  it("property: any integer written with commas, full-width digits and 円 reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.boolean(), fc.boolean(), (n, wide, yen) => {
        let s = n.toLocaleString("en-US");
        if (wide) s = s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        if (yen) s = `${s}円`;
        expect(parseNumberInput(s)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("property: never throws and an accepted value respects the options", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -100, max: 100 }), (s, min) => {
        const r = parseNumberInput(s, { min, max: min + 1000 });
        if (r.ok) {
          expect(Number.isInteger(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(min);
          expect(r.value).toBeLessThanOrEqual(min + 1000);
        } else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
