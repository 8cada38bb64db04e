/**
 * The calendar's dates and times in words, through `Intl` (cached formatters): days and months as
 * calendar days (UTC), clock times in the site's zone, and the zone's short name. No DOM.
 */
import { dateFormat } from '../../core/i18n/format.js';
import type { CalendarView } from '../constants.js';
import { dayStart, type DayKey } from './time.js';
import { isSpan } from './view.js';

/** Abbreviations people in Indonesia use, whatever the page language. */
export const ZONE_ABBR: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** WIB / WITA / WIT for Indonesia, else what `Intl` gives at `now` (`GMT+7`), else the zone's name. */
export function zoneAbbreviation(locale: string, timeZone: string, now: number): string {
  if (ZONE_ABBR[timeZone]) return ZONE_ABBR[timeZone];
  const part = dateFormat(locale, timeZone, { timeZoneName: 'short' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "Kamis, 3 Desember 2026" (`long`), or without the year. */
export const dayLabel = (locale: string, day: DayKey, long = true): string =>
  dateFormat(
    locale,
    'UTC',
    long
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : { weekday: 'long', day: 'numeric', month: 'long' },
  ).format(dayStart(day));

/** "Desember 2026". */
export const monthLabel = (locale: string, day: DayKey): string =>
  dateFormat(locale, 'UTC', { month: 'long', year: 'numeric' }).format(dayStart(day));

/** What a view shows: the month, or the days of this month's list (`30 November – 28 Desember 2026`). */
export function periodLabel(
  locale: string,
  view: CalendarView,
  [first, last]: readonly [DayKey, DayKey],
  cursor: DayKey,
): string {
  return isSpan(view, first, cursor)
    ? dateFormat(locale, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
        dayStart(first),
        dayStart(last),
      )
    : monthLabel(locale, cursor);
}

/** "19.30": a clock time in the zone. */
export const clock = (locale: string, timeZone: string, ms: number): string =>
  dateFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit' }).format(ms);
