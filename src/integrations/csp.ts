/**
 * The site's Content-Security-Policy, in one place: astro.config.mjs puts it in every page's <meta> (with hashes for
 * inline scripts and styles), and public/_headers repeats its host-independent directives as an HTTP header, with the
 * one a <meta> cannot carry: frame-ancestors. A unit test keeps the two in step.
 */

/** Directives that do not depend on a page's inline scripts and styles. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Script sources besides the per-page hashes: Pagefind compiles its WebAssembly search core in the browser. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
