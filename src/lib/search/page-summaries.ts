/** Sections that sum up another page in brief (frontmatter `summaries`), carried as Pagefind metadata for the re-ranker. */
import { idsMeta, metaIds } from "./meta-ids.ts";

/** The Pagefind metadata key that holds the ids of a page's summing-up sections. */
export const SUMMARIES_META_KEY = "summaries";

/** `data-pagefind-meta` value for these section ids ("summaries:step-mail step-price"); ids hold no spaces. */
export const summariesMeta = (ids: readonly string[]): string => idsMeta(SUMMARIES_META_KEY, ids);

/** The ids of the sections of a page (its Pagefind metadata) that sum up another page. */
export const summarySections = (meta: Readonly<Record<string, string | undefined>>): ReadonlySet<string> =>
  metaIds(meta, SUMMARIES_META_KEY);
