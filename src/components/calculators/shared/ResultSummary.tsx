/**
 * A compact line of the main results that stays in view while the inputs are edited (sticky under the site header),
 * with a link to the detailed results. Plain text, not <output>: the named outputs live in the detailed results.
 */
import type { ReactNode } from "react";

interface Props {
  /** The summary: a sentence, or short items of a fixed width (see `items`). */
  children?: ReactNode;
  /** Short items ("発送 1月6日(火)") laid out in cells of a fixed width, so the box never changes height. */
  items?: readonly string[];
  /** id of the detailed results section. */
  detailsId: string;
  stale?: boolean;
}

export function ResultSummary({ children, items, detailsId, stale = false }: Props) {
  return (
    <section className="calc-summary" aria-label="結果の要約" data-stale={stale || undefined}>
      {stale && <p className="calc-summary-stale">最新ではありません</p>}
      {items ? (
        <ul className="calc-summary-items">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="calc-summary-text">{children}</p>
      )}
      <a className="calc-summary-link" href={`#${detailsId}`}>
        詳しい結果
      </a>
    </section>
  );
}
