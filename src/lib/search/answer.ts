/** Direct answers: the sentence or figure that answers a question, taken from the best hit (an FAQ answer, a glossary entry or a fact). */
import type { AnalyzedQuery } from "./analyze.ts";
import type { PageKind } from "./page-kind.ts";
import type { Section } from "./sections.ts";

/** What the direct answer is: an FAQ's answer, a glossary definition, or a sentence stating a figure. */
export type AnswerKind = "faq" | "glossary" | "fact";

export interface DirectAnswer {
  kind: AnswerKind;
  /** The answer in the page's own words (plain text). */
  text: string;
}

/** Longest answer shown, in characters (a definition or an FAQ answer is one or two sentences). */
export const MAX_ANSWER_LENGTH = 140;

/** Question words that ask for a figure: an amount, a number, a period, a count, a degree or a time. */
const ASKS_FOR_FIGURE = new Set(["金額", "数値", "期間", "回数", "程度", "時期", "開始"]);

/** A figure with its unit as the guides write it (1,000ポイント, 2〜4%, 14〜30日, 約2週間, 3,000円). */
const FIGURE =
  /\d[\d,.]*\s*(?:[〜~-]\s*\d[\d,.]*\s*)?(?:%|％|ポイント|円|日|週間|か月|ヶ月|カ月|年|人|件|回|割|段階)/u;

/** Sentences of a text (ending with 。, ! or ?), trimmed; a trailing → link line is dropped. */
export function sentences(text: string): string[] {
  const body = text.replace(/\s*→.*$/su, "");
  return (body.match(/[^。!?！？]+[。!?！？]?/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The first sentences of a text up to MAX_ANSWER_LENGTH characters (at least one sentence, cut with … if longer). */
export function leadSentences(text: string): string {
  let out = "";
  for (const s of sentences(text)) {
    if (out && out.length + s.length > MAX_ANSWER_LENGTH) break;
    out += s;
  }
  return out.length > MAX_ANSWER_LENGTH ? `${out.slice(0, MAX_ANSWER_LENGTH - 1)}…` : out;
}

/** A glossary entry's body without its reading line and its list of other names (読み: … / 別の呼び方: …). */
export function definitionText(body: string): string {
  return body
    .replace(/^読み\s*[:：][^.。]*[.。]\s*/u, "")
    .replace(/\s*別の呼び方\s*[:：].*$/su, "")
    .trim();
}

/**
 * The direct answer for a question whose best hit is `section` on a page of `kind`: an FAQ section's answer,
 * a glossary entry's definition, or — when the question asks for a figure — the section's sentence stating one.
 */
export function directAnswer(
  q: AnalyzedQuery,
  kind: PageKind,
  section: Section,
  matches: (text: string) => boolean,
): DirectAnswer | undefined {
  if (section.id === "_top") return undefined;
  if (kind === "faq") {
    const text = leadSentences(section.body);
    return text ? { kind: "faq", text } : undefined;
  }
  if (kind === "glossary") {
    const text = leadSentences(definitionText(section.body));
    return text ? { kind: "glossary", text } : undefined;
  }
  if (!q.concepts.some((c) => c.weight < 1 && ASKS_FOR_FIGURE.has(c.text))) return undefined;
  const withFigure = sentences(section.body).filter((s) => FIGURE.test(s));
  const text = withFigure.find(matches) ?? withFigure[0];
  return text && text.length <= MAX_ANSWER_LENGTH * 1.5 ? { kind: "fact", text } : undefined;
}
