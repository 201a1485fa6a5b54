/** Ready-made parameter specs: whole numbers, choices from a fixed list, and compact lists of records. */
import { formatNumber } from "../format";
import { parseDateInput } from "../input/date";
import { normalizeNumberText } from "../input/number";
import { schemaFrom, type ParamSpec } from "./define";

/** A whole number between min and max; the URL may also carry full-width digits or commas. */
export function intParam(o: {
  name: string;
  label: string;
  default: number;
  min: number;
  max: number;
  unit?: string;
}): ParamSpec<number> {
  return {
    name: o.name,
    label: o.label,
    default: o.default,
    format: (v) => String(v),
    accepts: `${formatNumber(o.min)}〜${formatNumber(o.max)}の整数${o.unit ? `(${o.unit})` : ""}`,
    schema: schemaFrom((raw) => {
      if (raw.length > 40) return undefined;
      const text = normalizeNumberText(raw);
      if (!/^-?\d{1,16}$/u.test(text)) return undefined;
      const n = Number(text);
      return n >= o.min && n <= o.max ? n : undefined;
    }),
  };
}

/** A calendar date, ISO YYYY-MM-DD in the URL (other forms such as 2026/1/5 are read too). */
export function dateParam(o: { name: string; label: string; default: string }): ParamSpec<string> {
  return {
    name: o.name,
    label: o.label,
    default: o.default,
    format: (v) => v,
    accepts: "YYYY-MM-DD 形式の日付",
    schema: schemaFrom((raw) => {
      if (raw.length > 40) return undefined;
      const r = parseDateInput(raw);
      return r.ok ? r.value : undefined;
    }),
  };
}

/** One of a fixed list of values (`rank=S`). `describe` lists them for the table. */
export function choiceParam<const V extends string>(o: {
  name: string;
  label: string;
  values: readonly [V, ...V[]];
  default: NoInfer<V>;
  describe?: string;
}): ParamSpec<V> {
  return {
    name: o.name,
    label: o.label,
    default: o.default,
    format: (v) => v,
    accepts: o.describe ?? o.values.join(" / "),
    schema: schemaFrom((raw) => o.values.find((v) => v === raw)),
  };
}

/** How one record of a list is written in the URL. `decode` returns undefined for an unusable record. */
export interface ListItemCodec<T> {
  decode: (text: string) => T | undefined;
  encode: (item: T) => string;
}

/** Characters that separate records of a list: "_" is left as is by URLSearchParams, so links stay readable. */
export const LIST_SEPARATOR = "_";

/**
 * A list of records in ONE parameter: records joined by "_" (each record's own format, e.g. "food.5000.2").
 * Unusable records are dropped with a notice; an empty result means the default.
 */
export function listParam<T>(o: {
  name: string;
  label: string;
  item: ListItemCodec<T>;
  maxItems: number;
  accepts: string;
}): ParamSpec<T[]> {
  const records = (raw: string) => (raw === "" ? [] : raw.split(LIST_SEPARATOR));
  const decodeAll = (raw: string) =>
    records(raw)
      .slice(0, o.maxItems)
      .map((r) => o.item.decode(r))
      .filter((x): x is T => x !== undefined);
  return {
    name: o.name,
    label: o.label,
    default: [],
    format: (items) => items.map(o.item.encode).join(LIST_SEPARATOR),
    accepts: o.accepts,
    schema: schemaFrom((raw) => {
      const items = decodeAll(raw);
      return items.length > 0 ? items : undefined;
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
