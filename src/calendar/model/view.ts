/**
 * The calendar's visible range and navigation: which days the month grid or the list shows, where
 * previous / next / today and the grid's keys move the cursor, and which occurrence a `#event=`
 * link opens. Pure: days and events in, days and occurrences out.
 */
import { CALENDAR_VIEWS, type CalendarView, type WeekStart } from '../constants.js';
import { addDays, addMonths, DAY_MS, dayStart, monthStart, monthWeeks, weekday, type DayKey } from './time.js';
import type { CalendarEvent, Occurrence } from './types.js';

/** The config's `weekStart` → the weekday (0 = Sunday) each row of the grid starts on. */
export const WEEK_START_DAY: Record<WeekStart, number> = { su: 0, mo: 1, sa: 6 };

/** True for a `YYYY-MM-DD` value such as the `date` attribute. */
export const isDayKey = (value: string | undefined): value is DayKey => /^\d{4}-\d{2}-\d{2}$/.test(value ?? '');

/** The view in use: a valid chosen one (the visitor's or the `view` attribute), else the list on narrow screens, else the config's. */
export function resolveView(
  chosen: string | undefined,
  narrow: boolean,
  configured: CalendarView | undefined,
): CalendarView {
  if (chosen && (CALENDAR_VIEWS as readonly string[]).includes(chosen)) return chosen as CalendarView;
  return narrow ? 'list' : (configured ?? 'month');
}

/** The first and last day a view shows around `cursor`. */
export function visibleRange(view: CalendarView, cursor: DayKey, today: DayKey, weekStart: number): [DayKey, DayKey] {
  if (view === 'month') {
    const weeks = monthWeeks(cursor, weekStart);
    return [weeks[0]![0]!, weeks[weeks.length - 1]![6]!];
  }
  const first = monthStart(cursor);
  const last = addDays(monthStart(cursor, 1), -1);
  // This month's list is what is coming up: from today, and at least four weeks ahead, so the
  // last days of a month never show an empty agenda.
  if (today >= first && today <= last) {
    const ahead = addDays(today, 28);
    return [today, ahead > last ? ahead : last];
  }
  return [first, last];
}

/** Whether the period title names a span of days (this month's list, from today) rather than the month. */
export const isSpan = (view: CalendarView, first: DayKey, cursor: DayKey): boolean =>
  view === 'list' && first !== monthStart(cursor);

/** Previous (−1) or next (1) month, the day clamped to the month's end (31 Jan → 28 Feb); 0 is today. */
export const stepMonths = (cursor: DayKey, months: number, today: DayKey): DayKey =>
  months ? addMonths(cursor, months) : today;

/**
 * Where a key moves the month grid's cursor: arrows by a day or a week, Home / End to the ends of
 * the week, PageUp / PageDown by a month (a year with Shift). Undefined for any other key.
 */
export function gridMove(key: string, shift: boolean, cursor: DayKey, weekStart: number): DayKey | undefined {
  const intoWeek = (weekday(cursor) - weekStart + 7) % 7;
  const days: Record<string, number> = {
    ArrowLeft: -1,
    ArrowRight: 1,
    ArrowUp: -7,
    ArrowDown: 7,
    Home: -intoWeek,
    End: 6 - intoWeek,
  };
  if (key in days) return addDays(cursor, days[key]!);
  if (key === 'PageUp' || key === 'PageDown') return addMonths(cursor, (key === 'PageUp' ? -1 : 1) * (shift ? 12 : 1));
  return undefined;
}

/** `#event=<id>` → that event's next occurrence from `today` (else its first); undefined when there is none. */
export function linkedOccurrence(
  hash: string,
  events: readonly CalendarEvent[],
  today: DayKey,
): Occurrence | undefined {
  const m = /^#event=(.+)$/.exec(hash);
  if (!m) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(m[1] ?? '');
  } catch {
    return undefined;
  }
  // The series itself before one of its changed instances.
  const event = events.find((e) => e.id === id && e.recurrenceId === undefined) ?? events.find((e) => e.id === id);
  if (!event) return undefined;
  if (!event.expand) return { event, start: event.start, end: event.end };
  const from = dayStart(today) - DAY_MS;
  return (
    event.expand(from, from + 400 * DAY_MS)[0] ?? event.expand(event.start - DAY_MS, event.start + 400 * DAY_MS)[0]
  );
}
