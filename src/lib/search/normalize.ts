/** Query normalisation: NFKC (full-width letters and digits), lower case, punctuation and extra spaces removed. */

/** Characters treated as separators in queries (Japanese and ASCII punctuation, brackets, symbols). */
const SEPARATORS =
  /[\s、。,.!?！？・「」『』（）()［］[\]【】〈〉《》"'“”‘’:;：；/\\|~〜～…‥＝=+*&^%$#@<>＜＞]+/gu;

/** Normalises a query or a text for matching: NFKC, lower case, separators to single spaces, trimmed. */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(\d)\s*[ヶケカヵ]月/gu, "$1か月")
    .replace(SEPARATORS, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Normalises a text for substring matching but keeps its length-independent shape (NFKC + lower case only). */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}
