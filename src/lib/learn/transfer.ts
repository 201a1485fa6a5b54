/**
 * Moving a record between browsers: the export file, the copyable code, reading either back, and the merge rule for
 * a browser that already has progress. Pure.
 */
import { isProgress, type LessonRecord, type Progress } from "./progress";
import type { ReviewItem } from "./review";

/** Marks the export file as ours (checked on import). */
export const EXPORT_APP = "rakuten-guide-learning";
/** Prefix of the copyable code: app and record version. */
export const CODE_PREFIX = "RG2.";

/** The merge rule, as the record page states it. */
export const MERGE_RULE =
  "読み込むと、このブラウザの記録と合わせます。どちらかで完了したレッスンは完了になり、完了日は早いほうを残します。" +
  "クイズの答えと点数は、新しく答えたほうを残します。復習は両方の問題を合わせ、同じ問題は新しく答えたほうの予定にします。" +
  "このブラウザで完了したレッスンが未完了に戻ることはありません。";

/** The export file's text (JSON), stamped with when it was made. */
export function exportFile(progress: Progress, now: Date): string {
  return JSON.stringify({ app: EXPORT_APP, exported: now.toISOString(), progress }, null, 2);
}

/** Name of the export file for `now`: rakuten-guide-progress-2026-11-23.json (UTC date). */
export function exportFileName(now: Date): string {
  return `rakuten-guide-progress-${now.toISOString().slice(0, 10)}.json`;
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The copyable code: CODE_PREFIX + the record as base64url JSON. */
export function encodeCode(progress: Progress): string {
  return CODE_PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(progress)));
}

/** A record from a pasted code, an export file's text, or null when it is neither. Spaces and line breaks are ignored in a code. */
export function decodeImport(text: string): Progress | null {
  const trimmed = text.trim();
  let value: unknown;
  try {
    if (trimmed.startsWith(CODE_PREFIX)) {
      const bytes = fromBase64Url(trimmed.slice(CODE_PREFIX.length).replace(/\s+/g, ""));
      if (!bytes) return null;
      value = JSON.parse(new TextDecoder().decode(bytes));
    } else {
      const file: unknown = JSON.parse(trimmed);
      value =
        typeof file === "object" && file !== null && (file as { app?: unknown }).app === EXPORT_APP
          ? (file as { progress?: unknown }).progress
          : null;
    }
  } catch {
    return null;
  }
  return isProgress(value) ? value : null;
}

/** The later of two optional ISO times or days (ties: the first). */
const later = <T>(a: T | undefined, b: T | undefined, time: (x: T) => string): T | undefined =>
  a === undefined ? b : b === undefined ? a : time(b) > time(a) ? b : a;

/** Deterministic pick between two equally new values, so merge(a, b) equals merge(b, a). */
const stable = <T>(a: T, b: T): T => (JSON.stringify(b) < JSON.stringify(a) ? b : a);

function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
  const out: LessonRecord = {};
  // Completed in either browser: completed, at the earlier time, with that completion's method.
  const first = [a, b].filter((l) => l.done).sort((x, y) => ((x.done ?? "") < (y.done ?? "") ? -1 : 1));
  const done = first.length === 2 && first[0]?.done === first[1]?.done ? stable(a, b) : first[0];
  if (done?.done) {
    out.done = done.done;
    if (done.via) out.via = done.via;
  }
  const quiz =
    a.quiz && b.quiz && a.quiz.at === b.quiz.at ? stable(a.quiz, b.quiz) : later(a.quiz, b.quiz, (q) => q.at);
  if (quiz) out.quiz = quiz;
  return out;
}

function mergeItem(a: ReviewItem, b: ReviewItem): ReviewItem {
  return a.at === b.at ? stable(a, b) : (later(a, b, (i) => i.at) as ReviewItem);
}

/** `incoming` merged into `current` by MERGE_RULE. Commutative and idempotent; nothing completed is lost. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonRecord> = { ...current.lessons };
  for (const [slug, lesson] of Object.entries(incoming.lessons)) {
    const mine = lessons[slug];
    lessons[slug] = mine ? mergeLesson(mine, lesson) : lesson;
  }
  const review = { ...current.review };
  for (const [key, item] of Object.entries(incoming.review)) {
    const mine = review[key];
    review[key] = mine ? mergeItem(mine, item) : item;
  }
  return { version: 2, lessons, review };
}
