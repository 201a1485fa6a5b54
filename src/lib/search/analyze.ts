/** Turns a Japanese question into weighted concepts: readings resolved, tokenized, stopwords dropped, synonyms and word forms attached, intents read. */
import {
  asksWhichTools,
  hasDefinitionIntent,
  hasExampleIntent,
  hasListIntent,
  LIST_WORD,
  hasRuleIntent,
  hasToolIntent,
  namesGlossary,
  outOfScope,
  type OutOfScope,
} from "./intent.ts";
import {
  resolveKatakana,
  resolveReadings,
  correctKatakana,
  romajiToHiragana,
  withLongVowels,
  withSyllabicN,
} from "./kana.ts";
import { joinKanaPieces, kanaChunkPieces, kanaPieces, typedInKana, type KanaPiece } from "./kana-words.ts";
import type { Lexicon } from "./lexicon.ts";
import { englishBaseOf, readEnglishPhrasing } from "./english.ts";
import { adjectiveForms, dictionaryForm, inflectionStem, verbForms, verbStem } from "./morphology.ts";
import { correctMisconversions } from "./misconversions.ts";
import { normalize } from "./normalize.ts";
import { framingWords, stopwords } from "./synonyms.ts";
import { isStopword, NEGATIONS, NUMBER_WITH_COUNTER, NUMBER_WITH_MYRIAD, tokenize } from "./tokenize.ts";
import { repairKanaSlips, slipRepairs } from "./slips.ts";
import { askingSentence, weighBackground } from "./focus.ts";

/** One thing the query asks about: the word as typed and every variant that counts as a match. */
export interface Concept {
  /** The word as it appears in the (normalised) query, or the group name for question words. */
  text: string;
  /** Variants searched and matched (always includes `text` unless it is a bare question word). */
  variants: string[];
  /**
   * Importance in scoring: content words 1, question words QUESTION_WEIGHT, negation NEGATION_WEIGHT; times
   * BACKGROUND_WEIGHT for a word named only in a long question's background sentences.
   */
  weight: number;
  /** Variants that are only part of the typed word (出店 for 出店者, 分け for 分け方): weaker evidence. */
  weak?: string[];
  /** For a number with its counter (5日目): the number, which a weak variant (日目) must not contradict (1日目). */
  number?: number;
  /** A question word (いつ, 何から, どうする): says what kind of answer is wanted, not what it is about. */
  question?: true;
}

export interface AnalyzedQuery {
  normalized: string;
  /**
   * The query as read: romaji as kana or the word it spells (rank bonus -> roomランクボーナス), katakana and conversion
   * slips corrected. What the section questions' wordings are compared with, character by character.
   */
  read: string;
  concepts: Concept[];
  /** True when the query asks for a calculator (計算, シミュレーション, ...). */
  toolIntent: boolean;
  /** True when the query asks what a word means (…とは, …って何, 意味). */
  definitionIntent: boolean;
  /** True when the query names the glossary itself (用語集) or asks what words mean (略語の意味): its top answers. */
  glossaryIntent: boolean;
  /** True when the query asks whether something is allowed or names a rule or law (a rules page may answer it). */
  ruleIntent: boolean;
  /** True when the query asks for a list of pages (一覧): overview pages answer it. */
  listIntent: boolean;
  /** True when the query asks for an example to copy (例文, テンプレ): template pages answer it. */
  exampleIntent: boolean;
  /** The query as read when words typed in romaji were read as kana (ru-mu -> るーむ), a katakana slip was read as
   * the known word (クポン -> クーポン) or hiragana as the site's kanji words (じょうしにみせる -> 上司に見せる). */
  reading?: string;
  /** Set when the query asks for something the site deliberately leaves out. */
  outOfScope?: OutOfScope;
}

