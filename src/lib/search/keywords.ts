/** Build-time keywords for a page: its headings' content words cut by Intl.Segmenter, in a block only Pagefind reads. */
import { isStopword } from "./analyze.ts";

/** Opens the hidden keyword block in the page text, so the query side can cut it off before building sections. */
export const KEYWORD_MARK = "⟦kw⟧";

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
const DIGITS_ONLY = /^[\d.,]+$/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/** Content words of a text in first-seen order: word-like segments of two or more characters, stopwords and numbers dropped. */
export function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const s of segmenter.segment(text.normalize("NFKC"))) {
    const w = s.segment.trim();
    if (!s.isWordLike || w.length < 2 || DIGITS_ONLY.test(w) || isStopword(w)) continue;
    out.add(w);
  }
  return [...out];
}

/** Readable text of rendered HTML: code, scripts, styles and tags removed, common entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(pre|code|script|style|template)\b[^>]*>[\s\S]*?<\/\1>/giu, " ")
    .replace(/<[^>]*>/gu, " ")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/gu, (_, e: string) => ENTITIES[e] ?? " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Text of the section headings (h2–h4) in rendered HTML, one per line. */
export function headingText(html: string): string {
  return [...html.matchAll(/<(h[2-4])\b[^>]*>([\s\S]*?)<\/\1>/giu)]
    .map((m) => htmlText(m[2] ?? ""))
    .join("\n");
}

/** The keyword line for a page's rendered HTML: its headings' content words, space-separated ("" when none). */
export function pageKeywords(html: string): string {
  return contentWords(headingText(html)).join(" ");
}

/** Page text without its keyword block (the block is the last thing in the page body). */
export function stripKeywords(content: string): string {
  const at = content.indexOf(KEYWORD_MARK);
  return at < 0 ? content : content.slice(0, at).trimEnd();
}
