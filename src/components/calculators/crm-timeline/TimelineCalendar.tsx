/** Month calendar view: one table per month (Sunday first) with the events and closed days in their cells. */
import type { closedReason, ShopCalendar } from "../../../lib/timeline/business";
import { monthGrid, monthsBetween } from "../../../lib/timeline/calendar";
import type { TimelineEvent } from "../../../lib/timeline/events";
import type { WEEKDAY_JA } from "../../../lib/timeline/format";
import type { SalePeriod } from "../../../lib/timeline/sales";

/**
 * What the calendar uses from the timeline, handed over by it: this lazily loaded module imports nothing the
 * timeline loads up front, so loading it on demand does not split the timeline's own chunks.
 */
export interface CalendarKit {
  closedReason: typeof closedReason;
  weekdays: typeof WEEKDAY_JA;
}

interface Props {
  events: readonly TimelineEvent[];
  calendar: ShopCalendar;
  sales: readonly SalePeriod[];
  kit: CalendarKit;
}

/** Short label for a closed day in a calendar cell: the holiday name, 休 (weekly closing day) or 休業 (closure). */
const shortReason = (reason: string) =>
  reason === "定休日" ? "休" : reason === "休業期間" ? "休業" : reason.replace(/^祝日\((.*)\)$/, "$1");

/** "2026-01" -> "2026年1月". */
const monthTitle = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

export function TimelineCalendar({ events, calendar, sales, kit }: Props) {
  const { closedReason, weekdays: WEEKDAY_JA } = kit;
  const first = events[0]?.date;
  const last = events[events.length - 1]?.date;
  if (!first || !last) return null;
  const byDate = new Map<string, TimelineEvent[]>();
  for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  return (
    <div className="tl-calendar">
      {monthsBetween(first, last).map((month) => (
        <table key={month} className="tl-month">
          <caption>{monthTitle(month)}</caption>
          <thead>
            <tr>
              {WEEKDAY_JA.map((w) => (
                <th key={w} scope="col">
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week) => (
              <tr key={week.find(Boolean) ?? month}>
                {week.map((date, i) => {
                  if (!date) return <td key={`empty-${i}`} className="tl-out" />;
                  const closed = closedReason(date, calendar);
                  const onSale = sales.filter((s) => s.start <= date && date <= s.end);
                  const here = byDate.get(date) ?? [];
                  return (
                    <td
                      key={date}
                      className={`${closed ? "tl-closed" : ""} ${onSale.length ? "tl-sale" : ""}`}
                      data-date={date}
                    >
                      <span className="tl-day">{Number(date.slice(8))}</span>
                      {closed && <span className="tl-tag">{shortReason(closed)}</span>}
                      {onSale.map((s, j) => (
                        <span key={j} className="tl-tag">
                          {s.name}
                        </span>
                      ))}
                      {here.length > 0 && (
                        <ul>
                          {here.map((e) => (
                            <li key={e.id} className={e.cancelled ? "tl-cancelled" : undefined}>
                              {e.title}
                              {e.cancelled ? "(送らない)" : ""}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
