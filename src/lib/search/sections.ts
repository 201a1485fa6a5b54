/** Splits a Pagefind page record into its sections (by heading anchors) and builds marked excerpts. */
import { fold } from "./normalize.ts";

/** Heading anchor as recorded by Pagefind. */
export interface AnchorLike {
  element: string;
  id: string;
  text: string;
}

export interface Section {
  /** Heading id ("_top" for the part before the first heading). */
  id: string;
  heading: string;
  /** Body text of the section, without its heading. */
  body: string;
}

const SECTION_ELEMENTS = new Set(["h2", "h3", "h4"]);

/**
 * Where a heading's text stands as a block in the page text (Pagefind ends a block with ". " unless it ends with
 * punctuation): not where the same words open a sentence of an earlier section (楽天ROOM in 「楽天ROOMで…」).
 * Falls back to the first occurrence; -1 when the text is absent.
 */
export function headingAt(content: string, text: string, from: number): number {
  const first = content.indexOf(text, from);
  for (let at = first; at >= 0; at = content.indexOf(text, at + 1)) {
    const next = content.charAt(at + text.length);
    if (next === "" || next === "." || /\s/.test(next)) return at;
  }
  return first;
}

/** Cuts the page's plain text at each heading's text, in document order. */
export function splitSections(title: string, content: string, anchors: readonly AnchorLike[]): Section[] {
  const cuts: { id: string; heading: string; start: number; bodyStart: number }[] = [
    { id: "_top", heading: title, start: 0, bodyStart: content.startsWith(title) ? title.length : 0 },
  ];
  let cursor = cuts[0]?.bodyStart ?? 0;
  for (const a of anchors) {
    if (!SECTION_ELEMENTS.has(a.element) || !a.id || !a.text) continue;
    const at = headingAt(content, a.text, cursor);
    if (at < 0) continue;
    cuts.push({ id: a.id, heading: a.text, start: at, bodyStart: at + a.text.length });
    cursor = at + a.text.length;
  }
  return cuts.map((c, i) => ({
    id: c.id,
    heading: c.heading,
    body: content
      .slice(c.bodyStart, cuts[i + 1]?.start ?? content.length)
      .replace(/^[\s.。]+/, "")
      .trim(),
  }));
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Positions [start, end) in `text` where any of the words occur (NFKC/case-insensitive), merged and sorted. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const hay = fold(text);
  // NFKC can change lengths; only trust positions when folding kept the length.
  if (hay.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    let from = 0;
    for (;;) {
      const at = hay.indexOf(w, from);
      if (at < 0) break;
      ranges.push([at, at + w.length]);
      from = at + w.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Escaped HTML of `text` with the given words wrapped in <mark>. */
export function markWords(text: string, words: readonly string[]): string {
  let out = "";
  let pos = 0;
  for (const [s, e] of matchRanges(text, words)) {
    out += `${escapeHtml(text.slice(pos, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    pos = e;
  }
  return out + escapeHtml(text.slice(pos));
}

/** A window of about `length` characters around the first match, escaped, with matches marked. */
export function excerpt(text: string, words: readonly string[], length = 100): string {
  const first = matchRanges(text, words)[0];
  const start = first ? Math.max(0, first[0] - Math.floor(length / 4)) : 0;
  const end = Math.min(text.length, start + length);
  const piece = text.slice(start, end);
  return `${start > 0 ? "…" : ""}${markWords(piece, words)}${end < text.length ? "…" : ""}`;
}
