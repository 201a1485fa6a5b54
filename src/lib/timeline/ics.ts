/** RFC 5545 calendar text for the timeline: one all-day event per step, CRLF lines folded at 75 octets. */

/** One entry of the calendar file: all-day, or timed on one day in Asia/Tokyo. */
export interface IcsEvent {
  uid: string;
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day (included) of an all-day entry, defaults to `date`. */
  end?: string;
  /** Times "HH:MM" (Asia/Tokyo) of a timed entry on `date`. */
  time?: { start: string; end: string };
  summary: string;
  description?: string;
}

/** Asia/Tokyo as RFC 5545 needs it for TZID times: no daylight saving time, UTC+9 all year. */
const TOKYO_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Asia/Tokyo",
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:JST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = "";
      bytes = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** YYYY-MM-DD -> YYYYMMDD. */
const basic = (iso: string) => iso.replace(/-/g, "");
/** The day after YYYY-MM-DD as YYYYMMDD (DTEND of an all-day entry is exclusive). Self-contained: this module loads on demand. */
const dayAfter = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1))
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, "");
/** YYYY-MM-DD and HH:MM -> YYYYMMDDTHHMM00. */
const localTime = (iso: string, hhmm: string) => `${basic(iso)}T${hhmm.replace(":", "")}00`;

/**
 * The whole .ics text. `stamp` is the DTSTAMP instant (UTC, e.g. "20260105T000000Z"), passed in to keep this pure.
 * All-day dates are floating calendar dates; X-WR-TIMEZONE tells calendar apps they are meant in Asia/Tokyo.
 * Timed entries carry TZID=Asia/Tokyo, defined once in a VTIMEZONE. Every `uid` must be unique (RFC 5545 3.8.4.7).
 */
export function toIcs(events: readonly IcsEvent[], stamp: string, calendarName: string): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//rakuten-room-crm-guide//crm-timeline//JA",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
    "X-WR-TIMEZONE:Asia/Tokyo",
  ];
  if (events.some((e) => e.time)) lines.push(...TOKYO_VTIMEZONE);
  for (const e of events) {
    lines.push("BEGIN:VEVENT", `UID:${e.uid}`, `DTSTAMP:${stamp}`);
    if (e.time) {
      lines.push(
        `DTSTART;TZID=Asia/Tokyo:${localTime(e.date, e.time.start)}`,
        `DTEND;TZID=Asia/Tokyo:${localTime(e.date, e.time.end)}`,
      );
    } else {
      lines.push(`DTSTART;VALUE=DATE:${basic(e.date)}`, `DTEND;VALUE=DATE:${dayAfter(e.end ?? e.date)}`);
    }
    lines.push(`SUMMARY:${escapeIcsText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}

/** DTSTAMP form of an instant: 2026-01-05T03:04:05.678Z -> 20260105T030405Z. */
export function icsStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
