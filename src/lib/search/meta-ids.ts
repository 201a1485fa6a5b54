/** Section ids carried in one Pagefind metadata value ("summaries:step-mail step-price"), written and read. */

/** `data-pagefind-meta` value for these section ids under `key`; ids hold no spaces. */
export const idsMeta = (key: string, ids: readonly string[]): string => `${key}:${ids.join(" ")}`;

const NONE: ReadonlySet<string> = new Set();

/** The section ids a page's Pagefind metadata carries under `key` (none when it has no such value). */
export function metaIds(
  meta: Readonly<Record<string, string | undefined>>,
  key: string,
): ReadonlySet<string> {
  const ids = meta[key];
  return ids ? new Set(ids.split(" ")) : NONE;
}
