/** zod schemas every fact in the site is validated against: value, unit, label, source, as-of date, status. */
import { z } from "zod";

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD で書いてください");

/** Where a fact comes from. `official` = Rakuten's own pages; `reported` = practitioners and user reports. */
export const factStatus = z.enum(["official", "reported"]);
export type FactStatus = z.infer<typeof factStatus>;

/** A source document the facts cite. */
export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** When the document was read for this site. */
  accessed: isoDate,
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Fields every fact carries besides its value. */
export const factMeta = z.object({
  label: z.string().min(1),
  /** id of an entry in `sources`. */
  source: z.string().min(1),
  /** The date the figure is stated for (or when it was last checked). */
  asOf: isoDate,
  status: factStatus,
  note: z.string().optional(),
});

/** Units a numeric fact may use; the display suffix comes from `unitSuffix`. */
export const unit = z.enum(["%", "ポイント", "円", "人", "件", "日", "週間", "年", "割"]);
export type Unit = z.infer<typeof unit>;

/** A single numeric fact. */
export const numberFact = factMeta.extend({ value: z.number(), unit });
export type NumberFact = z.infer<typeof numberFact>;

/** A fact whose value is text (a rule, a condition, a date range). */
export const textFact = factMeta.extend({ value: z.string().min(1) });
export type TextFact = z.infer<typeof textFact>;
