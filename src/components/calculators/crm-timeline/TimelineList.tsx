/** List view of the timeline: one row per event with its date in an <output>, its note, and moved or cancelled marks. */
import type { ReactNode } from "react";
import type { EventId, TimelineEvent } from "../../../lib/timeline/events";
import { formatJaDate } from "../../../lib/timeline/format";

/** Events whose date is a named result output (the link contract of the page). */
const OUTPUT_IDS = new Set(["ship", "arrival", "review", "coupon-start", "coupon-end"]);

interface Props {
  /** Events in date order; `date` is "" while the dates are not known yet (server render, before hydration). */
  events: readonly (Pick<TimelineEvent, "id" | "date" | "title"> & Partial<TimelineEvent>)[];
  /** Note under each title (the review note carries the 非公式 mark of its fact). */
  notes: Record<EventId, ReactNode>;
  /** The sending window shown on mails ("10:00〜12:00"). */
  window?: string;
}

export function TimelineList({ events, notes, window }: Props) {
  return (
    <ol className="tl-list">
      {events.map((e) => (
        <li
          key={e.id}
          className={`tl-item tl-${e.id}${e.cancelled ? " tl-cancelled" : ""}`}
          data-event={e.id}
          data-cancelled={e.cancelled || undefined}
        >
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
            {e.mail && window && !e.cancelled && <span className="tl-window">{window}</span>}
          </span>
          <span className="tl-title">
            {e.title}
            {e.cancelled && <strong className="tl-flag">再購入のため送らない</strong>}
          </span>
          <span className="tl-note">
            {e.movedFrom && `休業日の${formatJaDate(e.movedFrom)}から移しました。`}
            {notes[e.id]}
          </span>
        </li>
      ))}
    </ol>
  );
}
