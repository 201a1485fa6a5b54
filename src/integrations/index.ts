/**
 * The site's own integrations, in the order they must run (astro.config.mjs lists them after Starlight and React):
 * compile-time link prefixing, the client:interaction directive, then the one post-build pass, which hashes the
 * inline scripts and styles of the final HTML and therefore comes last.
 */
import type { AstroIntegration } from "astro";
import baseLinks from "./base-links";
import cspInlineHashes from "./csp-inline-hashes";
import interactionDirective from "./interaction-directive";

export default function sitePipeline(): AstroIntegration[] {
  return [baseLinks(), interactionDirective(), cspInlineHashes()];
}
