import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMan } from "../../../src/lib/room/man";

describe("formatMan", () => {
  it("writes whole 万 amounts with 万", () => {
    expect(formatMan(500_000, "円")).toBe("50万円");
    expect(formatMan(600_000, "円")).toBe("60万円");
    expect(formatMan(3_800_000, "人")).toBe("380万人");
    expect(formatMan(120_000_000, "円")).toBe("12,000万円");
  });

  it("keeps plain digits below 1万 or when not a whole number of 万", () => {
    expect(formatMan(9_000, "円")).toBe("9,000円");
    expect(formatMan(15_500, "円")).toBe("15,500円");
    expect(formatMan(0, "人")).toBe("0人");
  });

  it("rejects values that are not finite", () => {
    expect(() => formatMan(Number.NaN, "円")).toThrow(RangeError);
  });

  it("round-trips: the digits before 万 times 10,000 give back the amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (m) => {
        const text = formatMan(m * 10_000, "円");
        expect(text.endsWith("万円")).toBe(true);
        expect(Number(text.replace(/万円$/, "").replaceAll(",", "")) * 10_000).toBe(m * 10_000);
      }),
    );
  });
});
