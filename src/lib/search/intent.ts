/** What a question asks for beyond its words: a calculator, a definition, or something the site deliberately leaves out. */
import type { Concept } from "./analyze.ts";
import type { Lexicon } from "./lexicon.ts";
import { normalize } from "./normalize.ts";
import { ruleIntentWords, toolIntentWords } from "./synonyms.ts";

/** "計算したい" / "比べたい": the question asks for a calculator (a question about how something works does not). */
export function hasToolIntent(query: string, normalized: string, concepts: readonly Concept[]): boolean {
  const tools = new Set(toolIntentWords.map(normalize));
  // "どう計算する?" asks how it works (a lesson); "報酬 計算" asks for the calculator.
  const explains = /どう|なぜ|仕組み|とは|考え方/.test(normalized);
  // A question mark marks a question about how something works, unless the question asks to work out or compare.
  const asked = /[?？]\s*$/.test(query);
  // "計算" alone must be a request (計算 / 計算したい / 計算する), not a noun like 計算例 or 計算方法.
  const asksToCompute = /計算(?:$| |した|する|できる|ツール|機)/.test(normalized);
  // "発送日を出したい" / "メールの日程を出せますか?": to work out a date, a schedule or an amount, which the calculators
  // do. 2026-12-07 (82 folds): 日程 / 予定 / 表 and 出せます / 出してくれる, with the question mark no longer ruling it
  // out, gave cross-validation 12,675 → 12,677/13,120 (none lost); tuning 1,088 and the gated set 124 unchanged.
  const asksToWorkOut =
    /(?:日|額|報酬|ポイント|数字|金額|日付|日程|予定|スケジュール|表)を?[^ ]{0,4}?出(?:したい|せる|せます|せない|してほしい|してくれる|してもらえ)/.test(
      normalized,
    );
  // "比べたい" / "比較したい" asks to compare figures side by side, which the calculators do.
  const asksToCompare = /比べ(?:たい|られる)|比較(?:したい|できる)/.test(normalized);
  return (
    !explains &&
    (!asked || asksToWorkOut || asksToCompare) &&
    (asksToCompare ||
      asksToWorkOut ||
      concepts.some((c) => tools.has(c.text) && (c.text !== "計算" || asksToCompute)))
  );
}

/**
 * Words that ask for a text to copy (例文, テンプレ, 見本) or for an example (例 as a word of its own, 〜の例): a template
 * page answers them. 文面 (the wording itself) and 計算例 (a worked calculation) do not ask for one.
 */
export const EXAMPLE_WORDS =
  /テンプレ|template|例文|文例|ひな形|雛形|ひながた|見本|サンプル|sample|(?:^| |の)例(?:$| |は|が|を|って)/u;

/**
 * "RMSのどこで編集する" / "where do I set up … in RMS": the question asks where a setting is made, which the RMS steps
 * answer, even when it names the template being set.
 */
const SETTING_PLACE =
  /どこ(?:で|から|に)? ?(?:編集|設定|登録|変更|作成|直)|\bwhere (?:\w+ ){0,4}(?:set(?:ting)? up|edit|configure|change)\b/u;

/** "フォローメールの例文" / "レビュー依頼 文面 例": the question asks for an example to copy, not where to set it. */
export function hasExampleIntent(normalized: string): boolean {
  return EXAMPLE_WORDS.test(normalized) && !SETTING_PLACE.test(normalized);
}

/** Words that ask for a list of pages (一覧, 目次, typed in kana or English too): an overview page answers them. */
export const LIST_WORDS = /一覧|目次|いちらん|もくじ|\b(?:list|lists|overview)\b/u;

/** A token that is only such a word: the intent carries it, so it is not searched. */
export const LIST_WORD = /^(?:一覧|目次|いちらん|もくじ|list|lists|overview)$/u;

/**
 * "全部見たい" / "ぜんぶみたい" / "まとめて見たい" / "ぜんぶ並んでる" / "全部どこにある": the question asks to see every page of a
 * kind.
 */
const SEE_ALL =
  /(?:全部|ぜんぶ|すべて|全て|まとめて)(?:を|の)? ?(?:見|み)(?:たい|せて|れる)|(?:全部|ぜんぶ|すべて|全て)(?:が|の|は)? ?(?:並|どこ)/u;

/**
 * "どれから読む" / "どの順番で読めばいい" / "読む順" / "学ぶ順番" / "which order" / "read first" / "where do I start": the
 * question asks in which order to read (or study) pages, which an overview page gives.
 */
const READING_ORDER =
  /(?:どれ|どこ|どっ|何|なに)から(?:読|よ[むみめん]|学|まな[ぶびべ]|勉強)|(?:どの|どういう|どんな) ?順(?:番)?で? ?(?:(?:ページ|レッスン|記事)を? ?)?(?:読|よ[むみめん])|(?:読|よ|学|まな)[ぶむ]順|(?:勉強|学習) ?(?:する|の)? ?順|順番に(?:読|よ[むみめん])|どの ?(?:ページ|レッスン|記事)から|(?:レッスン|ページ|記事) ?の? ?順(?:番)?(?:$| |は|が|って|\?)|(?:どの|どういう) ?order|\b(?:which|what) order\b|\bread (?:\w+ ){0,2}first\b|\bwhere (?:do|should|can) (?:i|we) (?:even )?start\b/u;

