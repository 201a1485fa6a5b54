/** A date parameter (its own module: only the calculators that use it load it). */
import { parseDateInput } from "../input/date";
import { schemaFrom, type ParamSpec } from "./define";

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
