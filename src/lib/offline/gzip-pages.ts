/** Pages are precached as gzip copies: where a page's copy lives, and how to tell gzip bytes from plain ones. */

/** Suffix of a page's precached copy, next to the page in the built site. */
export const GZIP_SUFFIX = ".gz";

/** The gzip copy of the page at `pathname`: "/crm/why/" → "/crm/why/index.html.gz", "/404.html" → "/404.html.gz". */
export function gzipCopyOf(pathname: string): string {
  return `${pathname.endsWith("/") ? `${pathname}index.html` : pathname}${GZIP_SUFFIX}`;
}

/** True when `bytes` start with the gzip magic number (a host may already have unpacked them). */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;
