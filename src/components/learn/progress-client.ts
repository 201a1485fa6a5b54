/** Browser glue for the learner's record: loads and saves it in localStorage and tells open pages when it changes. */
import {
  LEGACY_PROGRESS_KEY,
  PROGRESS_KEY,
  markDone,
  markUndone,
  parseProgress,
  serializeProgress,
  type DoneVia,
  type Progress,
} from "../../lib/learn/progress";
import { dayOf, type Day } from "../../lib/learn/day";

/** Event fired on window after this page changed the record. */
export const PROGRESS_EVENT = "learn-progress-change";

/**
 * Whether the record outlives the page: "kept", or "page-only" when the browser refuses storage (the storage guard
 * in overrides/ThemeProvider.astro then keeps it in memory, or storage throws).
 */
export function storageMode(): "kept" | "page-only" {
  if (document.documentElement.dataset["storage"] === "memory") return "page-only";
  try {
    return window.localStorage ? "kept" : "page-only";
  } catch {
    return "page-only";
  }
}

/** Unhides the storage notices inside `root` when nothing will be kept. */
export function showStorageNotice(root: ParentNode): void {
  const hidden = storageMode() === "kept";
  for (const el of root.querySelectorAll<HTMLElement>("[data-storage-notice]")) el.hidden = hidden;
}

/** The stored record (v1 migrated; empty when storage is unavailable). */
export function loadProgress(): Progress {
  try {
    const raw = window.localStorage.getItem(PROGRESS_KEY) ?? window.localStorage.getItem(LEGACY_PROGRESS_KEY);
    return parseProgress(raw);
  } catch {
    return parseProgress(null);
  }
}

/** Saves the record and tells the page. */
export function saveProgress(progress: Progress): void {
  try {
    window.localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
  } catch {
    /* storage full or refused: the notice says so */
  }
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

/** Loads, changes and saves the record. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const next = change(loadProgress());
  saveProgress(next);
  return next;
}

/** Marks a lesson done and saves. */
export function saveDone(slug: string, via: DoneVia = "button"): void {
  updateProgress((p) => markDone(p, slug, new Date(), via));
}

/** Marks a lesson not done and saves. */
export function saveUndone(slug: string): void {
  updateProgress((p) => markUndone(p, slug));
}

/** Today's local calendar day. */
export function today(): Day {
  return dayOf(new Date());
}

/** Runs `render` now and whenever the record changes here or in another tab. */
export function onProgressChange(render: () => void): void {
  window.addEventListener(PROGRESS_EVENT, render);
  window.addEventListener("storage", render);
  render();
}
