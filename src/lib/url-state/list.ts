/** A list parameter: records in one parameter (its own module: only the calculators that use it load it). */
import { formatNumber } from "../format";
import { schemaFrom, type ParamSpec } from "./define";

/** How one record of a list is written in the URL. `decode` returns undefined for an unusable record. */
export interface ListItemCodec<T> {
  decode: (text: string) => T | undefined;
  encode: (item: T) => string;
}

/** Characters that separate records of a list: "_" is left as is by URLSearchParams, so links stay readable. */
export const LIST_SEPARATOR = "_";

/** Longest single record looked at; longer ones are dropped like any unusable record. */
const MAX_RECORD_LENGTH = 200;
/** Longest list text looked at (far beyond what a browser sends): the first records of a long list are kept. */
const MAX_LIST_LENGTH = 100_000;

/**
 * A list of records in ONE parameter: records joined by "_" (each record's own format, e.g. "food.5000.2").
 * An empty value is the (empty) default. Unusable records and records past `maxItems` are dropped with one notice,
 * however long the text is; a value whose records are all unusable falls back to the default with a notice.
 */
export function listParam<T>(o: {
  name: string;
  label: string;
  item: ListItemCodec<T>;
  maxItems: number;
  accepts?: string;
}): ParamSpec<T[]> {
  const records = (raw: string) => (raw === "" ? [] : raw.split(LIST_SEPARATOR));
  const decodeAll = (raw: string) =>
    records(raw)
      .slice(0, o.maxItems)
      .map((r) => (r.length <= MAX_RECORD_LENGTH ? o.item.decode(r) : undefined))
      .filter((x): x is T => x !== undefined);
  return {
    name: o.name,
    label: o.label,
    default: [],
    format: (items) => items.map(o.item.encode).join(LIST_SEPARATOR),
    ...(o.accepts ? { accepts: o.accepts } : {}),
    maxRawLength: MAX_LIST_LENGTH,
    schema: schemaFrom((raw) => {
      const items = decodeAll(raw);
      return items.length > 0 || raw === "" ? items : undefined;
    }),
    warn: (raw, items) => {
      const given = records(raw).length;
      if (given === items.length) return undefined;
      return `URLのパラメーター「${o.name}」(${o.label})の${formatNumber(given)}件のうち${formatNumber(
        given - items.length,
      )}件は読み取れないか上限(${formatNumber(o.maxItems)}件)を超えたため、省きました。`;
    },
  };
}