/** Weight of question-word concepts (いつ, 何日, いくら) next to content words (1). */
export const QUESTION_WEIGHT = 0.8;
/** Weight of a negation (ない) in scoring. */
export const NEGATION_WEIGHT = 0.4;
/** Weight of a word that says who asks or where (クライアント, 打ち合わせ): the topic is in the other words. */
export const FRAMING_WEIGHT = 0.3;

/**
 * What answers a question about something the site deliberately leaves out: the passages that say it is not
 * published here (sale dates) or that only Rakuten can check (one account).
 */
export function scopeConcept(scope: OutOfScope): Concept {
  const variants: Record<OutOfScope, string[]> = {
    "sale-dates": ["載せていません", "載せていない", "載せません", "予想", "公開"],
    "own-account": ["停止", "問い合わせ", "確かめ"],
  };
  return { text: `?${scope}`, variants: variants[scope], weight: QUESTION_WEIGHT };
}

/**
 * A number with its counter (1か月目, 3日): matches the same number and counter with or without 目 (最初の1か月), with or
 * without thousands separators (3000円, 3,000円),
 * and, weakly, the counter alone when it is a word of its own (週目 in 3〜4週目, ポイント) and not another number's
 * (日目 in 1日目 is no match for 5日目).
 */
export function countedConcept(token: string): Concept {
  const [, number = "", counter = "", nth = ""] = NUMBER_WITH_COUNTER.exec(token) ?? [];
  // The pages group thousands (3,000円); a reader may not (3000円), or may where they do not.
  const value = Number(number.replace(/,/g, ""));
  const variants = [...new Set([token, ...[number, ...numberSpellings(number)].map((n) => n + counter)])];
  const weak = [...new Set([nth ? counter + nth : "", counter.length >= 2 ? counter : ""])].filter(Boolean);
  return {
    text: token,
    variants: [...variants, ...weak],
    weight: 1,
    ...(weak.length ? { weak, number: value } : {}),
  };
}

/** A plain number with and without thousands separators (3000 -> 3,000; 3,000 -> 3000), or nothing for another word. */
export function numberSpellings(token: string): string[] {
  if (!/^\d[\d,]*$/.test(token)) return [];
  const value = Number(token.replace(/,/g, ""));
  return [...new Set([String(value), value.toLocaleString("en-US")])].filter((n) => n !== token);
}

/** A compound written with its okurigana (税込み, 申し込み, 受け取り) as it is also written without (税込, 申込, 受取). */
export function okuriganaDropped(token: string): string[] {
  if (!/^\p{Script=Han}+(?:[\u3041-\u3096]\p{Script=Han}+)*[\u3041-\u3096]?$/u.test(token)) return [];
  const kanji = token.replace(/[\u3041-\u3096]/gu, "");
  // 使い方 is never written 使方.
  return kanji.length >= 2 && kanji !== token && !token.endsWith("方") ? [kanji] : [];
}

/**
 * A number written with 万 or 千 (10万, 50万円): matches the figure as the pages write it, in digits with or without
 * thousands separators (100,000人 for 10万人), and as typed.
 */
export function myriadConcept(token: string): Concept {
  const [, number = "", unit = "", counter = ""] = NUMBER_WITH_MYRIAD.exec(token) ?? [];
  const value = Number(number) * (unit === "万" ? 10000 : 1000);
  const grouped = value.toLocaleString("en-US");
  const variants = [...new Set([token, grouped + counter, String(value) + counter])];
  return { text: token, variants, weight: 1 };
}

/** Particles typed in romaji as they sound (wa, towa) and as they are written (は, とは). */
const PARTICLES_AS_SAID: Readonly<Record<string, string>> = { わ: "は", とわ: "とは" };

/**
 * Reads Latin words typed as romaji in kana (ru-mu -> るーむ) when the kana form is a word the lexicon knows or a
 * stopword (no -> の), and the Latin form is not (room, rpp and review stay as they are).
 */
