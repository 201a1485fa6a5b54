/** Links of search hits, shared by the header box and the search page (no engine code: the page script stays small). */
import type { SearchHit } from "../../lib/search/index.ts";

/** The link for a hit (or one of its other sections, `url`): page, ?hl= words for the landing highlight, then the #id. */
export function hitHref(hit: SearchHit, url = hit.url): string {
  const hash = url.includes("#") ? url.slice(url.indexOf("#")) : "";
  const hl = hit.words.length ? `?hl=${encodeURIComponent(hit.words.join(" "))}` : "";
  return `${hit.pageUrl}${hl}${hash}`;
}
