/** Links of search hits, shared by the header box and the search page (no engine code: the page script stays small). */
import type { SearchHit } from "../../lib/search/index.ts";

/** The link for a hit: page, ?hl= words for the landing highlight, then the section's #id. */
export function hitHref(hit: SearchHit): string {
  const hash = hit.url.includes("#") ? hit.url.slice(hit.url.indexOf("#")) : "";
  const hl = hit.words.length ? `?hl=${encodeURIComponent(hit.words.join(" "))}` : "";
  return `${hit.pageUrl}${hl}${hash}`;
}
