/** Turns a Japanese question into weighted concepts: normalised, readings resolved, segmented, stopwords dropped, synonyms attached. */
import { normalize } from "./normalize.ts";
import { stopwords, synonymGroups, toolIntentWords, wordReadings } from "./synonyms.ts";

/** One thing the query asks about: the word as typed and every variant that counts as a match. */
export interface Concept {
  /** The word as it appears in the (normalised) query, or the group name for question words. */
  text: string;
  /** Variants searched and matched (always includes `text` unless it is a bare question word). */
  variants: string[];
  /** Importance in scoring: content words 1, question words QUESTION_WEIGHT, negation NEGATION_WEIGHT. */
  weight: number;
  /** Variants that are only part of the typed word (出店 for 出店者, 分け for 分け方): weaker evidence. */
  weak?: string[];
}

export interface AnalyzedQuery {
  normalized: string;
  concepts: Concept[];
  /** True when the query asks for a calculator (計算, シミュレーション, ...). */
  toolIntent: boolean;
  /** True when the query asks what a word means (…とは, …って何, 意味). */
  definitionIntent: boolean;
}

/** A glossary-like entry: a term, its hiragana reading and aliases. */
export interface TermLike {
  term: string;
  reading?: string | undefined;
  aliases: readonly string[];
}

/** Lexicon built once from the glossary and the synonym groups. */
export interface Lexicon {
  /** Hiragana reading -> term, longest readings first. */
  readings: [string, string][];
  /** Normalised phrase -> its variant list and whether it is a question word. */
  phrases: Map<string, { variants: string[]; question: boolean; name: string }>;
  /** Known phrases, longest first, for greedy matching before segmentation. */
  phraseList: string[];
  /** Katakana words of the lexicon and the site's pages (3+ characters), longest first: hiragana is folded to them. */
  katakana: string[];
  /** Katakana words of the site's pages only: kept whole when the segmenter would cut them. */
  indexWords: string[];
  /** Hiragana reading -> kanji suffix learnt from glossary terms like リピート率 (りぴーとりつ): りつ -> 率. */
  suffixReadings: [string, string][];
  /** Normalised glossary terms and aliases (a bare term typed alone asks what it means). */
  glossaryWords: Set<string>;
}

/** Weight of question-word concepts (いつ, 何日, いくら) next to content words (1). */
export const QUESTION_WEIGHT = 0.8;
/** Weight of a negation (ない) in scoring. */
export const NEGATION_WEIGHT = 0.4;
const NEGATIONS = new Set(["ない", "ません", "なかっ", "なく"]);

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });
const SINGLE_KANJI = /^\p{Script=Han}$/u;
const NOUN_END = /[\p{Script=Han}\u30a1-\u30faー]$/u;
/** A particle glued to the front of a word by the segmenter (を使 -> 使). */
const LEADING_PARTICLE = /^[をはがにでとのもへや](?=\p{Script=Han})/u;
const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/u;
/** Hiragana that can start a verb or adjective ending (not a particle: は が を に で と の も へ や か). */
const OKURIGANA_START = /^(?![はがをにでとのもへやか])[\u3041-\u3096]/u;

/**
 * Kanji suffixes and prefixes read off glossary terms made of a katakana word and kanji: リピート率 read
 * りぴーとりつ gives りつ -> 率, 店舗アカウント read てんぽあかうんと gives てんぽ -> 店舗 (pure).
 */
export function kanjiReadings(terms: readonly TermLike[]): [string, string][] {
  const out = new Map<string, string>();
  for (const t of terms) {
    const reading = t.reading ?? "";
    const suffix = /^([\u30a1-\u30faー]+)(\p{Script=Han}+)$/u.exec(t.term);
    if (suffix?.[1] && suffix[2]) {
      const kana = toHiragana(suffix[1]);
      if (reading.startsWith(kana) && reading.length > kana.length)
        out.set(reading.slice(kana.length), suffix[2]);
    }
    const prefix = /^(\p{Script=Han}+)([\u30a1-\u30faー]+)$/u.exec(t.term);
    if (prefix?.[1] && prefix[2]) {
      const kana = toHiragana(prefix[2]);
      if (reading.endsWith(kana) && reading.length > kana.length)
        out.set(reading.slice(0, reading.length - kana.length), prefix[1]);
    }
  }
  return [...out].filter(([r]) => r.length >= 2).sort((a, b) => b[0].length - a[0].length);
}

