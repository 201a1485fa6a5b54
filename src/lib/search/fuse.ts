/** Reciprocal rank fusion: merges several ranked lists of ids into one score per id. */

/** The usual RRF constant: dampens the difference between the first ranks. */
export const RRF_K = 60;

/** Sums weight / (k + rank) over every list an id appears in (rank from 1). */
export function reciprocalRankFusion(
  lists: readonly { ids: readonly string[]; weight: number }[],
  k = RRF_K,
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, index) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + index + 1));
    });
  }
  return scores;
}

/** Ids sorted by descending fused score (ties keep first-seen order). */
export function rankByScore(scores: Map<string, number>): string[] {
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
