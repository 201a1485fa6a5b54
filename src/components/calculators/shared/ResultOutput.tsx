/** One result: <output name data-value> with the formatted text; the link contract for consultants and tests. */
import type { ReactNode } from "react";

interface Props {
  /** Stable name of the result (part of the documented link contract). */
  name: string;
  label: ReactNode;
  /** Raw integer value (points or yen), written to data-value. */
  value: number;
  /** Formatted text shown to the reader. */
  text: string;
  /** Ids of the inputs this result depends on. */
  htmlFor?: string;
}

/** A labelled result row. */
export function ResultOutput({ name, label, value, text, htmlFor }: Props) {
  return (
    <div className="calc-result">
      <span className="calc-result-label">{label}</span>
      <output name={name} data-value={String(value)} htmlFor={htmlFor}>
        {text}
      </output>
    </div>
  );
}