/** Katakana words (3+ characters, long-vowel marks included) in a text, NFKC-normalised, first-seen order (pure). */
export function katakanaWords(text: string): string[] {
  return [...new Set(text.normalize("NFKC").match(/[\u30a1-\u30faー]{3,}/gu) ?? [])].filter(
    (w) => !w.startsWith("ー"),
  );
}

/**
 * Builds the lexicon from glossary terms, synonym groups and the katakana words of the site's pages (pure;
 * call once). A group entry starting with "+" is a variant only: it is matched in answers but typing it does
 * not call up the group.
 */
export function buildLexicon(
  terms: readonly TermLike[],
  groups = synonymGroups,
  pageWords: readonly string[] = [],
): Lexicon {
  const phrases = new Map<string, { variants: string[]; question: boolean; name: string }>();
  const add = (words: readonly string[], name: string, question: boolean) => {
    const keys = new Set(words.filter((w) => !w.startsWith("+")).map(normalize));
    const variants = [...new Set(words.map((w) => normalize(w.replace(/^\+/, ""))).filter(Boolean))];
    for (const v of variants) {
      if (!keys.has(v)) continue;
      const prev = phrases.get(v);
      const merged = prev ? [...new Set([...prev.variants, ...variants])] : variants;
      phrases.set(v, {
        variants: merged,
        question: (prev?.question ?? true) && question,
        name: prev?.name ?? name,
      });
    }
  };
  for (const g of groups) {
    const [head = "", ...rest] = g;
    const question = head.startsWith("?");
    add(question ? rest : g, question ? head.slice(1) : head, question);
  }
  const readings: [string, string][] = [];
  for (const t of terms) {
    add([t.term, ...t.aliases], t.term, false);
    if (t.reading && t.reading.length >= 3) readings.push([t.reading, normalize(t.term)]);
  }
  for (const [reading, word] of Object.entries(wordReadings)) {
    if (reading.length >= 3 && !readings.some(([r]) => r === reading))
      readings.push([reading, normalize(word)]);
  }
  readings.sort((a, b) => b[0].length - a[0].length);
  const phraseList = [...phrases.keys()].sort((a, b) => b.length - a.length);
  const byLength = (a: string, b: string) => b.length - a.length;
  const indexWords = [...new Set(pageWords.map(normalize))]
    .filter((w) => KATAKANA_WORD.test(w))
    .sort(byLength);
  // Katakana words inside known phrases count too (コンバージョン in コンバージョン率).
  const katakana = [...new Set([...katakanaWords(phraseList.join(" ")), ...indexWords])].sort(byLength);
  const glossaryWords = new Set(terms.flatMap((t) => [t.term, ...t.aliases]).map(normalize));
  return {
    readings,
    phrases,
    phraseList,
    katakana,
    indexWords,
    suffixReadings: kanjiReadings(terms),
    glossaryWords,
  };
}

/** Replaces hiragana readings of glossary terms with the terms (らんく -> ランク is not done; るーむらんく -> ROOMランク is). */
function resolveReadings(q: string, lex: Lexicon): string {
  let out = q;
  for (const [reading, term] of lex.readings) {
    if (out.includes(reading)) out = out.split(reading).join(` ${term} `);
  }
  return out.replace(/\s+/g, " ").trim();
}

const HIRAGANA_RUN = /[\u3041-\u3096ー]{3,}/gu;
const KATAKANA_ONLY = /^[\u30a1-\u30faー]+$/u;
/** A katakana word worth folding hiragana to: three or more characters. */
const KATAKANA_WORD = /^[\u30a1-\u30fa][\u30a1-\u30faー]{2,}$/u;
const KATAKANA_CHAR = /[\u30a1-\u30faー]/u;

/** Hiragana to katakana (らんく -> ランク); other characters unchanged. */
export function toKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));
}

/** Katakana to hiragana (ランク -> らんく); other characters unchanged. */
export function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/**
 * Rewrites katakana words typed in hiragana (らんくぼーなす -> ランクボーナス, こんばーじょん -> コンバージョン) when
 * the lexicon or the site's pages use them; a kanji suffix read right after one is written in kanji too
 * (こんばーじょんりつ -> コンバージョン率).
 */
