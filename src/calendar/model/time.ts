/**
 * Dates and instants without a date library. An instant is epoch milliseconds; a calendar day is a
 * `DayKey` (`YYYY-MM-DD`). Wall-clock ↔ instant conversion goes through `Intl` with the IANA zone,
 * so daylight-saving rules come from the browser's own time-zone data.
 */
import { wallClock } from '../../core/i18n/format.js';

/** Wall-clock fields of an instant in a zone (one implementation in core, shared with the directory's hours). */
export { wallClock };

export type DayKey = string;

export const DAY_MS = 86_400_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

const FIXED_FROM = Date.UTC(1970, 0, 1);
const FIXED_TO = Date.UTC(2038, 0, 1);
const fixedOffsets = new Map<string, number | null>();

/** The zone's one offset over 1970–2037 when it never changed then (Asia/Jakarta), else null. */
export function fixedOffset(timeZone: string): number | null {
  let fixed = fixedOffsets.get(timeZone);
  if (fixed === undefined) {
    fixed = rawOffset(FIXED_FROM, timeZone);
    for (let y = 1970; y < 2038 && fixed !== null; y += 1) {
      for (const m of [0, 3, 6, 9]) {
        if (rawOffset(Date.UTC(y, m, 1), timeZone) !== fixed) {
          fixed = null;
          break;
        }
      }
    }
    fixedOffsets.set(timeZone, fixed);
  }
  return fixed;
}

function rawOffset(at: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = wallClock(at, timeZone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - at;
}

/** The zone's offset from UTC at an instant, in ms (cached per hour). */
export function offsetAt(ms: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  if (ms >= FIXED_FROM && ms < FIXED_TO) {
    const fixed = fixedOffset(timeZone);
    if (fixed !== null) return fixed;
  }
  let cache = offsetCache.get(timeZone);
  if (!cache) offsetCache.set(timeZone, (cache = new Map()));
  const hour = Math.floor(ms / 3_600_000);
  let offset = cache.get(hour);
  if (offset === undefined) {
    offset = rawOffset(hour * 3_600_000, timeZone);
    cache.set(hour, offset);
  }
  return offset;
}

/** The instant of a wall-clock time in a zone (a time skipped by DST moves forward). */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = offsetAt(guess, timeZone);
  const t = guess - first;
  const second_ = offsetAt(t, timeZone);
  return second_ === first ? t : guess - second_;
}

/** Day keys by whole days since 1970 (a month grid asks for the same few dozen days thousands of times). */
const dayKeys = new Map<number, DayKey>();
const utcDayKey = (n: number): DayKey =>
  dayKeys.get(n) ?? dayKeys.set(n, new Date(n * DAY_MS).toISOString().slice(0, 10)).get(n)!;

/**
 * The calendar day of an instant in a zone. In a zone whose offset never changed over 1970–2037
 * (WIB, WITA, WIT) it is arithmetic on the offset, not an `Intl` call per occurrence: a 2,000-event
 * month asks for it twice per occurrence.
 */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
  if (timeZone === 'UTC') return utcDayKey(Math.floor(ms / DAY_MS));
  if (ms >= FIXED_FROM && ms < FIXED_TO) {
    const fixed = fixedOffset(timeZone);
    if (fixed !== null) return utcDayKey(Math.floor((ms + fixed) / DAY_MS));
  }
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(ms);
}

/** UTC midnight of a day (how all-day dates are kept). */
export const dayStart = (key: DayKey): number =>
  Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));

/** Throws a RangeError for a key that is no day. */
export const addDays = (key: DayKey, days: number): DayKey => utcDayKey(Math.round(dayStart(key) / DAY_MS) + days);

/** Whole days from `a` to `b`. */
export const daysBetween = (a: DayKey, b: DayKey): number => Math.round((dayStart(b) - dayStart(a)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (key: DayKey): number => new Date(dayStart(key)).getUTCDay();

/** The first day of the month of `key`, shifted by `months`. */
export function monthStart(key: DayKey, months = 0): DayKey {
  const d = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(key: DayKey, months: number): DayKey {
  const first = monthStart(key, months);
  const last = addDays(monthStart(key, months + 1), -1);
  const day = Math.min(Number(key.slice(8, 10)), Number(last.slice(8, 10)));
  return `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The weeks (rows of seven days) covering the month of `key`; `weekStart` 0 = Sunday, 1 = Monday, 6 = Saturday. */
export function monthWeeks(key: DayKey, weekStart: number): DayKey[][] {
  const first = monthStart(key);
  const next = monthStart(key, 1);
  let day = addDays(first, -((weekday(first) - weekStart + 7) % 7));
  const weeks: DayKey[][] = [];
  while (day < next) {
    const week: DayKey[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A parsed ISO 8601 date or date-time: an instant, or a date for all-day values. */
export interface ParsedTime {
  readonly ms: number;
  readonly allDay: boolean;
}

/**
 * Parses `2026-12-03`, `2026-12-03T19:30`, `2026-12-03T19:30:00+07:00` or `…Z`. A time without an
 * offset is wall-clock time in `timeZone`. Returns undefined for anything else or an impossible date.
 */
export function parseIsoTime(value: string, timeZone: string): ParsedTime | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    (d > 28 && d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return undefined;
  if (m[4] === undefined) return { ms: Date.UTC(y, mo - 1, d), allDay: true };
  const zone = m[7];
  if (!zone) return { ms: zonedToUtc(y, mo, d, h, mi, s, timeZone), allDay: false };
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  if (zone.toUpperCase() === 'Z') return { ms: local, allDay: false };
  const digits = zone.replace(':', '');
  const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0)) * 60_000;
  return { ms: local - (digits.startsWith('-') ? -offset : offset), allDay: false };
}

/** True for a valid ISO date or date-time as `parseIsoTime` reads it. */
export const isIsoTime = (value: string): boolean => parseIsoTime(value, 'UTC') !== undefined;
