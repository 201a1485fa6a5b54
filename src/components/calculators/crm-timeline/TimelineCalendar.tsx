/** Month calendar view: one table per month (Sunday first) with the events and closed days in their cells. */
import type { ShopCalendar } from "../../../lib/timeline/business";
import { closedReason } from "../../../lib/timeline/business";
import { monthGrid, monthsBetween } from "../../../lib/timeline/calendar";
import type { TimelineEvent } from "../../../lib/timeline/events";
import { WEEKDAY_JA } from "../../../lib/timeline/format";
import type { SalePeriod } from "../../../lib/timeline/sales";

interface Props {
  events: readonly TimelineEvent[];
  calendar: ShopCalendar;
  sales: readonly SalePeriod[];
}

/** Short label for a closed day in a calendar cell: the holiday name, 休 (weekly closing day) or 休業 (closure). */
const shortReason = (reason: string) =>
  reason === "定休日" ? "休" : reason === "休業期間" ? "休業" : reason.replace(/^祝日\((.*)\)$/, "$1");

/** "2026-01" -> "2026年1月". */
const monthTitle = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

export default function TimelineCalendar({ events, calendar, sales }: Props) {
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
                  const sale = sales.find((s) => s.start <= date && date <= s.end);
                  const here = byDate.get(date) ?? [];
                  return (
                    <td
                      key={date}
                      className={`${closed ? "tl-closed" : ""} ${sale ? "tl-sale" : ""}`}
                      data-date={date}
                    >
                      <span className="tl-day">{Number(date.slice(8))}</span>
                      {closed && <span className="tl-tag">{shortReason(closed)}</span>}
                      {sale && <span className="tl-tag">{sale.name}</span>}
                      {here.length > 0 && (
                        <ul>
                          {here.map((e) => (
                            <li key={e.id}>{e.title}</li>
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
