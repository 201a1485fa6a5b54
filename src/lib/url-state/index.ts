/**
 * Entry point for URL state: parameter specs, builders, parse and serialize.
 *
 * Usage (a calculator's params module is the only place its parameter names appear):
 *   export const fooParams = defineParams({
 *     price: intParam({ name: "price", label: "価格", default: 5000, min: 0, max: 1e8, unit: "円" }),
 *     rank: choiceParam({ name: "rank", label: "ランク", values: ["S", "A"], default: "A" }),
 *     start: dateParam({ name: "start", label: "開始日", default: "2026-01-05" }),
 *   });
 * Other value types: a spec object with `schema: schemaFrom((raw) => value | undefined)` (or any zod schema).
 *   fooParams.parse(location.search)  // { values, notices }: bad values -> defaults + Japanese notices; never throws
 *   fooParams.serialize(values)       // "price=100&rank=S": definition order, parameters equal to defaults omitted
 *   paramRows(fooParams, docs)        // rows for ParamsTable.astro (server side, from ./doc)
 * In React use useUrlState(fooParams) from src/components/calculators/shared/useUrlState.ts.
 */
export * from "./define";
export * from "./builders";
export * from "./date";
export * from "./list";
export * from "./percent";
export * from "./time";
export * from "./doc";