function resolveKatakana(q: string, lex: Lexicon): string {
  return q.replace(HIRAGANA_RUN, (run) => {
    const kata = toKatakana(run);
    let out = "";
    let i = 0;
    outer: while (i < run.length) {
      for (const p of lex.katakana) {
        if (kata.startsWith(p, i)) {
          i += p.length;
          let word = p;
          for (const [reading, kanji] of lex.suffixReadings)
            if (run.startsWith(reading, i)) {
              word += kanji;
              i += reading.length;
              break;
            }
          out += ` ${word} `;
          continue outer;
        }
      }
      out += run[i];
      i += 1;
    }
    return out;
  });
}

const VERB_PIECE = /^\p{Script=Han}[\u3041-\u3096]$/u;

/**
 * The lexicon's word for a verb or adjective cut to its kanji and first kana (書い -> 書く, 送っ -> 送る,
 * 上が -> 上がる): a known word of the same kanji and one or two kana, preferring the same first kana.
 */
export function dictionaryForm(piece: string, lex: Lexicon): string | undefined {
  if (!VERB_PIECE.test(piece)) return undefined;
  const kanji = piece[0] ?? "";
  const forms = lex.phraseList.filter(
    (p) =>
      p.startsWith(kanji) && /^\p{Script=Han}[\u3041-\u3096]{1,2}$/u.test(p) && !lex.phrases.get(p)?.question,
  );
  return forms.find((p) => p.startsWith(piece)) ?? forms[0];
}

/**
 * The part every form of a verb or adjective in dictionary form shares (間に合う -> 間に合, matching 間に合わない;
 * 超える -> 超え; 大きい -> 大き), or undefined when the word is not one or the stem would be a lone kanji.
 */
export function inflectionStem(word: string): string | undefined {
  if (!/^\p{Script=Han}[\p{Script=Han}\u3041-\u3096]*[うくすつぬむるぐぶい]$/u.test(word)) return undefined;
  const stem = word.slice(0, -1);
  return stem.length >= 2 ? stem : undefined;
}

/**
 * Other forms of a one- or two-kanji adjective (短い -> 短く, 短すぎ, 短め...), whose stem alone would be a lone
 * kanji matching unrelated words.
 */
export function adjectiveForms(word: string): string[] {
  if (!/^\p{Script=Han}{1,2}い$/u.test(word)) return [];
  const stem = word.slice(0, -1);
  return ["く", "かっ", "すぎ", "め", "さ", "けれ"].map((ending) => stem + ending);
}

/** Kana rows of verb endings: a kanji followed by one of them takes the others in its other forms. */
const VERB_ROWS = [
  "かきくけこ",
  "がぎぐげご",
  "さしすせそ",
  "たちつてと",
  "なにぬねの",
  "ばびぶべぼ",
  "まみむめも",
  "らりるれろ",
  "わいうえお",
];
/** Sound-change forms (配っ, 読ん, 書い) shared by several rows. */
const ONBIN: Record<string, string> = {
  か: "い",
  が: "い",
  た: "っ",
  ら: "っ",
  わ: "っ",
  ま: "ん",
  な: "ん",
  ば: "ん",
};

/**
 * Other forms of a verb cut to its kanji and first kana (配れ -> 配ら, 配り, 配る, 配っ...): the kana of the same
 * row and its sound-change form, so 配ればいい matches 配る and 配って in the guides.
 */
export function verbForms(piece: string): string[] {
  // A dictionary form (使う, 売る) is how the guides write most verbs already: its other forms only add noise.
  if (!VERB_PIECE.test(piece) || /[うくすつぬぶむるぐ]$/u.test(piece)) return [];
  const kanji = piece.slice(0, 1);
  const kana = piece.slice(1);
  const forms = new Set<string>();
  for (const row of VERB_ROWS) {
    if (!row.includes(kana)) continue;
    for (const k of row) forms.add(kanji + k);
    const onbin = ONBIN[row[0] ?? ""];
    if (onbin) forms.add(kanji + onbin);
  }
  // 書い / 待っ / 読ん: the rows whose sound-change form this is.
  for (const [head, onbin] of Object.entries(ONBIN))
    if (onbin === kana) for (const k of VERB_ROWS.find((r) => r.startsWith(head)) ?? "") forms.add(kanji + k);
  forms.delete(piece);
  return [...forms];
}

