/** Pages and the site's JSON data are precached as gzip copies: where a copy lives, what it unpacks to, gzip bytes. */

/** Suffix of a file's precached copy, next to the file in the built site. */
export const GZIP_SUFFIX = ".gz";

/**
 * The gzip copy of the file at `pathname`: "/crm/why/" → "/crm/why/index.html.gz", "/404.html" → "/404.html.gz",
 * "/search/asks.json" → "/search/asks.json.gz".
 */
export function gzipCopyOf(pathname: string): string {
  return `${pathname.endsWith("/") ? `${pathname}index.html` : pathname}${GZIP_SUFFIX}`;
}

/** What the file at `pathname`, or its copy, unpacks to: JSON data for "x.json" or "x.json.gz", a page otherwise. */
export const unpackedTypeOf = (pathname: string): string =>
  /\.json(\.gz)?$/.test(pathname) ? "application/json; charset=utf-8" : "text/html; charset=utf-8";

/** True when `bytes` start with the gzip magic number (a host may already have unpacked them). */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;
