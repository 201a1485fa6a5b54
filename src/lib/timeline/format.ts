/** Japanese date display for the timeline: "2026年1月5日(月)". */
import { formatIsoDate } from "../format";
import { weekday } from "./dates";

/** Weekday names, Sunday first, as Japanese calendars print them. */
export const WEEKDAY_JA = ["日", "月", "火", "水", "木", "金", "土"] as const;

/** "2026-01-05" -> "2026年1月5日(月)". */
export function formatJaDate(iso: string): string {
  return `${formatIsoDate(iso)}(${WEEKDAY_JA[weekday(iso)]})`;
}
