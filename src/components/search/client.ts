/** Browser side of search: loads the Pagefind bundle once and runs the question search against it. */
import { search, type PagefindLike, type SearchHit } from "../../lib/search/index.ts";

/** The site's base path with a trailing slash ("/" or "/guide/"). */
export const basePath = `${import.meta.env.BASE_URL.replace(/\/$/, "")}/`;

interface PagefindModule extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** Imports and initialises /pagefind/pagefind.js on first call. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${basePath}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pf.options({ baseUrl: basePath });
    await pf.init();
    return pf;
  })();
  return loading;
}

/** Runs a question search; resolves to the best hits. */
export async function runSearch(query: string): Promise<SearchHit[]> {
  return search(await loadPagefind(), query, basePath);
}

/** The link for a hit: page, ?hl= words for the landing highlight, then the section's #id. */
export function hitHref(hit: SearchHit): string {
  const hash = hit.url.includes("#") ? hit.url.slice(hit.url.indexOf("#")) : "";
  const hl = hit.words.length ? `?hl=${encodeURIComponent(hit.words.join(" "))}` : "";
  return `${hit.pageUrl}${hl}${hash}`;
}

export type { SearchHit };
