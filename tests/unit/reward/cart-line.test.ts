/** One extra cart line in the URL ("food.5000.2"): whole records only, and the price and quantity limits. */
import { describe, expect, it } from "vitest";
import { rewardRules as rules } from "../../../src/lib/reward/from-facts";
import { lineCodec, MAX_PRICE, MAX_QTY } from "../../../src/lib/reward/params";

const codec = lineCodec(rules);

describe("cart line codec", () => {
  it("reads a whole record only", () => {
    expect(codec.decode("food.5000.2")).toEqual({ rate: "food", price: 5000, qty: 2 });
    for (const bad of ["!food.5000.2", "food.5000.2!", "garbage", "", "food.5000", "food..2"])
      expect(codec.decode(bad), bad).toBeUndefined();
  });

  it(`accepts prices up to ${MAX_PRICE} and quantities from 1 to ${MAX_QTY}`, () => {
    expect(codec.decode(`4.${MAX_PRICE}.1`)).toEqual({ rate: "4", price: MAX_PRICE, qty: 1 });
    expect(codec.decode(`4.${MAX_PRICE + 1}.1`)).toBeUndefined();
    expect(codec.decode(`4.0.${MAX_QTY}`)).toEqual({ rate: "4", price: 0, qty: MAX_QTY });
    expect(codec.decode("4.100.0")).toBeUndefined();
    expect(codec.decode("nope.100.1")).toBeUndefined();
  });

  it("writes what it reads", () => {
    expect(codec.encode({ rate: "pc", price: 30000, qty: 1 })).toBe("pc.30000.1");
  });
});
