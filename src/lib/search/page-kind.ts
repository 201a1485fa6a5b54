/** What a page is (frontmatter `kind`), carried into the search index as Pagefind metadata and read back by the re-ranker. */

/**
 * Page kinds the content schema allows. "template": texts to copy and adapt (mail and review-request wordings), which a
 * question asking for an example wants.
 */
export const PAGE_KINDS = [
  "hub",
  "lesson",
  "tool",
  "glossary",
  "faq",
  "rules",
  "case",
  "template",
  "page",
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The Pagefind metadata key that holds the kind. */
export const KIND_META_KEY = "kind";

/** The Pagefind filter that holds the kind too: a question asking for an overview searches the hubs by it. */
export const KIND_FILTER = "kind";

/** `data-pagefind-filter` value for a page of this kind ("kind:hub"). */
export const kindFilter = (kind: PageKind): string => `${KIND_FILTER}:${kind}`;

/** `data-pagefind-meta` value for a page of this kind ("kind:lesson"). */
export function kindMeta(kind: PageKind): string {
  return `${KIND_META_KEY}:${kind}`;
}

/** The kind recorded in a Pagefind page record's metadata; "lesson" when missing or unknown. */
export function pageKind(meta: Readonly<Record<string, string | undefined>>): PageKind {
  const k = meta[KIND_META_KEY];
  return (PAGE_KINDS as readonly string[]).includes(k ?? "") ? (k as PageKind) : "lesson";
}