export function readRomaji(normalized: string, lex: Lexicon): string {
  return joinRomajiWords(normalized.split(" "), lex)
    .map((w, _, words) => {
      if (!romajiCandidate(w, lex)) return w;
      const asSpelled = romajiToHiragana(w);
      if (!asSpelled) return w;
      // The topic particle typed as it sounds (room wa, rakuten room towa): は, as the IME spells it.
      const typed = words.length > 1 ? (PARTICLES_AS_SAID[asSpelled] ?? asSpelled) : asSpelled;
      const reads = (kana: string) =>
        resolveKatakana(resolveReadings(kana, lex, stopwords), lex).trim() !== kana || lex.phrases.has(kana);
      // A reading that resolves to a word (ru-mu -> ルーム), or is a known word as typed (itsu -> いつ), or a
      // particle or ending between romaji words (no, wo, toha, desu), then dropped like any stopword.
      if (reads(typed) || (words.length > 1 && stopwords.has(typed))) return typed;
      // A word of the site's text as typed (kaku -> 書く), before guessing long vowels it may lack (kakuu -> 架空).
      const whole = kanaPieces(typed, lex.kanaWords);
      if (typed.length >= 2 && whole.length === 1 && whole[0]?.written) return joinKanaPieces(whole, " ");
      // Typed without its long vowels (hoshu for houshuu), or with ん as a bare n before a vowel (soneki for son'eki).
      const withN = withSyllabicN(w).flatMap((v) => romajiToHiragana(v) ?? []);
      const kana = [...withLongVowels(typed), ...withN, ...withN.flatMap(withLongVowels)];
      const read = kana.find(reads);
      if (read) return read;
      // A katakana word with its long vowels typed as doubled vowels (riipiitaa for リピーター), read as ー.
      const dashed = /([aeiou])\1/.test(w) ? romajiToHiragana(w.replace(/([aeiou])\1/g, "$1-")) : undefined;
      if (dashed && correctKatakana(dashed, lex) !== dashed) return dashed;
      // Else a word of the site's text in kana (shohin -> 商品, fukusu -> 複数), written as the site writes it.
      const spelled = [typed, ...kana].flatMap((k) =>
        k.length >= 3 ? (lex.kanaWords.spelling.get(k) ?? []) : [],
      );
      if (spelled[0]) return spelled[0];
      // Else an inflected form or a compound of the site's words in kana (kubatte -> 配っ て).
      for (const k of [typed, ...kana]) {
        const pieces = k === typed ? whole : kanaPieces(k, lex.kanaWords);
        if (mostlyWritten(pieces)) return joinKanaPieces(pieces, " ");
      }
      return w;
    })
    .join(" ");
}

/**
 * How much of a romaji word's kana the site's words must cover for it to be read as them (kubatte -> 配っ て): the
 * share of its kana, and the longest word's length. 2026-12-07 (60 folds): 0.6 gave cross-validation 9,288 → 9,290/9,600
 * (page 9,392 → 9,393), tuning 1,088/1,120 and the gated set 121/125 unchanged; 0.5 gave 9,291, 0.75 9,288.
 */
export const ROMAJI_PIECES = { share: 0.6, longest: 2 } as const;

/** Whether kana pieces are mostly the site's words: their written share and their longest written word. */
function mostlyWritten(pieces: readonly KanaPiece[]): boolean {
  const total = pieces.reduce((n, p) => n + p.text.length, 0);
  const written = pieces.filter((p) => p.written);
  const covered = written.reduce((n, p) => n + p.text.length, 0);
  return (
    written.some((p) => p.text.length >= ROMAJI_PIECES.longest) &&
    total > 0 &&
    covered / total >= ROMAJI_PIECES.share
  );
}

/** English words of two letters that romaji would misread (an -> 案 in "when an item sells", to -> と). */
const ENGLISH_SHORT_WORDS = new Set(["an", "to"]);

/**
 * A word typed in Latin letters that is no known Latin word, no English function word of three letters or more
 * (someone, not そめおね) and no short English word that romaji misreads (an): it may be romaji.
 */
