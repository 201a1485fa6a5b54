/** The result of a cart, with line results cached per line object (typing in one line recomputes only that line). */
import { useMemo, useRef } from "react";
import type { Rank } from "../../../lib/facts";
import {
  lineReward,
  sumLines,
  type LineInput,
  type LineResult,
  type Rounding,
  type RewardRules,
  type TaxBasis,
} from "../../../lib/reward";

/** Cart result for the rank and settings; a change of rank or settings empties the cache. */
export function useCartResult(
  rules: RewardRules,
  lines: LineInput[],
  rank: Rank,
  tax: TaxBasis,
  rounding: Rounding,
) {
  const cache = useRef(new WeakMap<LineInput, LineResult>());
  const key = useRef("");
  return useMemo(() => {
    const settings = `${rank}|${tax}|${rounding}`;
    if (key.current !== settings) [cache.current, key.current] = [new WeakMap(), settings];
    return sumLines(
      lines.map((line) => {
        const hit = cache.current.get(line);
        if (hit) return hit;
        const computed = lineReward(rules, line, rank, { tax, rounding });
        cache.current.set(line, computed);
        return computed;
      }),
    );
  }, [rules, lines, rank, tax, rounding]);
}
