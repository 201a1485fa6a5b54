/**
 * Define a calculator's query parameters once (name, schema, default, Japanese label) and read/write them.
 * A schema is anything with zod's `safeParse` shape: a zod schema works, and the builders in builders.ts use
 * tiny hand-written ones because zod (even zod/mini, ~5 KB gzip) does not fit the calculator pages' JS budget.
 */

/** The part of a zod schema the URL state uses: turn the raw URL text into a value, or fail. */
export interface ParamSchema<T> {
  safeParse: (raw: string) => { success: true; data: T } | { success: false };
}

/** A schema from a function returning the value, or undefined when the text is unusable. */
export function schemaFrom<T>(read: (raw: string) => T | undefined): ParamSchema<T> {
  return {
    safeParse: (raw) => {
      const data = read(raw);
      return data === undefined ? { success: false } : { success: true, data };
    },
  };
}

/** One query parameter. `schema` turns the raw URL text into a value, or fails. */
export interface ParamSpec<T> {
  /** The name in the URL (`price`). Lives only in the calculator's params module. */
  name: string;
  /** Japanese label used in notices and in the parameter table. */
  label: string;
  /** Validates and decodes the raw text of the parameter. */
  schema: ParamSchema<T>;
  /** Value used when the parameter is missing or unusable. */
  default: T;
  /** Writes a value back as URL text; `schema` must read it back to the same value. */
  format: (value: T) => string;
  /** Japanese description of accepted values, for the documentation table. */
  accepts: string;
  /** Optional: a Japanese warning for a value that was read but partly dropped (e.g. bad cart lines). */
  warn?: (raw: string, value: T) => string | undefined;
}

/** A notice about a URL parameter that could not be used as given. */
export interface UrlNotice {
  param: string;
  label: string;
  message: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = ParamSpec<any>;
export type ParamSpecs = Record<string, AnySpec>;
/** The typed values of a parameter set: `{ price: number, rank: "S" | ... }`. */
export type ParamValues<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never;
};

/** One row of the documentation table. */
export interface ParamRow {
  name: string;
  label: string;
  accepts: string;
  defaultText: string;
}

/** Longest raw parameter text that is even looked at; longer text falls back to the default. */
export const MAX_RAW_LENGTH = 4000;

export interface ParamSet<S extends ParamSpecs> {
  specs: S;
  defaults: ParamValues<S>;
  /** Reads values from a query string; never throws. Bad values fall back to defaults with a notice. */
  parse: (search: URLSearchParams | string) => { values: ParamValues<S>; notices: UrlNotice[] };
  /** Query string (without "?") for the values, parameters in definition order, defaults omitted. */
  serialize: (values: ParamValues<S>) => string;
  /** Rows for the parameter table on the tool page. */
  rows: () => ParamRow[];
}

/** Builds the parse/serialize pair for a set of parameter specs. Throws at definition time on duplicate names. */
export function defineParams<S extends ParamSpecs>(specs: S): ParamSet<S> {
  const entries = Object.entries(specs) as [keyof S & string, AnySpec][];
  const names = entries.map(([, s]) => s.name);
  if (new Set(names).size !== names.length) throw new Error(`duplicate parameter names: ${names.join(",")}`);
  const defaults = Object.fromEntries(entries.map(([k, s]) => [k, s.default])) as ParamValues<S>;

  const parse: ParamSet<S>["parse"] = (search) => {
    const params = typeof search === "string" ? new URLSearchParams(search) : search;
    const values = { ...defaults } as Record<string, unknown>;
    const notices: UrlNotice[] = [];
    for (const [key, spec] of entries) {
      const raw = params.get(spec.name);
      if (raw === null) continue;
      const notice = (message: string) => notices.push({ param: spec.name, label: spec.label, message });
      const result = raw.length <= MAX_RAW_LENGTH ? spec.schema.safeParse(raw) : undefined;
      if (result?.success) {
        values[key] = result.data;
        const warning = spec.warn?.(raw, result.data);
        if (warning) notice(warning);
      } else {
        notice(
          `URLのパラメーター「${spec.name}」(${spec.label})の値が使えないため、既定値(${
            spec.format(spec.default) || "なし"
          })で計算しています。`,
        );
      }
    }
    return { values: values as ParamValues<S>, notices };
  };

  const serialize: ParamSet<S>["serialize"] = (values) => {
    const out = new URLSearchParams();
    for (const [key, spec] of entries) {
      const text = spec.format(values[key]);
      if (text !== spec.format(spec.default)) out.set(spec.name, text);
    }
    return out.toString();
  };

  const rows = () =>
    entries.map(([, s]) => ({
      name: s.name,
      label: s.label,
      accepts: s.accepts,
      defaultText: s.format(s.default) || "(なし)",
    }));

  return { specs, defaults, parse, serialize, rows };
}
