/** List view of the timeline: one row per event with its date in an <output>, note, and sale warnings by the coupon. */
import type { TimelineEvent } from "../../../lib/timeline/events";
import { formatJaDate } from "../../../lib/timeline/format";
import { EVENT_NOTES } from "../../../lib/timeline/plan";

/** Events whose date is a named result output (the link contract of the page). */
const OUTPUT_IDS = new Set(["ship", "arrival", "review", "coupon-start", "coupon-end"]);

export default function TimelineList({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <ol className="tl-list">
      {events.map((e) => (
        <li key={e.id} className={`tl-item tl-${e.id}`} data-event={e.id}>
          <span className="tl-date">
            {OUTPUT_IDS.has(e.id) ? (
              <output name={e.id} data-value={e.date}>
                {formatJaDate(e.date)}
              </output>
            ) : (
              <time dateTime={e.date}>{formatJaDate(e.date)}</time>
            )}
          </span>
          <span className="tl-title">{e.title}</span>
          <span className="tl-note">{EVENT_NOTES[e.id]}</span>
        </li>
      ))}
    </ol>
  );
}
