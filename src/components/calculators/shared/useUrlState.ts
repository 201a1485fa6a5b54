/** React hook: a calculator's values restored from location.search on load and written back with replaceState. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ParamSet, ParamSpecs, ParamValues, UrlNotice } from "../../../lib/url-state";

export interface UrlStateOptions<S extends ParamSpecs> {
  /** Read and write the page URL (tool and embed pages); false when embedded in a lesson. */
  sync?: boolean;
  /** The tool page's address: shared links open it (embedded use); defaults to this page. */
  shareHref?: string;
  /** Values as a link should carry them (the timeline writes the order date it shows instead of "today"). */
  pin?: (values: ParamValues<S>) => ParamValues<S>;
}

export interface UrlState<S extends ParamSpecs> {
  values: ParamValues<S>;
  notices: UrlNotice[];
  /** Merge new values (or a function of the current values returning them); the URL follows. */
  set: (patch: Partial<ParamValues<S>> | ((current: ParamValues<S>) => Partial<ParamValues<S>>)) => void;
  /** Back to defaults; clears notices; the URL keeps only v=1. */
  reset: () => void;
  /** Bumped by reset, so fields holding typed text can start over (use as a React key). */
  generation: number;
  /** The full URL that reproduces the current values on the tool page (or on `base`, e.g. the embed page). */
  shareUrl: (base?: string) => string;
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
  { sync = true, shareHref, pin }: UrlStateOptions<S> = {},
): UrlState<S> {
  const [values, setValues] = useState<ParamValues<S>>(params.defaults);
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [restored, setRestored] = useState(false);
  const [generation, setGeneration] = useState(0);
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
    setGeneration((g) => g + 1);
  }, [params]);
  const shareUrl = useCallback(
    (base?: string) => {
      const url = new URL(base ?? shareHref ?? window.location.href, window.location.href);
      url.search = params.serialize(pin ? pin(values) : values);
      url.hash = "";
      return url.href;
    },
    [params, values, shareHref, pin],
  );

  return { values, notices, set, reset, generation, shareUrl, restored };
}