/** Stem of a verb's masu-stem for matching its other forms: 分け -> 分け (分ける, 分ければ), 使い -> 使 (使う). */
export function verbStem(masu: string): string {
  return /[いきしちにびみりぎじ]$/u.test(masu) && masu.length >= 2 ? masu.slice(0, -1) : masu;
}

/** Splits a chunk into tokens: known phrases first (longest match), the rest by Intl.Segmenter. */
function tokenize(chunk: string, lex: Lexicon, compoundHeads: Map<string, string>): string[] {
  const tokens: string[] = [];
  let rest = "";
  const flush = () => {
    if (!rest) return;
    let prevEnd = -1;
    let prevWord = false;
    let lastKanji = false;
    const segments = [...segmenter.segment(rest)];
    for (const [k, s] of segments.entries()) {
      // A verb or adjective cut after its kanji (下|がっ|た, 待|って, 書|い|たら): keep the kanji and the first
      // kana of its ending (下が, 待っ, 書い), which every form of the word shares; a particle ends the word.
      // 下|が|っ|た, 広|が|る: が followed by a verb ending is part of the verb, not a particle.
      const next = segments[k + 1];
      const verbGa =
        s.segment === "が" && next?.index === s.index + 1 && /^[っるりられろ]/u.test(next.segment);
      if (lastKanji && s.index === prevEnd && (OKURIGANA_START.test(s.segment) || verbGa)) {
        tokens[tokens.length - 1] = `${tokens[tokens.length - 1] ?? ""}${s.segment.charAt(0)}`;
        // 出|ない: the negation still counts on its own.
        if (NEGATIONS.has(s.segment)) tokens.push(s.segment);
        lastKanji = false;
        prevWord = false;
        prevEnd = s.index + s.segment.length;
        continue;
      }
      // A lone kanji right after a noun is a suffix of a compound (出店+者, 報酬+率, 付け+方): keep the compound.
      const last = tokens[tokens.length - 1];
      // The segmenter sometimes cuts a katakana word it does not know (テンプ|レ, ハッシュ|タグ): keep it whole.
      const katakanaPiece =
        s.isWordLike &&
        prevWord &&
        s.index === prevEnd &&
        last &&
        KATAKANA_ONLY.test(s.segment) &&
        KATAKANA_ONLY.test(last);
      if (katakanaPiece) {
        tokens[tokens.length - 1] = last + s.segment;
        prevEnd = s.index + s.segment.length;
        continue;
      }
      const joins =
        s.isWordLike &&
        prevWord &&
        s.index === prevEnd &&
        SINGLE_KANJI.test(s.segment) &&
        last &&
        (NOUN_END.test(last) || s.segment === "方");
      if (joins) {
        tokens[tokens.length - 1] = last + s.segment;
        compoundHeads.set(last + s.segment, last);
      } else if (s.isWordLike) tokens.push(s.segment.replace(LEADING_PARTICLE, ""));
      lastKanji = !joins && s.isWordLike === true && SINGLE_KANJI.test(s.segment);
      prevWord = s.isWordLike === true;
      prevEnd = s.index + s.segment.length;
    }
    rest = "";
  };
  let i = 0;
  outer: while (i < chunk.length) {
    for (const p of lex.phraseList) {
      // Match phrases of two or more characters only, so single kanji inside words are left to the segmenter.
      if (p.length >= 2 && chunk.startsWith(p, i)) {
        flush();
        tokens.push(p);
        i += p.length;
        continue outer;
      }
    }
    // A katakana word of the site's pages, standing on its own (not part of a longer katakana word).
    if (!KATAKANA_CHAR.test(chunk[i - 1] ?? ""))
      for (const w of lex.indexWords) {
        if (chunk.startsWith(w, i) && !KATAKANA_CHAR.test(chunk[i + w.length] ?? "")) {
          flush();
          tokens.push(w);
          i += w.length;
          continue outer;
        }
      }
    rest += chunk[i];
    i += 1;
  }
  flush();
  return tokens;
}

/** Whether a token carries no meaning for search (particle, auxiliary, lone hiragana, generic verb). */
export function isStopword(token: string): boolean {
  if (stopwords.has(token)) return true;
  if (HIRAGANA_ONLY.test(token) && token.length <= 2) return true;
  // A lone kanji outside the lexicon (人, 使, 日) matches too much to mean anything.
  if (SINGLE_KANJI.test(token)) return true;
  // A lone kana, long-vowel mark or symbol carries no meaning on its own.
  if (token.length === 1 && !/[\p{Script=Han}\p{L}\p{N}]/u.test(token.replace(/[\u3041-\u30ff]/u, "")))
    return true;
  return false;
}

