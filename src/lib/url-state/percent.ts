/** A percentage parameter (its own module: only the calculators that use it load it). */
import { formatNumber } from "../format";
import { normalizeNumberText } from "../input/number";
import { schemaFrom, type ParamSpec } from "./define";

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
