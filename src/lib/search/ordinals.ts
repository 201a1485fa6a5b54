/** Ordinal numbers (5日目, 2週目, 3か月目): which the question names, and whether a heading names another one. */
import { normalize } from "./normalize.ts";

/** A number or a range (3〜4週目, as normalize leaves it: "3 4週目") before a counter with 目. */
const ORDINAL = /(\d+)(?:\s*[〜~-]?\s*(\d+))?(日|週|か月|回|年)目/gu;

/** Each counter's ordinal numbers in a text (normalised first, so ５日目 and 5にちめ read 5日目). */
export function ordinals(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [, from = "", to, counter = ""] of normalize(text).matchAll(ORDINAL)) {
    const lo = Number(from);
    const hi = to === undefined ? lo : Number(to);
    const numbers = out.get(counter) ?? new Set<number>();
    for (let n = lo; n <= Math.min(hi, lo + 31); n++) numbers.add(n);
    out.set(counter, numbers);
  }
  return out;
}

/**
 * Whether a heading names an ordinal of a counter that the question names too, but none of the question's numbers
 * (「2日目は何をする」 for 「ロードマップ 5日目」): a section about another day of the same plan.
 */
export function namesOtherOrdinal(asked: ReadonlyMap<string, ReadonlySet<number>>, heading: string): boolean {
  if (asked.size === 0) return false;
  for (const [counter, numbers] of ordinals(heading)) {
    const wanted = asked.get(counter);
    if (wanted && ![...numbers].some((n) => wanted.has(n))) return true;
  }
  return false;
}
