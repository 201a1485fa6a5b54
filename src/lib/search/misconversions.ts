/** Reads a query's kana-kanji conversion slips (レビュー以来) as the guides' words (レビュー依頼). */
import { misconversions } from "./synonyms.ts";

const SLIPS = Object.entries(misconversions);

/** The query with each known conversion slip replaced by the word the guides use (pure). */
export function correctMisconversions(query: string): string {
  let out = query;
  for (const [typed, meant] of SLIPS) out = out.replaceAll(typed, meant);
  return out;
}
