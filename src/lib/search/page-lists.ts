/** What an overview page lists (frontmatter `lists`), carried into the search index as Pagefind metadata and read with its title. */

/** The Pagefind metadata key that holds what a hub lists. */
export const LISTS_META_KEY = "lists";

/** `data-pagefind-meta` value for a hub listing these things ("lists:事例"); words are joined by spaces. */
export const listsMeta = (lists: readonly string[]): string => `${LISTS_META_KEY}:${lists.join(" ")}`;

/**
 * The words a page is named by: its title, and for an overview page what it lists (現場の実務 lists 事例), so a
 * question asking where the examples are finds the page that collects them.
 */
export function namedBy(meta: Readonly<Record<string, string | undefined>>): string {
  const lists = meta[LISTS_META_KEY];
  return lists ? `${meta.title ?? ""} ${lists}` : (meta.title ?? "");
}
