/** The .ics file of a plan (its own module: the island loads it only when the user exports). */
import type { EventId } from "./events";
import { icsStamp, toIcs, type IcsEvent } from "./ics";
import type { TimelineParams } from "./params";
import type { TimelinePlan } from "./plan";

export { icsStamp };

/**
 * The .ics text of the plan: mails as timed entries in the sending window (cancelled ones left out), the other steps
 * and the user's sale periods as all-day entries. UIDs carry the order date and the entry's position, so two entries
 * with the same dates (two sales) never share one.
 */
export function planIcs(
  plan: TimelinePlan & { ok: true },
  sales: TimelineParams["sales"],
  stamp: string,
  notes: Record<EventId, string>,
  window: { start: string; end: string } = { start: "10:00", end: "12:00" },
): string {
  const uid = (kind: string, i: number, date: string) =>
    `${kind}-${i + 1}-${date}-${plan.order}@crm-timeline`;
  const events: IcsEvent[] = plan.events
    .filter((e) => !e.cancelled)
    .map((e, i) => ({
      uid: uid(e.id, i, e.date),
      date: e.date,
      ...(e.mail ? { time: window } : {}),
      summary: e.title,
      description: notes[e.id],
    }));
  sales.forEach((s, i) =>
    events.push({
      uid: uid("sale", i, `${s.start}-${s.end}`),
      date: s.start,
      end: s.end,
      summary: `セール: ${s.name}`,
    }),
  );
  return toIcs(events, stamp, `購入後CRMタイムライン(${plan.order}注文)`);
}

/** Builds the plan's .ics (mails in the sending window) and saves it through a temporary object URL (browser only). */
export function downloadIcs(
  plan: TimelinePlan & { ok: true },
  values: Pick<TimelineParams, "sales" | "sendFrom" | "sendTo">,
  notes: Record<EventId, string>,
): void {
  const window = { start: values.sendFrom, end: values.sendTo };
  const text = planIcs(plan, values.sales, icsStamp(new Date()), notes, window);
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `crm-timeline-${plan.order}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
