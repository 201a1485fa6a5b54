/** 「結果をテキストでコピー」 of the timeline (loaded on demand): the settings and every step as the page shows them. */
import type { TimelineEvent } from "../../../lib/timeline/events";
import { resultText, type TextRow } from "../shared/result-text";

export function timelineText(o: {
  /** The order date as shown, or "" before it is known. */
  order: string;
  conditions: TextRow[];
  events: TimelineEvent[];
  /** Why there is no timeline (else ""). */
  error: string;
  /** The sending window as shown: 「10:00〜12:00」. */
  window: string;
  /** The page's date format, handed over so this module imports nothing the timeline loads up front. */
  formatDate: (iso: string) => string;
  /** The holiday data's source as a sentence, and warnings shown (coverage, sales). */
  holidays: string;
  warnings: string[];
  link: string | undefined;
}): string {
  const step = (e: TimelineEvent) =>
    [
      o.formatDate(e.date),
      e.mail && !e.cancelled ? ` ${o.window}` : "",
      e.cancelled ? "(再購入のため送らない)" : "",
      e.movedFrom ? `(休業日の${o.formatDate(e.movedFrom)}から移動)` : "",
    ].join("");
  return resultText({
    title: "購入後CRMタイムライン",
    inputs: [["注文日", o.order || "日本時間の今日"], ...o.conditions],
    outputs: o.error ? [["計算できません", o.error]] : o.events.map((e): TextRow => [e.title, step(e)]),
    assumptions: [
      "発送日は営業日で、そのほかの日付は暦の日数で数えています。日付はすべて日本時間です。",
      o.holidays,
      ...o.warnings,
    ],
    link: o.link,
  });
}
