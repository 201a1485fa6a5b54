/** Ready-made parameter specs: whole numbers and choices from a fixed list (dates, lists, percents and times have their own modules). */
import { formatNumber } from "../format";
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
      // "-0" reads as 0, as a typed "-0" does (parseNumberInput): -0 would print as "-0".
      return n >= o.min && n <= o.max ? (n === 0 ? 0 : n) : undefined;
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