const romajiCandidate = (w: string, lex: Lexicon) =>
  /^[a-z'-]{2,}$/.test(w) &&
  !ENGLISH_SHORT_WORDS.has(w) &&
  !lex.phrases.has(w) &&
  !lex.glossaryWords.has(w) &&
  !(w.length >= 3 && stopwords.has(w));

/** Whether a query has a word that may be romaji (the kana words may read it: shohin -> 商品). */
export const hasRomaji = (query: string, lex: Lexicon): boolean =>
  normalize(query)
    .split(" ")
    .some((w) => romajiCandidate(w, lex) && Boolean(romajiToHiragana(w)));

/**
 * Romaji words that spell one known word only together (ku-pon adobansu -> クーポンアドバンス, tokutei denshi me-ru ->
 * 特定電子メール) are read as that word; up to three words are joined, the longest run first.
 */
export function joinRomajiWords(words: readonly string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let joined = false;
    for (let n = Math.min(3, words.length - i); n >= 1 && !joined; n--) {
      const run = words.slice(i, i + n);
      // A glossary term's name in English or romaji, typed apart or with a hyphen, as its id spells it (opt-in,
      // double price -> オプトイン, 二重価格).
      const named = idName(run.join(""), lex);
      if (named) {
        out.push(named);
        i += n - 1;
        joined = true;
        continue;
      }
      if (n < 2 || !run.every((w) => romajiCandidate(w, lex))) continue;
      const kana = run.map(romajiToHiragana);
      if (kana.some((k) => !k)) continue;
      const word = resolveKatakana(resolveReadings(kana.join(""), lex), lex).replace(/\s+/g, "");
      if (lex.phrases.has(word)) {
        out.push(word);
        i += n - 1;
        joined = true;
      }
    }
    if (!joined) out.push(idNameAtStart(words[i] ?? "", lex));
  }
  return out;
}

/** The term a glossary id of two words or more names, typed with or without its hyphens (opt-in, optin). */
const idName = (typed: string, lex: Lexicon): string | undefined => lex.idNames.get(typed.replace(/-/g, ""));

/** A glossary id typed with the Japanese that follows it (opt-inってなに): the id read as its term (オプトインってなに). */
function idNameAtStart(word: string, lex: Lexicon): string {
  const id = /^[a-z]+(?:-[a-z]+)+(?=[^a-z-])/.exec(word)?.[0];
  const named = id && idName(id, lex);
  return named ? named + word.slice(id.length) : word;
}

/** How a query is read beyond the default. */
export interface AnalyzeOptions {
  /** Also read the chunks typed in kana of a question that has kanji as the site's words (the retry of a search that found nothing). */
  kanaChunks?: boolean;
  /** Read unknown words as the words a slip may hide (slipRepairs: the last retry of a search that found nothing). */
  repairSlips?: boolean;
}

/** お or ご before a kanji word the segmenter kept together (お送り, お支払い): the word without it, unless the whole is known. */
const withoutHonorific =
  (known: (word: string) => boolean) =>
  (token: string): string =>
    /^[おご]\p{Script=Han}/u.test(token) && !known(token) ? token.slice(1) : token;

