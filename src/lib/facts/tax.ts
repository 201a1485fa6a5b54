/** Consumption-tax facts the reward calculator's 税抜 setting uses (not Rakuten rules: Japanese tax law). */
import { z } from "zod";
import { factMeta, numberFact } from "./schema";

/** Standard consumption-tax rate (%). */
export const standardTaxRate = numberFact.parse({
  label: "消費税の標準税率",
  value: 10,
  unit: "%",
  source: "nta-tax",
  asOf: "2019-10-01",
  status: "official",
});

/** Reduced rate (%) for food and non-alcoholic drinks. */
export const reducedTaxRate = numberFact.parse({
  label: "消費税の軽減税率(酒類・外食を除く飲食料品)",
  value: 8,
  unit: "%",
  source: "nta-tax",
  asOf: "2019-10-01",
  status: "official",
});

/** Genre keys of the reward table whose items fall under the reduced rate (food and drinks other than alcohol). */
export const reducedTaxGenres = factMeta
  .extend({ value: z.array(z.string().regex(/^[a-z][a-z-]*$/)).min(1) })
  .parse({
    label: "軽減税率とみなすジャンル",
    value: ["food", "sweets", "drink"],
    source: "nta-tax",
    asOf: "2019-10-01",
    status: "official",
    note: "軽減税率の対象(酒類を除く飲食料品)に当たるジャンルを編集部が当てはめたものです。同じジャンルでも標準税率の商品はあります。",
  });
