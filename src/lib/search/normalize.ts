/** Query normalisation: NFKC (full-width letters and digits), lower case, punctuation and extra spaces removed. */

/** Characters treated as separators in queries (Japanese and ASCII punctuation, brackets, symbols). */
const SEPARATORS =
  /[\s、。,.!?！？・「」『』（）()［］[\]【】〈〉《》"'“”‘’:;：；/\\|~〜～…‥＝=+*&^%$#@<>＜＞]+/gu;

/** Counters after a number as typed in kana on a phone, and the counters they are (longest first in the pattern). */
const COUNTER_KANJI: Readonly<Record<string, string>> = {
  にちめ: "日目",
  にちご: "日後",
  にちかん: "日間",
  にち: "日",
  しゅうかんご: "週間後",
  しゅうかん: "週間",
  しゅうめ: "週目",
  かげつめ: "か月目",
  かげつご: "か月後",
  かげつ: "か月",
  かいめ: "回目",
  かい: "回",
  けん: "件",
  にん: "人",
  えん: "円",
  ねん: "年",
  じかん: "時間",
  わり: "割",
};
const KANA_COUNTERS = new RegExp(
  `(\\d)\\s*(${Object.keys(COUNTER_KANJI)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
  "gu",
);

/**
 * Set phrases of polite Japanese that frame a question (the question itself is in the other words): requests,
 * honorific helpers (くださった, いただいた, ございます, おります) and hearsay (と伺いました).
 */
const POLITE_FRAMING = new RegExp(
  [
    "恐れ入りますが|恐れ入ります|恐縮ですが|お手数ですが|申し訳ございませんが|申し訳ありませんが|差し支えなければ",
    "よろしいものでしょうか|よろしいのでしょうか|よろしいでしょうか|よろしいですか",
    "いただけますでしょうか|いただけますか|いただけますと幸いです",
    "でございましょうか|ございましょうか|でございますか|ございますか|ございまして|でございます|ございます",
    "と伺いました|と伺っております|と伺っています|と聞きまして|と聞きました|と聞いております|と耳にしました",
    "と考えております|と思っております|と思うのですが|気になっております|存じております|存じます",
    "くださいまして|くださいました|くださった|くださる|いただきまして|いただきました|いただいた|いただき|いただく|いただける",
    "おられます|おられる|おりまして|おります",
  ].join("|"),
  "gu",
);

/**
 * Romaji long vowels marked by a macron or circumflex (kōnyūgo, mēru, rânku), spelled doubled: the romaji reader then
 * finds the kanji word (こうにゅうご) or the katakana one (めえる -> メール).
 */
const LONG_VOWEL_SPELLING: Readonly<Record<string, string>> = {
  ā: "aa",
  â: "aa",
  ī: "ii",
  î: "ii",
  ū: "uu",
  û: "uu",
  ē: "ee",
  ê: "ee",
  ō: "ou",
  ô: "ou",
};
const MARKED_VOWEL = new RegExp(`[${Object.keys(LONG_VOWEL_SPELLING).join("")}]`, "gu");

/** The kanji digits 一 to 九, in order. */
const KANJI_DIGITS = "一二三四五六七八九";
/** One kanji digit (no kanji numeral on either side) before a counter: 一回, 二回目, 三日目, 一週間, 二か月, 三人. */
const KANJI_COUNT =
  /(?<![一二三四五六七八九十百千万])([一二三四五六七八九])(?=回|日|週|か月|ヶ月|カ月|個|件|人)/gu;

/** A run of star symbols (★☆⭐, an emoji's variation selector included) and the digit after it, if any. */
const STARS = /((?:[★☆⭐]\uFE0F?)+)(?:\s*(\d))?/gu;
/** The rating a run of stars shows: its filled stars (★★★☆☆ rates 3), or every star when none is filled. */
const starCount = (stars: string) =>
  [...stars].filter((c) => c === "★" || c === "⭐").length || [...stars].filter((c) => c === "☆").length;

/** Normalises a query or a text for matching: NFKC, lower case, separators to single spaces, trimmed. */
export function normalize(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(MARKED_VOWEL, (v) => LONG_VOWEL_SPELLING[v] ?? v)
      // A star rating typed as stars (★5, ★★★★★) is the guides' 星5: the digit after the stars, or their count.
      .replace(STARS, (_, stars: string, n?: string) => "星" + (n ?? starCount(stars)))
      .replace(/(\d)\s*[ヶケカヵ]月/gu, "$1か月")
      // A day or week of a plan named in English (day 3, week-2) is its ordinal: 3日目, 2週目.
      .replace(/\bday\s*-?\s*(\d+)/gu, "$1日目")
      .replace(/\bweek\s*-?\s*(\d+)/gu, "$1週目")
      // A counter typed in kana after a number (3にちめ, 2かいめ) is the counter: 3日目, 2回目.
      .replace(KANA_COUNTERS, (_, n: string, counter: string) => n + (COUNTER_KANJI[counter] ?? counter))
      // A count written in kanji (一回, 二回目, 三日目) is the count in digits, as the guides write it: only one digit
      // before a counter, so 一覧, 一般, 二重 and 一度 stay words.
      .replace(KANJI_COUNT, (_, n: string) => String(KANJI_DIGITS.indexOf(n) + 1))
      // "何%" asks for a rate: read as the question word 何パーセント before % becomes a separator.
      .replace(/何\s*%/gu, "何パーセント")
      // なんです(か) after a word is "it is", never なんで (why): 必要なんですか reads 必要ですか.
      .replace(/(?<=\S)なんです/gu, "です")
      // Polite framing around a question (恐れ入りますが, よろしいでしょうか, いただけますか) says nothing of its topic.
      .replace(POLITE_FRAMING, " ")
      // A thousands separator (3,000円) is part of the number, not a separator: read the number whole (3000円).
      .replace(/(?<=\d),(?=\d{3}(?:\D|$))/gu, "")
      // An English possessive (shop's account) is the word itself, not a stray letter s.
      .replace(/(?<=[a-z])['’]s\b/gu, "")
      .replace(SEPARATORS, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Normalises a text for substring matching but keeps its length-independent shape (NFKC + lower case only). */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

const LETTER = 1;
const DIGIT = 2;
/**
 * The class of an edge character (a char code) that must not continue across a word boundary: a Latin letter or a
 * digit; 0 for any other character and for none (NaN past either end). Char codes, not regexes: called for every
 * word in every section at every keystroke.
 */
const edgeClass = (code: number) =>
  code >= 97 && code <= 122 ? LETTER : code >= 48 && code <= 57 ? DIGIT : 0;

/**
 * Whether a folded text contains a word: Japanese words anywhere, Latin words and numbers only where they are
 * not part of a longer one ("script" is not in "javascript", "1" is not in "10").
 */
export function containsWord(hay: string, word: string): boolean {
  if (!word) return false;
  const head = edgeClass(word.charCodeAt(0));
  const tail = edgeClass(word.charCodeAt(word.length - 1));
  for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, at + 1)) {
    if (head && edgeClass(hay.charCodeAt(at - 1)) === head) continue;
    if (tail && edgeClass(hay.charCodeAt(at + word.length)) === tail) continue;
    return true;
  }
  return false;
}