/** Analyses a query into concepts (deduplicated, in query order). */
export function analyzeQuery(query: string, lex: Lexicon, options: AnalyzeOptions = {}): AnalyzedQuery {
  const normalized = normalize(query);
  const typed = correctMisconversions(correctKatakana(readRomaji(normalized, lex), lex));
  const read = options.repairSlips ? repairKanaSlips(typed, lex).replace(/\s+/g, " ").trim() : typed;
  const scope = outOfScope(read);
  // 一覧 and the like ask for an overview page: read before the words, which then drop them.
  const asksList = hasListIntent(read);
  const converted = resolveKatakana(resolveReadings(read, lex, stopwords), lex);
  // Typed without kana-kanji conversion: its hiragana is read as the site writes those words, and the reader is told.
  // Typed without kanji: the kanji of a counter read as typed (3かげつご -> 3か月後) do not count.
  const pieces = typedInKana(query)
    ? kanaPieces(converted, lex.kanaWords, stopwords)
    : options.kanaChunks
      ? kanaChunkPieces(converted, lex.kanaWords, stopwords)
      : [];
  const written = pieces.some((p) => p.written);
  const shown = written ? joinKanaPieces(pieces, "") : read;
  const reading = shown === normalized ? undefined : shown;
  const resolved = readEnglishPhrasing(written ? joinKanaPieces(pieces, " ") : converted)
    .replace(/\s+/g, " ")
    .trim();
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  // Compounds joined from a word and a one-kanji suffix (セール+中): the word alone also matches.
  const compoundHeads = new Map<string, string>();
  const known = (w: string) => lex.phrases.has(w);
  for (const chunk of resolved.split(" ")) {
    const tokens = tokenize(chunk, lex, compoundHeads);
    const plain = tokens.map(withoutHonorific(known));
    const repaired = options.repairSlips
      ? plain.flatMap((t) => (known(t) ? [t] : slipRepairs(t, known)))
      : plain;
    for (const token of repaired) {
      const entry =
        lex.phrases.get(token) ??
        lex.phrases.get(dictionaryForm(token, lex) ?? "") ??
        englishBaseOf(token, lex.phrases);
      if (NEGATIONS.has(token)) {
        // "出ない" / "入れない": the negation decides which section answers, but weighs little on its own.
        if (!seen.has("ない")) concepts.push({ text: "ない", variants: ["ない"], weight: NEGATION_WEIGHT });
        seen.add("ない");
        continue;
      }
      if (!entry && isStopword(token)) continue;
      // 一覧 asks for an overview page (listIntent), which the page's kind answers, not the word.
      if (asksList && LIST_WORD.test(token)) continue;
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
          ...(entry.question ? { question: true as const } : {}),
        });
      } else if (NUMBER_WITH_MYRIAD.test(token)) {
        concepts.push(myriadConcept(token));
      } else if (NUMBER_WITH_COUNTER.test(token)) {
        concepts.push(countedConcept(token));
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
        const variants = [
          ...new Set([
            token,
            ...numberSpellings(token),
            ...okuriganaDropped(token),
            ...known.map((v) => v + suffix),
            ...weak,
          ]),
        ];
        const weight = framingWords.has(token) ? FRAMING_WEIGHT : 1;
        concepts.push({ text: token, variants, weight, ...(weak.length ? { weak } : {}) });
      }
    }
  }
  // A long question's background sentences (うちは家電メインで…) weigh less than the sentence that asks.
  const asking = askingSentence(query);
  if (asking) weighBackground(concepts, analyzeQuery(asking, lex, options).concepts);
  const glossaryIntent = namesGlossary(concepts);
  // A question about something the site leaves out is answered by the place that says so.
  if (scope) concepts.push(scopeConcept(scope));
  return {
    normalized,
    read,
    concepts,
    toolIntent: hasToolIntent(query, normalized, concepts),
    // Typed in kana, 意味 shows once read as the site writes it too (そうきゃくってどういういみ). 2026-12-07 (83 folds):
    // cross-validation 12,830 unchanged, tuning 1,089 → 1,090/1,120, the gated set 124 unchanged.
    definitionIntent:
      glossaryIntent ||
      hasDefinitionIntent(read, concepts, lex) ||
      hasDefinitionIntent(resolved, concepts, lex),
    glossaryIntent,
    ruleIntent: hasRuleIntent(read, concepts),
    // Which calculators there are: known only once the words are read.
    listIntent: asksList || asksWhichTools(read, concepts, lex),
    // Typed in kana (れいぶん), the intent word shows once read as the site writes it (例文).
    exampleIntent: hasExampleIntent(read) || hasExampleIntent(resolved),
    ...(reading ? { reading } : {}),
    ...(scope ? { outOfScope: scope } : {}),
  };
}
