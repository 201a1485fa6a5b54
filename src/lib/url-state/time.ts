/** A time-of-day parameter (its own module: only the calculators that use it load it). */
import { schemaFrom, type ParamSpec } from "./define";

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
