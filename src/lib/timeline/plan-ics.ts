/** The .ics file of a plan (its own module: the island loads it only when the user exports). */
import type { EventId } from "./events";
import { toIcs, type IcsEvent } from "./ics";
import type { TimelineParams } from "./params";
import type { TimelinePlan } from "./plan";

export { icsStamp } from "./ics";

/** The .ics text of every event of the plan, plus the user's sale periods as multi-day entries. */
export function planIcs(
  plan: TimelinePlan & { ok: true },
  sales: TimelineParams["sales"],
  stamp: string,
  notes: Record<EventId, string>,
): string {
  const events: IcsEvent[] = plan.events.map((e) => ({
    uid: `${e.id}-${e.date}-${plan.order}@crm-timeline`,
    date: e.date,
    summary: e.title,
    description: notes[e.id],
  }));
  for (const s of sales) {
    events.push({
      uid: `sale-${s.start}-${s.end}@crm-timeline`,
      date: s.start,
      end: s.end,
      summary: `セール: ${s.name}`,
    });
  }
  return toIcs(events, stamp, `購入後CRMタイムライン(${plan.order}注文)`);
}
