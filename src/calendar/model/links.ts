import { resolveText, type LocalizedText } from '../../core/i18n/localize.js';
import { wallClock } from './time.js';
import type { CalendarEvent, Occurrence } from './types.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `20261203T123000Z` (UTC) or `20261203` for all-day dates. */
export function icsStamp(ms: number, date = false): string {
  const [y, mo, d, h, mi, s] = wallClock(ms, 'UTC');
  return date ? `${pad(y, 4)}${pad(mo)}${pad(d)}` : `${pad(y, 4)}${pad(mo)}${pad(d)}T${pad(h)}${pad(mi)}${pad(s)}Z`;
}

/** Plain text for a calendar app, in one language. */
export const plain = (value: LocalizedText | undefined, locale: string): string =>
  resolveText(value, locale, ['id', 'en']);

/**
 * "Add to Google Calendar": a TEMPLATE link with the event's title, times, place and details;
 * for a recurring event, its rule (`recur=RRULE:…`) starting at this occurrence.
 */
export function googleCalendarUrl(o: Occurrence, locale: string, series = false): string {
  const e = o.event;
  const start = series ? e.start : o.start;
  const end = series ? e.end : o.end;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: plain(e.title, locale) });
  params.set(
    'dates',
    `${icsStamp(start, e.allDay)}/${icsStamp(Math.max(end, start + (e.allDay ? 86_400_000 : 0)), e.allDay)}`,
  );
  const details = plain(e.description, locale);
  if (details) params.set('details', details.slice(0, 1500));
  const location = plain(e.location, locale);
  if (location) params.set('location', location);
  if (!e.allDay && e.timeZone !== 'UTC' && e.timeZone.includes('/')) params.set('ctz', e.timeZone);
  if (series && e.rrule?.[0]) params.set('recur', `RRULE:${e.rrule[0]}`);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** A map search for the place (a pin when the event has coordinates). */
export function mapUrl(event: CalendarEvent, locale: string): string | undefined {
  if (event.geo)
    return `https://www.openstreetmap.org/?mlat=${event.geo.lat}&mlon=${event.geo.lon}#map=17/${event.geo.lat}/${event.geo.lon}`;
  const place = plain(event.location, locale);
  return place ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(place)}` : undefined;
}
