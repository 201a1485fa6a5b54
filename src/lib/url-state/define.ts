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
  /** Short Japanese description of accepted values for the documentation table (longer ones live in the docs module). */
  accepts?: string;
  /** Optional: a Japanese warning for a value that was read but partly dropped (e.g. bad cart lines). */
  warn?: (raw: string, value: T) => string | undefined;
  /** Optional: how notices name what is used instead of a bad value, when not the formatted default ("今日の日付"). */
  fallbackText?: string;
  /** Optional: longest raw text looked at (default MAX_RAW_LENGTH); lists read their first records of longer text. */
  maxRawLength?: number;
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

/** Longest raw parameter text that is even looked at; longer text falls back to the default. */
export const MAX_RAW_LENGTH = 4000;

/** The link format version every share link carries as `v=1`; a link without `v` is read as this version. */
export const LINK_VERSION = "1";
/** Name of the version parameter (reserved: no calculator parameter may use it). */
export const VERSION_PARAM = "v";

/** The notice for an unknown `v`: the link is read as v=1 (the value itself is never echoed). */
export function versionNotice(raw: string | null): UrlNotice | undefined {
  if (raw === null || raw === LINK_VERSION) return undefined;
  return {
    param: VERSION_PARAM,
    label: "リンクの版",
    message: `URLのパラメーター「${VERSION_PARAM}」(リンクの版)の値はこのサイトの知らない版のため、v=${LINK_VERSION} のリンクとして読んでいます。`,
  };
}

export interface ParamSet<S extends ParamSpecs> {
  specs: S;
  defaults: ParamValues<S>;
  /** Reads values from a query string; never throws. Bad values fall back to defaults with a notice. */
  parse: (search: URLSearchParams | string) => { values: ParamValues<S>; notices: UrlNotice[] };
  /** Query string (without "?"): `v=1`, then the parameters in definition order that differ from their defaults. */
  serialize: (values: ParamValues<S>) => string;
}

/** Checks values that are only valid together (a time window's start before its end); returns what to fix. */
export type ParamCheck<S extends ParamSpecs> = (
  values: ParamValues<S>,
) => { reset: (keyof S & string)[]; message: string } | undefined;

/**
 * Builds the parse/serialize pair for a set of parameter specs. Throws at definition time on duplicate names.
 * `check` runs after every parameter was read: the parameters it names go back to their defaults with its notice.
 */
export function defineParams<S extends ParamSpecs>(specs: S, check?: ParamCheck<S>): ParamSet<S> {
  const entries = Object.entries(specs) as [keyof S & string, AnySpec][];
  const names = entries.map(([, s]) => s.name);
  if (new Set(names).size !== names.length) throw new Error(`duplicate parameter names: ${names.join(",")}`);
  if (names.includes(VERSION_PARAM)) throw new Error(`"${VERSION_PARAM}" is the link version parameter`);
  const defaults = Object.fromEntries(entries.map(([k, s]) => [k, s.default])) as ParamValues<S>;

  const parse: ParamSet<S>["parse"] = (search) => {
    const params = typeof search === "string" ? new URLSearchParams(search) : search;
    const values = { ...defaults } as Record<string, unknown>;
    const notices: UrlNotice[] = [];
    const version = versionNotice(params.get(VERSION_PARAM));
    if (version) notices.push(version);
    for (const [key, spec] of entries) {
      const raw = params.get(spec.name);
      if (raw === null) continue;
      const notice = (message: string) => notices.push({ param: spec.name, label: spec.label, message });
      const result =
        raw.length <= (spec.maxRawLength ?? MAX_RAW_LENGTH) ? spec.schema.safeParse(raw) : undefined;
      if (result?.success) {
        values[key] = result.data;
        const warning = spec.warn?.(raw, result.data);
        if (warning) notice(warning);
      } else {
        const instead = spec.fallbackText ?? `既定値(${spec.format(spec.default) || "なし"})`;
        notice(
          `URLのパラメーター「${spec.name}」(${spec.label})の値が使えないため、${instead}で計算しています。`,
        );
      }
    }
    const problem = check?.(values as ParamValues<S>);
    if (problem) {
      for (const key of problem.reset) values[key] = defaults[key];
      const first = specs[problem.reset[0] ?? ""];
      notices.push({ param: first?.name ?? "", label: first?.label ?? "", message: problem.message });
    }
    return { values: values as ParamValues<S>, notices };
  };

  const serialize: ParamSet<S>["serialize"] = (values) => {
    const out = new URLSearchParams({ [VERSION_PARAM]: LINK_VERSION });
    for (const [key, spec] of entries) {
      const text = spec.format(values[key]);
      if (text !== spec.format(spec.default)) out.set(spec.name, text);
    }
    return out.toString();
  };

  return { specs, defaults, parse, serialize };
}
