/**
 * Finds sentences that say a perk for writing a review is banned without limiting the ban to the reviewed order:
 * such a sentence tells the reader that a coupon for a later purchase, given to every reviewer, is banned too (it is not).
 */

/** The perk depends on writing a review (or a 感想). */
const REVIEW_CONDITION = /(?:レビュー|感想)[をのと]?(?:書|投稿|条件|引き換え)/;
/** Something of value is given. */
const PERK = /特典|クーポン|割引|値引|おまけ|ポイント|見返り|プレゼント|何か|送料無料|キャッシュバック/;
/** The sentence says it is not allowed. */
const BAN =
  /禁止|できません|できない|いけません|いけない|渡せません|認められ(?:てい)?ません|許されない|許されません|違反|NG|不可/;
/** Phrases that deny a ban ("禁止されていません"); removed before looking for BAN. */
const NOT_BANNED =
  /禁止(?:されて)?(?:は)?(?:い)?ません|禁止ではな[いく]|違反(?:では|に)(?:ありません|なりません|ならない)|問題(?:は)?(?:ありません|ない)/g;
/** The ban is limited to the order being reviewed (the rule as it is). */
const CURRENT_ORDER =
  /今回の注文|その注文|同じ注文|レビューする注文|レビュー対象の注文|届いた注文|注文そのもの|この注文/;

/** Block-level ends become line breaks so text from two elements never runs into one sentence. */
const BLOCK_END =
  /<\/(?:p|li|h[1-6]|dt|dd|td|th|legend|summary|caption|div|section|aside|label|figcaption|pre)>|<br\s*\/?>/g;

const decode = (s) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");

/** Sentences of an HTML document's visible text (scripts, styles and hidden search keywords removed). */
export function sentencesOfHtml(html) {
  const text = decode(
    html
      .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, "")
      .replace(/<div hidden[^>]*>[\s\S]*?<\/div>/g, "")
      // Source lists quote other sites' titles ("レビュー投稿でクーポンプレゼント!"); they are not the site's own claims.
      .replace(/<p[^>]*data-source-links[^>]*>[\s\S]*?<\/p>/g, "")
      .replace(/<aside class="page-meta[\s\S]*?<\/aside>/g, "")
      .replace(BLOCK_END, "\n")
      .replace(/<[^>]+>/g, ""),
  );
  return sentencesOf(text);
}

/** Sentences of plain text, split at 。 and line breaks, whitespace squeezed. */
export function sentencesOf(text) {
  return text
    .split(/[。\n]/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** True when the text claims that a perk for writing a review is banned, whatever the order it is used on. */
export function banClaim(text) {
  if (!REVIEW_CONDITION.test(text) || !PERK.test(text)) return false;
  if (!BAN.test(text.replace(NOT_BANNED, ""))) return false;
  return !CURRENT_ORDER.test(text);
}

/** Sentences (each read with the one before it, for 「…です。禁止されています。」) that make the claim. */
export function banClaims(sentences) {
  const found = [];
  sentences.forEach((s, i) => {
    // A question ("…禁止とされているのはどれ?") asks; it does not claim.
    if (/[??]$/.test(s)) return;
    const window = i > 0 ? `${sentences[i - 1]}。${s}` : s;
    if (banClaim(window) && (banClaim(s) || BAN.test(s.replace(NOT_BANNED, "")))) found.push(window);
  });
  return found;
}
