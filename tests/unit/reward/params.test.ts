import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ranks } from "../../../src/lib/facts";
import { rateChoices } from "../../../src/lib/reward";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";
import { lineCodec, rewardParamsFor } from "../../../src/lib/reward/params";

const rewardParams = rewardParamsFor(rules);

describe("reward URL parameters", () => {
  it("reads the documented link contract", () => {
    const { values, notices } = rewardParams.parse("price=5000&qty=2&rate=food&rank=A&tax=excl&round=line");
    expect(notices).toEqual([]);
    expect(values).toMatchObject({
      price: 5000,
      qty: 2,
      rate: "food",
      rank: "A",
      tax: "excl",
      rounding: "line",
    });
  });

  it("reads a cart of extra lines and drops bad ones with a notice", () => {
    const { values, notices } = rewardParams.parse("cart=food.5000.2_pc.30000.1_nope.1.1_4.100.0");
    expect(values.cart).toEqual([
      { rate: "food", price: 5000, qty: 2 },
      { rate: "pc", price: 30000, qty: 1 },
    ]);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe("cart");
  });

  it("hostile values fall back to defaults with notices that never echo them", () => {
    const { values, notices } = rewardParams.parse(
      "price=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&rate=constructor&rank=__proto__&qty=-1",
    );
    expect(values).toEqual(rewardParams.defaults);
    expect(notices.map((n) => n.param)).toEqual(["price", "qty", "rate", "rank"]);
    expect(notices.map((n) => n.message).join("")).not.toMatch(/img|onerror|proto/);
  });

  it("round-trips any state", () => {
    const line = fc.record({
      rate: fc.constantFrom(...rateChoices(rules)),
      price: fc.integer({ min: 0, max: 100_000_000 }),
      qty: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(
        fc.record({
          price: fc.integer({ min: 0, max: 100_000_000 }),
          qty: fc.integer({ min: 1, max: 9999 }),
          rate: fc.constantFrom(...rateChoices(rules)),
          rank: fc.constantFrom(...ranks),
          tax: fc.constantFrom("incl" as const, "excl" as const),
          rounding: fc.constantFrom("unit" as const, "line" as const),
          cart: fc.array(line, { maxLength: 10 }),
          sameBuyer: fc.constantFrom("off" as const, "on" as const),
          cmp: fc.constantFrom("off" as const, "rank" as const, "cart" as const),
          rank2: fc.constantFrom(...ranks),
          cart2: fc.array(line, { maxLength: 10 }),
        }),
        (v) => {
          expect(rewardParams.parse(rewardParams.serialize(v))).toEqual({ values: v, notices: [] });
        },
      ),
    );
  });

  it("line codec writes what it reads", () => {
    expect(lineCodec(rules).encode({ rate: "car-goods", price: 1200, qty: 3 })).toBe("car-goods.1200.3");
    expect(lineCodec(rules).decode("car-goods.1200.3")).toEqual({ rate: "car-goods", price: 1200, qty: 3 });
  });
});
