/** Stable key of a quiz question for saved answers and the review list: lesson slug + a hash of its text and choices. */

/** FNV-1a, 32-bit, in base 36. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * "crm/why#1x2y3z". Editing a question's wording or its choices gives it a new key, so an old saved answer never
 * points at a changed choice (it is simply dropped).
 */
export function questionKey(slug: string, q: { question: string; choices: readonly string[] }): string {
  return `${slug.replace(/^\/+|\/+$/g, "")}#${fnv1a([q.question, ...q.choices].join("\u0001"))}`;
}

/** The lesson slug of a question key. */
export function slugOfKey(key: string): string {
  return key.split("#")[0] ?? "";
}
