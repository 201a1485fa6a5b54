/**
 * The documentation table of a calculator's URL parameters (server side: the tool page's developer notes). Long
 * descriptions live in each calculator's params-doc module, so they stay out of the browser bundle.
 */
import { LINK_VERSION, VERSION_PARAM, type ParamSet, type ParamSpecs } from "./define";

/** One row of the documentation table. */
export interface ParamRow {
  name: string;
  label: string;
  accepts: string;
  defaultText: string;
}

/** Rows for every parameter, `v` first; `docs` (by parameter name) overrides a spec's short `accepts`. */
export function paramRows<S extends ParamSpecs>(
  params: ParamSet<S>,
  docs: Record<string, string> = {},
): ParamRow[] {
  return [
    {
      name: VERSION_PARAM,
      label: "リンクの版",
      accepts: `${LINK_VERSION}(共有リンクに必ず付きます。付いていないリンクも ${LINK_VERSION} として読みます)`,
      defaultText: LINK_VERSION,
    },
    ...Object.values(params.specs).map((s) => ({
      name: s.name,
      label: s.label,
      accepts: docs[s.name] ?? s.accepts ?? "",
      defaultText: s.fallbackText ?? (s.format(s.default) || "(なし)"),
    })),
  ];
}
