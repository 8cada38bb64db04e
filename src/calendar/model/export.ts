/**
 * "Add to my calendar" as an .ics file (RFC 5545) that Google, Apple and Outlook import: one
 * occurrence, or the whole series with its RRULE, EXDATEs, RDATEs and its moved or changed instances
 * (RECURRENCE-ID events; cancelled ones as EXDATEs). Lines end in CRLF and are folded at
 * 75 octets without splitting a UTF-8 character; text is escaped.
 */
import { fixedOffset, wallClock } from './time.js';
import { icsStamp, plain } from './links.js';
import type { CalendarEvent, Occurrence } from './types.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Escapes TEXT values (`\\`, `;`, `,`, newlines). */
export const escapeText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Folds a content line at 75 octets (continuation lines start with a space). */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

function localStamp(ms: number, timeZone: string): string {
  const [y, mo, d, h, mi, s] = wallClock(ms, timeZone);
  return `${pad(y, 4)}${pad(mo)}${pad(d)}T${pad(h)}${pad(mi)}${pad(s)}`;
}

const offsetText = (ms: number): string => {
  const m = Math.round(Math.abs(ms) / 60_000);
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
};

export interface ExportOptions {
  /** Language of the text written into the file. */
  readonly locale: string;
  /** The whole series (RRULE, EXDATE) instead of one occurrence. */
  readonly series?: boolean;
  /** DTSTAMP (default: now). */
  readonly now?: number;
  /** Abbreviation written as TZNAME (e.g. WIB). */
  readonly zoneName?: string;
}

/** One VCALENDAR with the occurrence or its series. */
export function toIcs(o: Occurrence, options: ExportOptions): string {
  const e: CalendarEvent = o.event;
  const series = !!options.series && !!e.rrule?.length;
  // DTSTART of an exported series is its first real occurrence (RFC 5545 wants them in step).
  const first = series ? (e.expand?.(e.start, e.start + 800 * 86_400_000)[0]?.start ?? e.start) : o.start;
  const start = first;
  const end = series ? first + (e.end - e.start) : o.end;
  const zone = e.timeZone;
  // Wall-clock times with TZID keep a weekly 19:00 at 19:00; a zone that never changes offset
  // gets a one-line VTIMEZONE, any other zone its IANA name (which these apps know).
  const zoned = !e.allDay && zone !== 'UTC' && zone.includes('/') && (series || fixedOffset(zone) !== null);
  const fixed = zoned ? fixedOffset(zone) : null;
  const when = (name: string, ms: number): string =>
    e.allDay
      ? `${name};VALUE=DATE:${icsStamp(ms, true)}`
      : zoned
        ? `${name};TZID=${zone}:${localStamp(ms, zone)}`
        : `${name}:${icsStamp(ms)}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sebaya//sebaya-calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (zoned && fixed !== null) {
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${zone}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(fixed)}`,
      `TZOFFSETTO:${offsetText(fixed)}`,
    );
    if (options.zoneName) lines.push(`TZNAME:${escapeText(options.zoneName)}`);
    lines.push('END:STANDARD', 'END:VTIMEZONE');
  }
  const uid = series || !e.rrule?.length ? e.id : `${e.id}-${icsStamp(o.start, e.allDay)}`;
  const stamp = `DTSTAMP:${icsStamp(options.now ?? Date.now())}`;
  /** What the event says: title, description, place, link. */
  const about = (ev: CalendarEvent): string[] => {
    const out = [`SUMMARY:${escapeText(plain(ev.title, options.locale))}`];
    const description = plain(ev.description, options.locale);
    if (description) out.push(`DESCRIPTION:${escapeText(description)}`);
    const location = plain(ev.location, options.locale);
    if (location) out.push(`LOCATION:${escapeText(location)}`);
    if (ev.geo) out.push(`GEO:${ev.geo.lat};${ev.geo.lon}`);
    if (ev.url) out.push(`URL:${ev.url}`);
    return out;
  };
  lines.push('BEGIN:VEVENT', `UID:${escapeText(uid)}`, stamp, when('DTSTART', start));
  if (end > start) lines.push(when('DTEND', end));
  lines.push(...about(e));
  const changes = series ? (e.changes ?? []) : [];
  if (series) {
    for (const rule of e.rrule ?? []) lines.push(`RRULE:${rule}`);
    // Cancelled instances leave the series as EXDATEs, like the ones the feed listed.
    const exdates = [...(e.exdates ?? []), ...changes.filter((c) => !c.event).map((c) => c.recurrenceId)];
    if (exdates.length)
      lines.push(
        e.allDay
          ? `EXDATE;VALUE=DATE:${exdates.map((x) => icsStamp(x, true)).join(',')}`
          : zoned
            ? `EXDATE;TZID=${zone}:${exdates.map((x) => localStamp(x, zone)).join(',')}`
            : `EXDATE:${exdates.map((x) => icsStamp(x)).join(',')}`,
      );
    if (e.rdates?.length)
      lines.push(
        e.allDay
          ? `RDATE;VALUE=DATE:${e.rdates.map((x) => icsStamp(x, true)).join(',')}`
          : `RDATE:${e.rdates.map((x) => icsStamp(x)).join(',')}`,
      );
  }
  lines.push('END:VEVENT');
  // Moved or changed instances: the same UID with the RECURRENCE-ID of the date they replace.
  for (const { recurrenceId, event: changed } of changes) {
    if (!changed) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      stamp,
      when('RECURRENCE-ID', recurrenceId),
      when('DTSTART', changed.start),
    );
    if (changed.end > changed.start) lines.push(when('DTEND', changed.end));
    lines.push(...about(changed), 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A file name for the download: the title in plain letters. */
export function icsFileName(o: Occurrence, locale: string): string {
  const base = plain(o.event.title, locale)
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .toLowerCase();
  return `${base || 'event'}.ics`;
}