/** Analyses a query into concepts (deduplicated, in query order). */
export function analyzeQuery(query: string, lex: Lexicon): AnalyzedQuery {
  const normalized = normalize(query);
  const resolved = resolveKatakana(resolveReadings(normalized, lex), lex).replace(/\s+/g, " ").trim();
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  // Compounds joined from a word and a one-kanji suffix (セール+中): the word alone also matches.
  const compoundHeads = new Map<string, string>();
  for (const chunk of resolved.split(" ")) {
    for (const token of tokenize(chunk, lex, compoundHeads)) {
      const entry = lex.phrases.get(token) ?? lex.phrases.get(dictionaryForm(token, lex) ?? "");
      if (NEGATIONS.has(token)) {
        // "出ない" / "入れない": the negation decides which section answers, but weighs little on its own.
        if (!seen.has("ない")) concepts.push({ text: "ない", variants: ["ない"], weight: NEGATION_WEIGHT });
        seen.add("ない");
        continue;
      }
      if (!entry && isStopword(token)) continue;
      const key = entry ? entry.name : token;
      if (seen.has(key)) continue;
      seen.add(key);
      if (entry) {
        const variants = entry.question ? entry.variants.filter((v) => !stopwords.has(v)) : entry.variants;
        const ordered = entry.question ? variants : [token, ...variants.filter((v) => v !== token)];
        concepts.push({
          text: entry.question ? entry.name : token,
          variants: ordered,
          weight: entry.question ? QUESTION_WEIGHT : 1,
        });
      } else {
        // "付け方" / "使い方" (how to X): also match the verb stem ("付け", "使い").
        const stem =
          token.length >= 3 && token.endsWith("方")
            ? [verbStem(token.slice(0, -1))]
            : [inflectionStem(token), ...adjectiveForms(token), ...verbForms(token)].filter(
                (x): x is string => !!x,
              );
        const head = compoundHeads.get(token);
        const parts = head && head.length >= 2 && !isStopword(head) ? [head] : [];
        // A compound of a known word and a suffix (ユーザー+数): its synonyms with the same suffix (利用者数).
        const headEntry = head ? lex.phrases.get(head) : undefined;
        const known = headEntry && !headEntry.question ? headEntry.variants : [];
        const suffix = head ? token.slice(head.length) : "";
        const weak = [...new Set([...stem, ...parts, ...known])];
        const variants = [...new Set([token, ...known.map((v) => v + suffix), ...weak])];
        concepts.push({ text: token, variants, weight: 1, ...(weak.length ? { weak } : {}) });
      }
    }
  }
  const tools = new Set(toolIntentWords.map(normalize));
  // "どう計算する?" asks how it works (a lesson); "報酬 計算" asks for the calculator.
  const explains = /どう|なぜ|仕組み|とは|考え方/.test(normalized) || /[?？]\s*$/.test(query);
  // "計算" alone must be a request (計算 / 計算したい / 計算する), not a noun like 計算例 or 計算方法.
  const asksToCompute = /計算(?:$| |した|する|できる|ツール|機)/.test(normalized);
  // "比べたい" / "比較したい" asks to compare figures side by side, which the calculators do.
  const asksToCompare = /比べ(?:たい|られる)|比較(?:したい|できる)/.test(normalized);
  const toolIntent =
    !explains &&
    (asksToCompare || concepts.some((c) => tools.has(c.text) && (c.text !== "計算" || asksToCompute)));
  // A glossary word typed alone as its reading or in Latin letters (こんばーじょんりつ, ltv) asks what it is.
  const bareTerm =
    concepts.length === 1 &&
    lex.glossaryWords.has(concepts[0]?.text ?? "") &&
    /^(?:[\u3041-\u3096ー]+|[a-z0-9 -]+)$/u.test(normalized);
  const definitionIntent =
    bareTerm ||
    (/(?:とは|って)(?:そもそも|いったい|結局)?(?:何|なに|なん)?(?:の略)?(?:ですか|でしょうか|だ)?$|意味|何のこと|何の略|なんの略/.test(
      normalized,
    ) &&
      concepts.length <= 2);
  return { normalized, concepts, toolIntent, definitionIntent };
}
