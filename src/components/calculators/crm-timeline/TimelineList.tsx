/** List view of the timeline: one row per event with its date in an <output>, and its note. */
import type { ReactNode } from "react";
import type { EventId } from "../../../lib/timeline/events";
import { formatJaDate } from "../../../lib/timeline/format";

/** Events whose date is a named result output (the link contract of the page). */
const OUTPUT_IDS = new Set(["ship", "arrival", "review", "coupon-start", "coupon-end"]);

interface Props {
  /** Events in date order; `date` is "" while the dates are not known yet (server render, before hydration). */
  events: readonly { id: EventId; date: string; title: string }[];
  /** Note under each title (the review note carries the 非公式 mark of its fact). */
  notes: Record<EventId, ReactNode>;
}

export default function TimelineList({ events, notes }: Props) {
  return (
    <ol className="tl-list">
      {events.map((e) => (
        <li key={e.id} className={`tl-item tl-${e.id}`} data-event={e.id}>
          <span className="tl-date">
            {e.date === "" ? (
              <span className="tl-pending">日付を計算中</span>
            ) : OUTPUT_IDS.has(e.id) ? (
              <output name={e.id} data-value={e.date}>
                {formatJaDate(e.date)}
              </output>
            ) : (
              <time dateTime={e.date}>{formatJaDate(e.date)}</time>
            )}
          </span>
          <span className="tl-title">{e.title}</span>
          <span className="tl-note">{notes[e.id]}</span>
        </li>
      ))}
    </ol>
  );
}
