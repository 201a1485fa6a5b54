/**
 * Sections of a lesson or rules page that hold a text to copy and adapt (frontmatter `examples`: the request to a ROOM
 * user), carried as Pagefind metadata: the re-ranker weighs them as it weighs the template page.
 */
import { idsMeta, metaIds } from "./meta-ids.ts";

/** The Pagefind metadata key that holds the ids of a page's sections with a text to copy. */
export const EXAMPLES_META_KEY = "examples";

/** `data-pagefind-meta` value for these section ids; ids hold no spaces. */
export const examplesMeta = (ids: readonly string[]): string => idsMeta(EXAMPLES_META_KEY, ids);

/** The ids of the sections of a page (its Pagefind metadata) that hold a text to copy. */
export const exampleSections = (meta: Readonly<Record<string, string | undefined>>): ReadonlySet<string> =>
  metaIds(meta, EXAMPLES_META_KEY);
