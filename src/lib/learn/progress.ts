/** Reading progress model: which lessons are done, stored as JSON in localStorage under PROGRESS_KEY. Pure; no DOM, no zod (it ships to the browser). */

/**
 * localStorage key of the progress record. Value: JSON `{"version":1,"done":{"crm/why":"2026-11-23T10:00:00.000Z"}}`
 * (lesson slug -> when it was completed). Bump the suffix only with a migration.
 */
export const PROGRESS_KEY = "rakuten-guide:learn-progress:v1";

export interface Progress {
  version: 1;
  /** Lesson slug -> ISO time it was completed. */
  done: Record<string, string>;
}

/** True when a parsed value has the stored shape. */
function isProgress(value: unknown): value is Progress {
  if (!value || typeof value !== "object") return false;
  const v = value as { version?: unknown; done?: unknown };
  if (v.version !== 1 || !v.done || typeof v.done !== "object" || Array.isArray(v.done)) return false;
  return Object.values(v.done).every((t) => typeof t === "string");
}

/** A record with nothing done. */
export function emptyProgress(): Progress {
  return { version: 1, done: {} };
}

/** Normalises "/crm/why/" and "crm/why" to "crm/why". */
export function cleanSlug(slug: string): string {
  return slug.replace(/^\/+|\/+$/g, "");
}

/** Reads the stored value; anything missing, unparsable or of another shape gives an empty record. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return emptyProgress();
  try {
    const parsed: unknown = JSON.parse(raw);
    return isProgress(parsed) ? { version: 1, done: { ...parsed.done } } : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** The string to store. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** A new record with the lesson marked done at `at` (keeps the first completion time). */
export function markDone(progress: Progress, slug: string, at: Date): Progress {
  const key = cleanSlug(slug);
  if (progress.done[key]) return progress;
  return { version: 1, done: { ...progress.done, [key]: at.toISOString() } };
}

/** A new record with the lesson marked not done. */
export function markUndone(progress: Progress, slug: string): Progress {
  const key = cleanSlug(slug);
  return { version: 1, done: Object.fromEntries(Object.entries(progress.done).filter(([k]) => k !== key)) };
}

/** True when the lesson is done. */
export function isDone(progress: Progress, slug: string): boolean {
  return Boolean(progress.done[cleanSlug(slug)]);
}

/** How many of the given lessons are done. */
export function countDone(progress: Progress, slugs: readonly string[]): number {
  return [...new Set(slugs.map(cleanSlug))].filter((s) => isDone(progress, s)).length;
}

/** The count line shown on the path: 「3 / 20 完了」. */
export function progressLabel(done: number, total: number): string {
  return `${done} / ${total} 完了`;
}
