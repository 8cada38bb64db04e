import { addDays, dayKeyOf, type DayKey } from './time.js';
import type { CalendarEvent, Occurrence } from './types.js';

/** True when `[start, end)` touches `[from, to)`; a zero-length event counts at its instant. */
export const overlaps = (start: number, end: number, from: number, to: number): boolean =>
  start < to && (end > from || (end === start && start >= from));

/** Every occurrence of `events` overlapping `[from, to)`, sorted by start (all-day first on a tie). */
export function occurrencesBetween(events: readonly CalendarEvent[], from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const event of events) {
    if (event.expand) out.push(...event.expand(from, to));
    else if (overlaps(event.start, event.end, from, to)) out.push({ event, start: event.start, end: event.end });
  }
  return out.sort(compareOccurrences);
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.start - b.start || Number(b.event.allDay) - Number(a.event.allDay) || a.end - b.end;
}

/** The first and last calendar day of an occurrence (all-day dates as written; timed ones in `timeZone`). */
export function occurrenceDays(o: Occurrence, timeZone: string): [DayKey, DayKey] {
  const zone = o.event.allDay ? 'UTC' : timeZone;
  const first = dayKeyOf(o.start, zone);
  const last = o.end > o.start ? dayKeyOf(o.end - 1, zone) : first;
  return [first, last < first ? first : last];
}

/** Occurrences grouped by every day they touch, limited to `[firstDay, lastDay]`. */
export function groupByDay(
  occurrences: readonly Occurrence[],
  timeZone: string,
  firstDay: DayKey,
  lastDay: DayKey,
): Map<DayKey, Occurrence[]> {
  const days = new Map<DayKey, Occurrence[]>();
  for (const o of occurrences) {
    const [a, b] = occurrenceDays(o, timeZone);
    let day = a < firstDay ? firstDay : a;
    const end = b > lastDay ? lastDay : b;
    for (let guard = 0; day <= end && guard < 400; guard += 1) {
      let list = days.get(day);
      if (!list) days.set(day, (list = []));
      list.push(o);
      day = addDays(day, 1);
    }
  }
  return days;
}

/** A stable key for one occurrence (`id@start`). */
export const occurrenceKey = (o: Occurrence): string => `${o.event.id}@${o.start}`;
