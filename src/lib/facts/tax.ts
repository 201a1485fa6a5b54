/** Consumption-tax facts the reward calculator's 税抜 setting uses (not Rakuten rules: Japanese tax law). */
import { z } from "zod";
import { factMeta, numberFact } from "./schema";

/** Why the tax rates are reported, not official. */
const noGoJpPage =
  "税率そのものは法律で決まっていますが、国税庁のページを検索で見つけられなかったため、報道を出典にしています。";

/** Standard consumption-tax rate (%). */
export const standardTaxRate = numberFact.parse({
  label: "消費税の標準税率",
  value: 10,
  unit: "%",
  source: "mainichi-reduced-tax-2019",
  asOf: "2026-11-29",
  since: "2019-10-01",
  status: "reported",
  note: noGoJpPage,
});

/** Reduced rate (%) for food and non-alcoholic drinks. */
export const reducedTaxRate = numberFact.parse({
  label: "消費税の軽減税率(酒類・外食を除く飲食料品)",
  value: 8,
  unit: "%",
  source: "mainichi-reduced-tax-2019",
  asOf: "2026-11-29",
  since: "2019-10-01",
  status: "reported",
  note: noGoJpPage,
});

/** Genre keys of the reward table whose items fall under the reduced rate (food and drinks other than alcohol). */
export const reducedTaxGenres = factMeta
  .extend({ value: z.array(z.string().regex(/^[a-z][a-z-]*$/)).min(1) })
  .parse({
    label: "軽減税率とみなすジャンル",
    value: ["food", "sweets", "drink"],
    source: "mainichi-reduced-tax-2019",
    asOf: "2026-11-29",
    status: "editorial",
    note: "軽減税率の対象(酒類を除く飲食料品)に当たるジャンルを編集部が当てはめたものです。同じジャンルでも標準税率の商品はあります。",
  });
