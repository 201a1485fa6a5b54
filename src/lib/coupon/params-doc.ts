/** Descriptions of the coupon tool's URL parameters for the developer notes (server side only). */
import { couponParams } from "./params";

const { specs } = couponParams;

/** A yen amount also reads the forms shop staff paste, shown with an example amount. */
const yenForms = (example: string) => `。「¥${example}」「${example}円」の形も読みます`;

/** Longer descriptions than the specs' own, built on them (range and unit stay in one place). */
export const couponParamDocs: Record<string, string> = {
  aov: `${specs.aov.accepts ?? ""}${yenForms("4,980")}`,
  discount: `${specs.discount.accepts ?? ""}${yenForms("500")}`,
  cmp: `${specs.cmp.accepts ?? ""}(discount2 と lift2 の条件を横に並べる)`,
};
