/** Ages of the facts by their as-of date, and the rule that an official fact must have been checked within 12 months. */
import type { FactMeta } from "./schema";

/** Months after which an official fact must be checked again against its source. */
export const OFFICIAL_MAX_AGE_MONTHS = 12;

/** A fact found in the facts exports, with where it was found. */
export interface FoundFact {
  /** Path in the exports, e.g. "rankBonuses[0]". */
  path: string;
  fact: FactMeta;
}

/** Every object in `exports` (at any depth) that carries the fact metadata (`source`, `asOf`, `status`). */
export function collectFacts(exports: Record<string, unknown>): FoundFact[] {
  const out: FoundFact[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === "object") {
      if ("source" in value && "asOf" in value && "status" in value)
        out.push({ path, fact: value as FactMeta });
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    }
  };
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === "function") continue;
    // zod schemas are objects too; they never have all three fields as data, but skip their internals quickly.
    if (value && typeof value === "object" && "_zod" in value) continue;
    walk(value, name);
  }
  return out;
}

/** Whole days from `asOf` to `today` (both YYYY-MM-DD, calendar dates). */
export function ageInDays(asOf: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
}

/** True when `asOf` lies more than `months` calendar months before `today`. */
export function olderThanMonths(asOf: string, today: string, months: number): boolean {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - months, d));
  return Date.parse(`${asOf}T00:00:00Z`) < limit.getTime();
}

/** One line of the freshness report. */
export interface FreshnessRow {
  path: string;
  label: string;
  status: FactMeta["status"];
  asOf: string;
  days: number;
  /** Official and older than the limit: `npm run facts` fails. */
  stale: boolean;
  /** Evidence with no https page to link. */
  unlinked: number;
}

/** The facts, oldest as-of date first (ties by path), each with its age and whether it is a stale official fact. */
export function freshnessReport(found: readonly FoundFact[], today: string): FreshnessRow[] {
  return found
    .map(({ path, fact }) => ({
      path,
      label: fact.label,
      status: fact.status,
      asOf: fact.asOf,
      days: ageInDays(fact.asOf, today),
      stale: fact.status === "official" && olderThanMonths(fact.asOf, today, OFFICIAL_MAX_AGE_MONTHS),
      unlinked: fact.unlinked?.length ?? 0,
    }))
    .sort((a, b) => b.days - a.days || a.path.localeCompare(b.path));
}
