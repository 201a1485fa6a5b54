/** Builds the Pagefind sub-queries for an analysed question: the whole question, word subsets and synonym swaps. */
import type { AnalyzedQuery } from "./analyze.ts";

export interface SubQuery {
  /** Space-separated words; Pagefind requires every word to match. */
  text: string;
  /** Weight of this sub-query's ranking in the fusion. */
  weight: number;
}

/** At most this many sub-queries per question (each one is a Pagefind search and may fetch an index chunk). */
export const MAX_SUBQUERIES = 20;
/** Variants of a concept searched on their own (all variants still count when re-ranking). */
export const VARIANTS_SEARCHED = 8;

/** Sub-queries from most to least specific, deduplicated, capped at MAX_SUBQUERIES. */
export function buildSubQueries(q: AnalyzedQuery, variantsSearched = VARIANTS_SEARCHED): SubQuery[] {
  const out: SubQuery[] = [];
  const seen = new Set<string>();
  const push = (words: string[], weight: number) => {
    const text = words.filter(Boolean).join(" ");
    if (!text || seen.has(text) || out.length >= MAX_SUBQUERIES) return;
    seen.add(text);
    out.push({ text, weight });
  };
  const cs = q.concepts;
  const head = (i: number) => cs[i]?.variants[0] ?? "";
  if (cs.length === 0) {
    push([q.normalized], 1);
    return out;
  }
  // 1. Every concept at once (first variant of each).
  push(
    cs.map((_, i) => head(i)),
    2,
  );
  // 2. Pairs of concepts, then each concept alone (content words before question words).
  const order = cs.map((c, i) => ({ c, i })).sort((a, b) => b.c.weight - a.c.weight);
  if (cs.length > 2) {
    for (let a = 0; a < order.length; a++)
      for (let b = a + 1; b < order.length; b++) {
        const x = order[a];
        const y = order[b];
        if (x && y)
          push([head(Math.min(x.i, y.i)), head(Math.max(x.i, y.i))], 1.5 * Math.min(x.c.weight, y.c.weight));
      }
  }
  for (const { c } of order) push([c.variants[0] ?? ""], c.weight);
  // 3. Synonym swaps: each content concept's other variants alone. A question word's variants (日数, 期間, いつまで…)
  //    are generic answer-side words: they count when re-ranking, but searching each one only loads more index chunks
  //    (measured: same Success@1 on every set, one index chunk fewer for 「クーポンの有効期限は何日?」).
  const depth = Math.min(variantsSearched, Math.max(0, ...cs.map((c) => c.variants.length)));
  for (let k = 1; k < depth; k++)
    for (const { c } of order)
      if (c.variants[k] && c.weight >= 1) push([c.variants[k] ?? ""], 0.6 * c.weight);
  return out;
}
