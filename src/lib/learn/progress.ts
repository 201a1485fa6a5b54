/**
 * The learner's record: completed lessons, the last checked quiz answers and score per lesson, and the review list.
 * Stored as JSON in localStorage under PROGRESS_KEY. Pure; no DOM, no zod (it ships to the browser).
 */
import { isDay } from "./day";
import type { Review, ReviewItem } from "./review";

/**
 * localStorage key of the record. Value: JSON of `Progress`. Bump the suffix only with a migration (parseProgress
 * reads the record stored under LEGACY_PROGRESS_KEY).
 */
export const PROGRESS_KEY = "rakuten-guide:learn-progress:v2";
/** v1 kept only `{"version":1,"done":{"crm/why":"<ISO time>"}}`. */
export const LEGACY_PROGRESS_KEY = "rakuten-guide:learn-progress:v1";

/** How a lesson was completed: every quiz answer right, or the 「完了にする」 button. */
export type DoneVia = "quiz" | "button";

export interface QuizRecord {
  /** Question key -> the choice index last checked. */
  answers: Record<string, number>;
  /** Right answers among `total` questions when last checked. */
  correct: number;
  total: number;
  /** ISO time of the last check. */
  at: string;
}

export interface LessonRecord {
  /** ISO time the lesson was completed; absent while it is not. */
  done?: string;
  via?: DoneVia;
  quiz?: QuizRecord;
}

export interface Progress {
  version: 2;
  /** Lesson slug ("crm/why") -> its record. */
  lessons: Record<string, LessonRecord>;
  review: Review;
}

const isIso = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function isReviewItem(v: unknown): v is ReviewItem {
  return isObject(v) && isDay(v["since"]) && isDay(v["next"]) && isDay(v["at"]) && isCount(v["streak"]);
}

function isQuizRecord(v: unknown): v is QuizRecord {
  if (!isObject(v) || !isObject(v["answers"]) || !isIso(v["at"])) return false;
  if (!isCount(v["correct"]) || !isCount(v["total"]) || v["correct"] > v["total"]) return false;
  return Object.values(v["answers"]).every(isCount);
}

function isLessonRecord(v: unknown): v is LessonRecord {
  if (!isObject(v)) return false;
  if (v["done"] !== undefined && !isIso(v["done"])) return false;
  if (v["via"] !== undefined && ((v["via"] !== "quiz" && v["via"] !== "button") || v["done"] === undefined))
    return false;
  return v["quiz"] === undefined || isQuizRecord(v["quiz"]);
}

/** True when a parsed value has the stored (v2) shape. */
export function isProgress(value: unknown): value is Progress {
  if (!isObject(value) || value["version"] !== 2) return false;
  const { lessons, review } = value;
  return (
    isObject(lessons) &&
    Object.values(lessons).every(isLessonRecord) &&
    isObject(review) &&
    Object.values(review).every(isReviewItem)
  );
}

/** A record with nothing done. */
export function emptyProgress(): Progress {
  return { version: 2, lessons: {}, review: {} };
}

/** Normalises "/crm/why/" and "crm/why" to "crm/why". */
export function cleanSlug(slug: string): string {
  return slug.replace(/^\/+|\/+$/g, "");
}

/** A v1 record `{version:1, done:{slug: time}}` as v2 (completion method unknown, so none is stated). */
function fromV1(value: unknown): Progress | null {
  if (!isObject(value) || value["version"] !== 1 || !isObject(value["done"])) return null;
  const done = Object.entries(value["done"]);
  if (!done.every(([, t]) => isIso(t))) return null;
  return {
    version: 2,
    lessons: Object.fromEntries(done.map(([s, t]) => [s, { done: t as string }])),
    review: {},
  };
}

/** Reads a stored value (v2, or v1 migrated); anything missing, unparsable or of another shape is an empty record. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return emptyProgress();
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isProgress(parsed)) return parsed;
    return fromV1(parsed) ?? emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** The string to store. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** The lesson's record (empty when none). */
export function lessonOf(progress: Progress, slug: string): LessonRecord {
  return progress.lessons[cleanSlug(slug)] ?? {};
}

function withLesson(progress: Progress, slug: string, record: LessonRecord): Progress {
  return { ...progress, lessons: { ...progress.lessons, [cleanSlug(slug)]: record } };
}

/** A new record with the lesson completed at `at` (keeps the first completion and how it happened). */
export function markDone(progress: Progress, slug: string, at: Date, via: DoneVia = "button"): Progress {
  const lesson = lessonOf(progress, slug);
  if (lesson.done) return progress;
  return withLesson(progress, slug, { ...lesson, done: at.toISOString(), via });
}

/** A new record with the lesson not completed (its quiz answers stay). */
export function markUndone(progress: Progress, slug: string): Progress {
  const key = cleanSlug(slug);
  const lesson = progress.lessons[key];
  if (!lesson?.done) return progress;
  const others = Object.entries(progress.lessons).filter(([k]) => k !== key);
  const kept = lesson.quiz ? [[key, { quiz: lesson.quiz }] as const] : [];
  return { ...progress, lessons: Object.fromEntries([...others, ...kept]) };
}

/** A new record with the lesson's checked quiz answers and score. */
export function saveQuiz(progress: Progress, slug: string, quiz: QuizRecord): Progress {
  return withLesson(progress, slug, { ...lessonOf(progress, slug), quiz });
}

/** True when the lesson is completed. */
export function isDone(progress: Progress, slug: string): boolean {
  return Boolean(lessonOf(progress, slug).done);
}

/** How many of the given lessons are done. */
export function countDone(progress: Progress, slugs: readonly string[]): number {
  return [...new Set(slugs.map(cleanSlug))].filter((s) => isDone(progress, s)).length;
}

/** The count line shown on the path: 「3 / 20 完了」. */
export function progressLabel(done: number, total: number): string {
  return `${done} / ${total} 完了`;
}
