/** The Pagefind filter that names each page by its URL, so the search can load a page its words did not find. */
export const PAGE_FILTER = "page";

/** `data-pagefind-filter` value for the page at this URL path ("page:/practice/"). */
export const pageFilter = (path: string): string => `${PAGE_FILTER}:${path}`;
