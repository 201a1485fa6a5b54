/** Sections that sum up another page in brief (frontmatter `summaries`), carried as Pagefind metadata for the re-ranker. */

/** The Pagefind metadata key that holds the ids of a page's summing-up sections. */
export const SUMMARIES_META_KEY = "summaries";

/** `data-pagefind-meta` value for these section ids ("summaries:step-mail step-price"); ids hold no spaces. */
export const summariesMeta = (ids: readonly string[]): string => `${SUMMARIES_META_KEY}:${ids.join(" ")}`;

const NONE: ReadonlySet<string> = new Set();

/** The ids of the sections of a page (its Pagefind metadata) that sum up another page. */
export function summarySections(meta: Readonly<Record<string, string | undefined>>): ReadonlySet<string> {
  const ids = meta[SUMMARIES_META_KEY];
  return ids ? new Set(ids.split(" ")) : NONE;
}
