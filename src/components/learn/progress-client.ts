/** Browser glue for reading progress: loads and saves the record in localStorage and tells open pages when it changes. */
import {
  PROGRESS_KEY,
  markDone,
  markUndone,
  parseProgress,
  serializeProgress,
  type Progress,
} from "../../lib/learn/progress";

/** Event fired on window after this page changed the progress. */
export const PROGRESS_EVENT = "learn-progress-change";

/** The stored record (empty when storage is unavailable). */
export function loadProgress(): Progress {
  try {
    return parseProgress(window.localStorage.getItem(PROGRESS_KEY));
  } catch {
    return parseProgress(null);
  }
}

function save(progress: Progress): void {
  try {
    window.localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
  } catch {
    /* private mode or storage full: progress simply is not kept */
  }
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

/** Marks a lesson done and saves. */
export function saveDone(slug: string): void {
  save(markDone(loadProgress(), slug, new Date()));
}

/** Marks a lesson not done and saves. */
export function saveUndone(slug: string): void {
  save(markUndone(loadProgress(), slug));
}
