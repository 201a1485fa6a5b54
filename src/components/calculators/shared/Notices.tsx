/** The list of URL notices (bad parameters that fell back to defaults), announced politely. */
import type { UrlNotice } from "../../../lib/url-state";

/** Always rendered (empty when there is nothing to say) so screen readers pick up later notices. */
export function Notices({ notices }: { notices: UrlNotice[] }) {
  return (
    <div role="status" className="url-notices">
      {notices.length > 0 && (
        <ul>
          {notices.map((n, i) => (
            <li key={`${n.param}-${i}`} data-param={n.param}>
              {n.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
