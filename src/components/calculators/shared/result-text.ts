/**
 * The plain Japanese business text that 「結果をテキストでコピー」 puts on the clipboard (loaded on demand). It imports
 * nothing the calculators load up front, so lazy loading it never splits their shared chunks: callers pass every
 * input and output already written as the page shows it.
 */

/** A label and the value as the page shows it. */
export type TextRow = readonly [label: string, value: string];

export interface ResultTextParts {
  /** The calculator's name. */
  title: string;
  inputs: readonly TextRow[];
  outputs: readonly TextRow[];
  /** Assumptions and caveats, one sentence each. */
  assumptions: readonly string[];
  /** The share link of the current state. */
  link?: string | undefined;
}

/** Today in Japan as 「2026年11月29日」. */
const today = (now: Date) =>
  new Intl.DateTimeFormat("ja-JP", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(now);

/** "■ 条件 / ■ 結果 / ■ 前提 / ■ リンク" blocks, dated today (Japan time), lines of "・label: value". */
export function resultText(parts: ResultTextParts, now = new Date()): string {
  const rows = (items: readonly TextRow[]) => items.map(([label, value]) => `・${label}: ${value}`);
  return [
    `【${parts.title}】計算結果(${today(now)}時点)`,
    "",
    "■ 条件",
    ...rows(parts.inputs),
    "",
    "■ 結果",
    ...rows(parts.outputs),
    ...(parts.assumptions.length ? ["", "■ 前提", ...parts.assumptions.map((a) => `・${a}`)] : []),
    ...(parts.link ? ["", "■ この条件で計算ツールを開くリンク", parts.link] : []),
    "",
  ].join("\n");
}
