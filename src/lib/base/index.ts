/** The site's base path (SITE_BASE) joined to root-relative links: the one helper every component and plugin uses. */

/** Root-relative paths ("/learn/", "/glossary/#x"); not "//host/", "#id", "../x" or absolute URLs. */
export const isRootRelative = (url: string): boolean => url.startsWith("/") && !url.startsWith("//");

/** `path` under `base` ("/", "/guide" or "/guide/"); anything not root-relative is returned unchanged. */
export function joinBase(base: string, path: string): string {
  return isRootRelative(path) ? `${base.replace(/\/+$/, "")}${path}` : path;
}

/** `path` under this build's base path, e.g. withBase("/learn/") is "/guide/learn/" when SITE_BASE=/guide/. */
export const withBase = (path: string): string => joinBase(import.meta.env.BASE_URL, path);
