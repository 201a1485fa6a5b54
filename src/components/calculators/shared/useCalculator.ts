/** The wiring every calculator island shares: URL-backed values, field validity, and links for sharing and embedding. */
import type { ParamSet, ParamSpecs, ParamValues } from "../../../lib/url-state";
import { withBase } from "../../../lib/base";
import { headingFor, type Placement } from "./placement";
import { useUrlState } from "./useUrlState";
import { useValidity } from "./validity";

/** URL state plus `stale` (a field holds unreadable text), the validity provider and the link to the full tool. */
export function useCalculator<S extends ParamSpecs>(
  params: ParamSet<S>,
  placement: Placement,
  pin?: (values: ParamValues<S>) => ParamValues<S>,
) {
  const { urlSync = true } = placement;
  // Callers give root-relative paths ("/tools/reward/"); the base path is added here, once.
  const shareHref = placement.shareHref === undefined ? undefined : withBase(placement.shareHref);
  const state = useUrlState(params, {
    sync: urlSync,
    ...(shareHref ? { shareHref } : {}),
    ...(pin ? { pin } : {}),
  });
  const { stale, Provider } = useValidity();
  /** Relative link to the full tool page with the current values (no window needed: works in the server render). */
  const toolLink = shareHref
    ? `${shareHref}?${params.serialize(pin ? pin(state.values) : state.values)}`
    : undefined;
  const canShare = urlSync || shareHref !== undefined;
  /** The embed page's link with the current values (tool pages, which name their embed page). */
  const { embedHref } = placement;
  const embedUrl = embedHref === undefined ? undefined : () => state.shareUrl(withBase(embedHref));
  return {
    ...state,
    stale,
    ValidityProvider: Provider,
    toolLink,
    canShare,
    embedUrl,
    Heading: headingFor(placement),
  };
}
