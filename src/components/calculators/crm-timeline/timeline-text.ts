/** 「結果をテキストでコピー」 of the timeline (loaded on demand): the title and assumptions around the rows shown. */
import { resultText, type TextRow } from "../shared/result-text";

export function timelineText(o: {
  inputs: TextRow[];
  outputs: TextRow[];
  /** The holiday data as the page names it, and warnings shown (coverage, sales). */
  holidays: string;
  warnings: string[];
  link: string | undefined;
}): string {
  return resultText({
    title: "購入後CRMタイムライン",
    inputs: o.inputs,
    outputs: o.outputs,
    assumptions: [
      "発送日は営業日で、そのほかの日付は暦の日数で数えています。日付はすべて日本時間です。",
      o.holidays,
      ...o.warnings,
    ],
    link: o.link,
  });
}
