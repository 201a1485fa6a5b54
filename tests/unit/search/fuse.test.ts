import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rankByScore, reciprocalRankFusion, RRF_K } from "../../../src/lib/search/fuse";

describe("reciprocalRankFusion", () => {
  it("sums weight / (k + rank) over lists", () => {
    const s = reciprocalRankFusion([
      { ids: ["a", "b"], weight: 1 },
      { ids: ["b"], weight: 2 },
    ]);
    expect(s.get("a")).toBeCloseTo(1 / (RRF_K + 1));
    expect(s.get("b")).toBeCloseTo(1 / (RRF_K + 2) + 2 / (RRF_K + 1));
    expect(rankByScore(s)).toEqual(["b", "a"]);
  });
  it("an id found by every list ranks at least as high as one found by a subset at the same ranks", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 6 }), (ranks) => {
        const lists = ranks.map((r, i) => {
          const ids = Array.from({ length: r + 1 }, (_, j) => `f${i}-${j}`);
          ids[r] = "x";
          const withY = i === 0 ? [...ids] : ids;
          if (i === 0) withY[r] = "x";
          return { ids: withY, weight: 1 };
        });
        const lonely = [
          {
            ids: Array.from({ length: (ranks[0] ?? 0) + 1 }, (_, j) => (j === ranks[0] ? "y" : `g${j}`)),
            weight: 1,
          },
        ];
        const s = reciprocalRankFusion([...lists, ...lonely]);
        expect(s.get("x") ?? 0).toBeGreaterThanOrEqual(s.get("y") ?? 0);
      }),
    );
  });
  it("scores are positive and ranking lists every id once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 4 }), { maxLength: 5 }),
        (ls) => {
          const s = reciprocalRankFusion(ls.map((ids) => ({ ids: [...new Set(ids)], weight: 1 })));
          for (const v of s.values()) expect(v).toBeGreaterThan(0);
          expect(new Set(rankByScore(s)).size).toBe(s.size);
        },
      ),
    );
  });
});
