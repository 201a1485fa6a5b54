/**
 * Reading time of a lesson, derived from the lesson itself so /learn/ can never drift from the pages: its Japanese
 * text at a study pace, one minute per quiz question, and time to try the calculator on a tool page.
 */

/** The pace the estimates assume (one place; /learn/ states it to the reader). */
export const READING_PACE = {
  /** Japanese characters read per minute when studying (not skimming). */
  charsPerMinute: 400,
  /** Reading a question, answering it and reading the explanation. */
  minutesPerQuestion: 1,
  /** Trying the calculator on a tool page (frontmatter kind: tool). */
  toolMinutes: 5,
} as const;

/** Kana, kanji and full-width punctuation: the characters a reader of the page actually reads. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]/gu;

/** Japanese characters of an MDX source, without its frontmatter and its import/export lines. */
export function readableChars(mdx: string): number {
  const body = mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "")
    .split(/\r?\n/)
    .filter((line) => !/^(import|export)\s/.test(line))
    .join("\n");
  return body.match(JAPANESE)?.length ?? 0;
}

/** What a lesson's estimate is computed from. */
export interface LessonSource {
  /** Docs id ("crm/why"). */
  id: string;
  /** The raw MDX source (frontmatter optional). */
  body: string;
  /** Frontmatter kind ("lesson", "tool", …). */
  kind: string;
}

/** Whole minutes for a lesson: text at the study pace + quiz questions + calculator time on tool pages. */
export function lessonMinutes(source: LessonSource, questions: number): number {
  const reading = readableChars(source.body) / READING_PACE.charsPerMinute;
  const tool = source.kind === "tool" ? READING_PACE.toolMinutes : 0;
  return Math.max(1, Math.ceil(reading + questions * READING_PACE.minutesPerQuestion + tool));
}

/**
 * The path entries with their minutes, from the built docs; an entry whose page is not in this build gets null
 * (it is listed as 準備中 and left out of the day's total).
 */
export function timedPath<E extends { slug: string }>(
  entries: readonly E[],
  docs: readonly LessonSource[],
  questionsFor: (slug: string) => number,
): (E & { minutes: number | null })[] {
  return entries.map((e) => {
    const doc = docs.find((d) => d.id === e.slug);
    return { ...e, minutes: doc ? lessonMinutes(doc, questionsFor(e.slug)) : null };
  });
}