/**
 * "計算ツールって何がある" / "計算機 どれ使う" / "どんなツールがある" / "what calculators": the question asks which calculators there are, which
 * the calculators' overview page lists.
 */
const WHICH_TOOLS =
  /(?:ツール|計算機|道具|tools?|calculators?)(?:って|は|には|に|の|が)? ?(?:ほかに|他に)? ?(?:何が|なにが|何の|どれ|どんな|いくつ|\d* ?種類)|(?:どんな|何の|なんの|どの) ?(?:計算)?(?:ツール|計算機|道具)|\b(?:what|which|all(?: the)?|list of) (?:\w+ )?(?:calculators|tools)\b/u;

/** "施策別 関係する法律 一覧" / "実務 事例 一覧": the question asks for an overview of pages, not one passage. */
export function hasListIntent(normalized: string): boolean {
  return LIST_WORDS.test(normalized) || READING_ORDER.test(normalized) || SEE_ALL.test(normalized);
}

/**
 * Whether the question asks which calculators there are (WHICH_TOOLS) without naming a subject one of them computes
 * (報酬の計算ツールはどれ asks for the reward calculator, not the list).
 */
export function asksWhichTools(normalized: string, concepts: readonly Concept[], lex: Lexicon): boolean {
  return WHICH_TOOLS.test(normalized) && !concepts.some((c) => lex.glossaryWords.has(c.text));
}

/** ruleIntentWords as the query is normalised. */
const RULE_WORDS = ruleIntentWords.map(normalize);

/** Whether the question asks whether something is allowed (可否) or names a rule, a law or its subject (ruleIntentWords). */
export function hasRuleIntent(normalized: string, concepts: readonly Concept[]): boolean {
  if (RULE_WORDS.some((w) => normalized.includes(w))) return true;
  return concepts.some(
    (c) => (c.question && c.text === "可否") || c.variants.some((v) => RULE_WORDS.some((w) => v.includes(w))),
  );
}

/** The glossary page's title: a question naming it, or a word grouped with it (言葉の意味), asks for the glossary. */
const GLOSSARY = "用語集";

/** Words for words (用語, 略語, 横文字): asked with 意味, the question is about what words mean. */
const WORDS_FOR_WORDS = new Set(["用語", "言葉", "略語", "横文字", "専門用語", "カタカナ語", "単語"]);

/**
 * Whether the question names the glossary itself (用語集, glossary, 言葉の意味をまとめたページ) or asks what words mean
 * (用語 の 意味, 略語ばかりで意味がわからない), rather than naming one of its words only.
 */
export const namesGlossary = (concepts: readonly Concept[]): boolean =>
  concepts.some((c) => c.variants.includes(GLOSSARY)) ||
  (concepts.some((c) => WORDS_FOR_WORDS.has(c.text)) && concepts.some((c) => c.text === "意味"));

/**
 * "…とは" / "…って何" / a glossary word typed alone as its reading or in Latin letters: the question asks what a word
 * means (so does one naming the glossary itself: namesGlossary).
 */
export function hasDefinitionIntent(normalized: string, concepts: readonly Concept[], lex: Lexicon): boolean {
  const bareTerm =
    concepts.length === 1 &&
    lex.glossaryWords.has(concepts[0]?.text ?? "") &&
    /^(?:[\u3041-\u3096ー]+|[a-z0-9 -]+)$/u.test(normalized);
  return (
    bareTerm ||
    (/(?:とは|って) ?(?:そもそも|いったい|結局)? ?(?:何|なに|なん)?(?:の略)?(?:なの|なん)?(?:ですか|でしょうか|だ|だっけ)?(?: ?(?:簡単|かんたん|ざっくり|手短|わかりやすく|分かりやすく)に? ?(?:教えて|おしえて)(?:ください|ほしい)?)?$|意味|定義|(?:^| |の)いみ(?:は|って)?$|何のこと|何の略|なんの略|^what (?:is|are|does) |\b(?:meaning|definition)\b/.test(
      normalized,
    ) &&
      concepts.length <= 2)
  );
}

/**
 * Things the site deliberately does not publish: the dates of coming sales and campaigns (Rakuten forbids
 * publishing unannounced dates and predictions), and the state of one person's or shop's account.
 */
export type OutOfScope = "sale-dates" | "own-account";

/** A Rakuten event or campaign whose dates are announced by Rakuten only (5と0のつく日 is a fixed rule, not a date to predict). */
const EVENT = /セール|sale|マラソン|キャンペーン|イベント|ワンダフルデー|ポイントアップ/u;
/** Asking when: a date, a schedule or a coming one. */
const WHEN =
  /いつ|日程|日付|開催日|何日から|何日まで|何月|スケジュール|予定|予想|次の|次回|今月|来月|今年|今度/u;
/** Something that happened to the asker's own account (stopped, frozen, gone, not credited). */
const OWN_ACCOUNT =
  /(?:うち|自分|わたし|私|当店|弊社|店舗|room|アカウント|報酬).*(?:止まった|止められ|停止され|凍結され|ログインでき(?:ない|ません)|使えなくなっ|消えた|消された|反映されない|入ってない|入っていない|入らない)/u;

/** Which deliberately-left-out subject a question asks about, if any (pure). */
export function outOfScope(normalized: string): OutOfScope | undefined {
  if (EVENT.test(normalized) && WHEN.test(normalized)) return "sale-dates";
  if (OWN_ACCOUNT.test(normalized)) return "own-account";
  return undefined;
}
