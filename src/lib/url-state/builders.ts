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

/** A percentage with at most 2 decimals between min and max ("8", "8.25", "８．５%"), written back as typed digits. */
export function percentParam(o: {
  name: string;
  label: string;
  default: number;
  min: number;
  max: number;
}): ParamSpec<number> {
  return {
    name: o.name,
    label: o.label,
    default: o.default,
    format: (v) => String(v),
    accepts: `${formatNumber(o.min)}〜${formatNumber(o.max)}の数(%、小数は第2位まで)`,
    schema: schemaFrom((raw) => {
      if (raw.length > 40) return undefined;
      const text = normalizeNumberText(raw);
      if (!/^\d{1,3}(?:\.\d{1,2})?$/u.test(text)) return undefined;
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

/** A time of day "HH:MM" (00:00–23:59); "9:00" and full-width digits are read too. */
export function timeParam(o: { name: string; label: string; default: string }): ParamSpec<string> {
  return {
    name: o.name,
    label: o.label,
    default: o.default,
    format: (v) => v,
    accepts: "HH:MM 形式の時刻(00:00〜23:59)",
    schema: schemaFrom((raw) => readTime(raw) ?? undefined),
  };
}

/** "9:05", "０９：０５" -> "09:05"; null for anything else. */
export function readTime(raw: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/u.exec(raw.normalize("NFKC").trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, "0")}:${m[2]}` : null;
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
  accepts: string;
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
    accepts: o.accepts,
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
