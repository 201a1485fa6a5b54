/** React hook: a calculator's values restored from location.search on load and written back with replaceState. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ParamSet, ParamSpecs, ParamValues, UrlNotice } from "../../../lib/url-state";

export interface UrlState<S extends ParamSpecs> {
  values: ParamValues<S>;
  notices: UrlNotice[];
  /** Merge new values (or a function of the current values returning them); the URL follows. */
  set: (patch: Partial<ParamValues<S>> | ((current: ParamValues<S>) => Partial<ParamValues<S>>)) => void;
  /** Back to defaults; clears notices and the query string. */
  reset: () => void;
  /** The full URL that reproduces the current values (on `shareHref` when given, else on this page). */
  shareUrl: () => string;
  /** False until the URL has been read in the browser (server render and first paint use defaults). */
  restored: boolean;
}

/**
 * Server render and hydration use defaults (so markup matches); the first effect reads location.search.
 * With `sync: false` (an embedded calculator on a lesson page) the URL is neither read nor written; pass
 * `shareHref` (the tool page's address) so shared links open the full tool with the same values.
 */
export function useUrlState<S extends ParamSpecs>(
  params: ParamSet<S>,
  sync = true,
  shareHref?: string,
): UrlState<S> {
  const [values, setValues] = useState<ParamValues<S>>(params.defaults);
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [restored, setRestored] = useState(false);
  const skipWrite = useRef(true);

  useEffect(() => {
    if (sync) {
      const parsed = params.parse(window.location.search);
      setValues(parsed.values);
      setNotices(parsed.notices);
    }
    setRestored(true);
  }, [params, sync]);

  useEffect(() => {
    if (!sync || !restored) return;
    // The first write after restoring would only echo the URL just read (and drop unknown parameters).
    if (skipWrite.current) {
      skipWrite.current = false;
      return;
    }
    const url = new URL(window.location.href);
    url.search = params.serialize(values);
    window.history.replaceState(window.history.state, "", url);
  }, [params, values, sync, restored]);

  const set = useCallback<UrlState<S>["set"]>(
    (patch) => setValues((v) => ({ ...v, ...(typeof patch === "function" ? patch(v) : patch) })),
    [],
  );
  const reset = useCallback(() => {
    setValues(params.defaults);
    setNotices([]);
  }, [params]);
  const shareUrl = useCallback(() => {
    const url = new URL(shareHref ?? window.location.href, window.location.href);
    url.search = params.serialize(values);
    url.hash = "";
    return url.href;
  }, [params, values, shareHref]);

  return { values, notices, set, reset, shareUrl, restored };
}
