/** zod schemas every fact in the site is validated against: value, unit, label, sources, dates and status. */
import { z } from "zod";
import { isoDate, sourceById, sourceSchema } from "./sources";

export { isoDate, sourceSchema };
export type { Source } from "./sources";

/**
 * How far a fact can be trusted, shown next to it:
 * - `official`: stated on the rule-maker's own page (Rakuten's rule/help/guideline pages, go.jp for laws), linked.
 * - `reported`: from practitioners, users or the press (linked where an https page exists); shown 非公式.
 * - `editorial`: this site's own recommendation or choice (it may rest on the sources); shown 編集部の目安.
 */
export const factStatus = z.enum(["official", "reported", "editorial"]);
export type FactStatus = z.infer<typeof factStatus>;

/** One source id, or several (the first is the main one). */
const sourceIds = z.union([z.string().min(1), z.array(z.string().min(1))]);

/** The source ids of a fact as a list. */
export function sourceIdsOf(fact: { source: string | readonly string[] }): string[] {
  return typeof fact.source === "string" ? [fact.source] : [...fact.source];
}

/** The status rule, checked on every fact schema built from `factMeta`. */
function checkStatus(
  fact: { source: string | string[]; status: FactStatus; unlinked?: string[] | undefined },
  ctx: z.RefinementCtx,
) {
  const ids = sourceIdsOf(fact);
  const cited = [];
  for (const id of ids) {
    try {
      cited.push(sourceById(id));
    } catch {
      ctx.addIssue({ code: "custom", path: ["source"], message: `出典 ${id} が sources.ts にありません` });
    }
  }
  if (fact.status === "official") {
    if (ids.length === 0)
      ctx.addIssue({ code: "custom", path: ["source"], message: "official の事実には出典が必要です" });
    for (const s of cited.filter((c) => !c.ruleMaker))
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: `official は定める側のページだけを出典にできます(${s.id} は ${s.url})。ほかは reported にしてください`,
      });
    if (fact.unlinked?.length)
      ctx.addIssue({
        code: "custom",
        path: ["unlinked"],
        message: "official の事実はリンクできる出典だけにしてください",
      });
  }
  if (ids.length === 0 && !fact.unlinked?.length)
    ctx.addIssue({ code: "custom", path: ["source"], message: "出典がありません" });
}

/** Fields every fact carries besides its value. */
export const factMeta = z
  .object({
    label: z.string().min(1),
    /** id(s) of entries in `sources`; an empty list only with `unlinked`. */
    source: sourceIds,
    /**
     * Evidence with no https page to link (an http-only page, in words: title, publisher, date). Only for reported and
     * editorial facts; listed by `npm run facts` and beside the fact.
     */
    unlinked: z.array(z.string().min(1)).optional(),
    /** The date the fact was last checked against its sources. `npm run facts` ages official facts by it. */
    asOf: isoDate,
    /** The date the fact took effect, when the sources give one (shown as 「…から」). */
    since: isoDate.optional(),
    status: factStatus,
    note: z.string().optional(),
  })
  .superRefine(checkStatus);
export type FactMeta = z.infer<typeof factMeta>;

/** Units a numeric fact may use; the display suffix comes from `unitSuffix`. */
export const unit = z.enum(["%", "ポイント", "円", "人", "件", "日", "週間", "年", "割"]);
export type Unit = z.infer<typeof unit>;

/** A single numeric fact. */
export const numberFact = factMeta.extend({ value: z.number(), unit });
export type NumberFact = z.infer<typeof numberFact>;

/** A fact whose value is text (a rule, a condition, a date range). */
export const textFact = factMeta.extend({ value: z.string().min(1) });
export type TextFact = z.infer<typeof textFact>;

/** Any fact (for components and tests that only need its metadata). */
export type AnyFact = FactMeta;
