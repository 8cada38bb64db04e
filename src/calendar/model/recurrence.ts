/**
 * Recurrence: expands a series (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) for a range of time
 * only. Part of the lazy ICS chunk, with ical.js (see ics.ts, which reads the feed).
 *
 * Recurrence is computed on floating wall-clock times (as RFC 5545 intends: "every Tuesday at 19:00"
 * stays at 19:00 across DST), then each occurrence is turned into an instant with the series' zone.
 * The common rules go by date arithmetic; the rest by ical.js's iterator; rules ical.js gets wrong
 * are refused.
 */
import ICAL from 'ical.js';
import type { WallClock } from '../../core/i18n/format.js';
import { overlaps } from './occurrences.js';
import { addDays, DAY_MS, dayKeyOf, daysBetween, wallClock, type DayKey } from './time.js';
import type { CalendarEvent, Occurrence } from './types.js';
import { iana, knownZone, type Zone } from './zones.js';

type Time = InstanceType<typeof ICAL.Time>;
type Recur = InstanceType<typeof ICAL.Recur>;

// ---- floating times -----------------------------------------------------------------------------

/** Date or date-time fields, read straight from the jCal value (no ical.js time-zone lookups). */
export interface TimeLike {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly isDate: boolean;
  readonly utc?: boolean;
  readonly zone?: { readonly tzid?: string } | null;
}

export const wallOf = (t: TimeLike): WallClock => [t.year, t.month, t.day, t.hour, t.minute, t.second];
export const dayOf = (t: TimeLike): DayKey =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
export const isUtcTime = (t: TimeLike): boolean => t.utc === true || t.zone?.tzid === 'UTC';

export function floating(fields: WallClock, isDate: boolean): Time {
  const [year, month, day, hour, minute, second] = fields;
  return ICAL.Time.fromData(
    isDate ? { year, month, day, isDate: true } : { year, month, day, hour, minute, second, isDate: false },
  );
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
export const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---- expansion ----------------------------------------------------------------------------------

export interface SeriesSpec {
  readonly event: CalendarEvent;
  readonly rules: readonly Recur[];
  /** DTSTART as a floating wall-clock time (a date for all-day series). */
  readonly wallStart: Time;
  /** The series' zone; null for all-day series. */
  readonly zone: Zone | null;
  readonly rdates: readonly number[];
  readonly exMs: ReadonlySet<number>;
  readonly exDays: ReadonlySet<DayKey>;
  /** Changed (or, as null, cancelled) instances by the instant / day they replace. */
  readonly byMs: ReadonlyMap<number, CalendarEvent | null>;
  readonly byDay: ReadonlyMap<DayKey, CalendarEvent | null>;
  readonly overrides: readonly CalendarEvent[];
}

const MAX_STEPS = 20_000;

/**
 * Rules ical.js 2.2 cannot expand, found with the libical answer key: it loops forever inside one
 * `next()` on a negative BYMONTHDAY with a frequency finer than MONTHLY, and it gives wrong dates
 * for BYSETPOS anywhere but MONTHLY with BYDAY ("the last weekday of the month", which it gets
 * right), for a YEARLY rule with a numbered weekday and no month, for a MONTHLY month list out of order,
 * and for a MONTHLY month list with an interval. Such a rule is not expanded: better no repeats (and a notice) than wrong dates.
 */
function hangs(rule: Recur): boolean {
  const p = rule.parts;
  if (p.BYMONTHDAY?.some((d) => d < 0) && !['MONTHLY', 'YEARLY'].includes(rule.freq)) return true;
  // "The 20th Monday of the year": ical.js gives every Monday.
  if (rule.freq === 'YEARLY' && !p.BYMONTH?.length && p.BYDAY?.some((d) => /^[+-]?\d/.test(String(d)))) return true;
  // A MONTHLY month list written out of order (`BYMONTH=5,4`): ical.js walks it as written.
  if (rule.freq === 'MONTHLY' && p.BYMONTH?.some((m, i, all) => i > 0 && m < (all[i - 1] ?? 0))) return true;
  // A month list with an interval that is not a whole number of years.
  if (rule.freq === 'MONTHLY' && p.BYMONTH?.length && (rule.interval ?? 1) % 12 !== 0 && (rule.interval ?? 1) > 1)
    return true;
  return (
    !!p.BYSETPOS?.length &&
    !(
      rule.freq === 'MONTHLY' &&
      p.BYDAY?.length &&
      !p.BYMONTHDAY &&
      !p.BYYEARDAY &&
      !p.BYWEEKNO &&
      !p.BYHOUR &&
      !p.BYMINUTE &&
      !p.BYSECOND
    )
  );
}

/** UNTIL as a floating time comparable with the series' wall clock. */
function floatingUntil(rule: Recur, spec: SeriesSpec): Recur {
  const until = rule.until;
  if (!until) return rule;
  const copy = rule.clone();
  if (spec.zone === null) {
    copy.until = floating(wallOf(until), true);
  } else if (until.isDate) {
    copy.until = floating([until.year, until.month, until.day, 23, 59, 59], false);
  } else if (isUtcTime(until)) {
    copy.until = floating(
      spec.zone.wall(Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second)),
      false,
    );
  } else copy.until = floating(wallOf(until), false);
  return copy;
}

/**
 * Moves DTSTART forward by whole periods to shortly before `fromDay`, so a weekly series begun
 * three years ago is not walked from its start. Only for rules whose occurrence set repeats with
 * the period (no COUNT; DAILY, WEEKLY, MONTHLY); the first period after the new start is only used
 * as a margin, so quirks of the iterator's first step never reach the visible range.
 */
function fastForward(rule: Recur, start: Time, fromDay: DayKey, durationDays: number): { rule: Recur; start: Time } {
  if (rule.count || !['DAILY', 'WEEKLY', 'MONTHLY'].includes(rule.freq)) return { rule, start };
  const interval = rule.interval || 1;
  const startDay = dayOf(start);
  if (rule.freq === 'MONTHLY') {
    const [fy, fm] = [Number(fromDay.slice(0, 4)), Number(fromDay.slice(5, 7))];
    const diff = fy * 12 + fm - (start.year * 12 + start.month) - (2 + Math.ceil(durationDays / 28));
    if (diff < interval) return { rule, start };
    const shift = Math.floor(diff / interval) * interval;
    const copy = rule.clone();
    if (!copy.parts.BYDAY && !copy.parts.BYMONTHDAY) copy.parts.BYMONTHDAY = [start.day];
    const moved = floating([start.year, start.month + shift, 1, start.hour, start.minute, start.second], start.isDate);
    const months = start.month - 1 + shift;
    moved.year = start.year + Math.floor(months / 12);
    moved.month = (months % 12) + 1;
    return { rule: copy, start: moved };
  }
  const period = rule.freq === 'DAILY' ? interval : 7 * interval;
  const target = addDays(fromDay, -(durationDays + period + 1));
  const diff = daysBetween(startDay, target);
  if (diff < period) return { rule, start };
  const moved = start.clone();
  moved.adjust(Math.floor(diff / period) * period, 0, 0, 0);
  return { rule, start: moved };
}

/**
 * The common rules, by date arithmetic instead of ical.js's iterator (which costs ~20 µs a step):
 * DAILY; WEEKLY with plain BYDAY; MONTHLY with ordinal BYDAY (`2TU`, `-1FR`) or BYMONTHDAY;
 * YEARLY with at most BYMONTH; any INTERVAL, COUNT, UNTIL, WKST. Returns the candidate days of
 * period `p` (day numbers, ascending), or undefined when the rule is not one of these.
 * Held to libical's answer key by the same tests as the ical.js path.
 */
function simpleRule(rule: Recur, start: Time): ((p: number) => number[]) | undefined {
  const parts = rule.parts as Record<string, (string | number)[] | undefined>;
  const keys = Object.keys(parts).filter((k) => parts[k]?.length);
  const interval = rule.interval || 1;
  const byday = (parts.BYDAY ?? []).map((d) => /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(String(d)));
  if (byday.some((m) => !m)) return undefined;
  const days = byday.map((m) => ({ nth: m?.[1] ? Number(m[1]) : 0, day: DAY_CODES.indexOf(m?.[2] ?? '') }));
  const first = dayNumber(start.year, start.month, start.day);
  switch (rule.freq) {
    case 'DAILY':
      if (keys.length) return undefined;
      return (p) => [first + p * interval];
    case 'WEEKLY': {
      if (keys.some((k) => k !== 'BYDAY') || days.some((d) => d.nth)) return undefined;
      const wkst = (rule.wkst || 2) - 1;
      const weekday = (first + 4) % 7; // day 0 (1970-01-01) was a Thursday
      const weekStart = first - ((weekday - wkst + 7) % 7);
      const offsets = [
        ...new Set((days.length ? days.map((d) => d.day) : [weekday]).map((d) => (d - wkst + 7) % 7)),
      ].sort((a, b) => a - b);
      return (p) => offsets.map((o) => weekStart + p * 7 * interval + o);
    }
    case 'MONTHLY': {
      const monthDays = (parts.BYMONTHDAY ?? []).map(Number);
      if (keys.some((k) => k !== 'BYDAY' && k !== 'BYMONTHDAY') || (days.length && monthDays.length)) return undefined;
      if (days.some((d) => !d.nth || Math.abs(d.nth) > 5) || monthDays.some((d) => !d || Math.abs(d) > 31))
        return undefined;
      return (p) => {
        const index = start.month - 1 + p * interval;
        const y = start.year + Math.floor(index / 12);
        const m = (index % 12) + 1;
        const dim = daysIn(y, m);
        const base = dayNumber(y, m, 1);
        let list: number[];
        if (days.length) {
          const firstWeekday = (base + 4) % 7;
          list = days.map(({ nth, day }) => {
            const firstOf = 1 + ((day - firstWeekday + 7) % 7);
            if (nth > 0) return firstOf + 7 * (nth - 1);
            const lastOf = firstOf + 7 * Math.floor((dim - firstOf) / 7);
            return lastOf + 7 * (nth + 1);
          });
        } else list = (monthDays.length ? monthDays : [start.day]).map((d) => (d > 0 ? d : dim + d + 1));
        return [...new Set(list.filter((d) => d >= 1 && d <= dim))].sort((a, b) => a - b).map((d) => base + d - 1);
      };
    }
    case 'YEARLY': {
      if (keys.some((k) => k !== 'BYMONTH')) return undefined;
      const months = [...new Set((parts.BYMONTH ?? [start.month]).map(Number))].sort((a, b) => a - b);
      if (months.some((m) => m < 1 || m > 12)) return undefined;
      return (p) => {
        const y = start.year + p * interval;
        return months.filter((m) => start.day <= daysIn(y, m)).map((m) => dayNumber(y, m, start.day));
      };
    }
    default:
      return undefined;
  }
}

/** Runs a simple rule: the wall-clock occurrences from DTSTART, skipping whole periods before `fromDay`. */
function* simpleOccurrences(
  rule: Recur,
  start: Time,
  period: (p: number) => number[],
  fromDay: number,
  durationDays: number,
): Generator<TimeLike> {
  const first = dayNumber(start.year, start.month, start.day);
  const interval = rule.interval || 1;
  const until = rule.until;
  const untilDay = until ? dayNumber(until.year, until.month, until.day) : Infinity;
  const untilSecs = until && !until.isDate ? until.hour * 3600 + until.minute * 60 + until.second : 86_400;
  const secs = start.isDate ? 0 : start.hour * 3600 + start.minute * 60 + start.second;
  let p = 0;
  if (!rule.count) {
    // Jump to about one period before the range (margin for long events and zone offsets).
    const maxSpan =
      { DAILY: interval, WEEKLY: 7 * interval, MONTHLY: 31 * interval, YEARLY: 366 * interval }[rule.freq as 'DAILY'] ??
      1;
    p = Math.max(0, Math.floor((fromDay - durationDays - first - maxSpan) / maxSpan) - 1);
  }
  let count = 0;
  for (let guard = 0; guard < 50_000; guard += 1, p += 1) {
    const days = period(p);
    for (const day of days) {
      if (day < first) continue;
      if (day > untilDay || (day === untilDay && secs > untilSecs)) return;
      count += 1;
      if (rule.count && count > rule.count) return;
      const d = new Date(day * DAY_MS);
      yield {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: start.hour,
        minute: start.minute,
        second: start.second,
        isDate: start.isDate,
      };
    }
  }
}

export function expandSeries(spec: SeriesSpec, from: number, to: number): Occurrence[] {
  const { event, zone } = spec;
  const duration = event.end - event.start;
  const toMs = (t: TimeLike): number =>
    zone === null ? Date.UTC(t.year, t.month - 1, t.day) : zone.toUtc(...wallOf(t));
  const fromDay = dayKeyOf(from - DAY_MS, 'UTC');
  const seen = new Set<number>();
  const out: Occurrence[] = [];
  const take = (ms: number, day: DayKey): void => {
    if (seen.has(ms) || !Number.isFinite(ms)) return;
    seen.add(ms);
    if (spec.exMs.has(ms) || spec.exDays.has(day)) return;
    if (spec.byMs.has(ms) || spec.byDay.has(day)) return; // changed or cancelled: handled below
    if (overlaps(ms, ms + duration, from, to)) out.push({ event, start: ms, end: ms + duration });
  };
  for (const original of spec.rules) {
    if (hangs(original)) {
      // A refused rule still has its first date (DTSTART is always an instance).
      take(toMs(spec.wallStart), dayOf(spec.wallStart));
      continue;
    }
    const simple = simpleRule(original, spec.wallStart);
    if (simple) {
      const durationDays = Math.ceil(duration / DAY_MS) + 1;
      for (const t of simpleOccurrences(
        floatingUntil(original, spec),
        spec.wallStart,
        simple,
        Math.floor(from / DAY_MS) - 1,
        durationDays,
      )) {
        const ms = toMs(t);
        if (ms >= to) break;
        if (ms + duration < from - DAY_MS) continue;
        take(ms, dayOf(t));
      }
      continue;
    }
    const { rule, start } = fastForward(
      floatingUntil(original, spec),
      spec.wallStart,
      fromDay,
      Math.ceil(duration / DAY_MS),
    );
    let it;
    try {
      it = rule.iterator(start);
    } catch {
      continue;
    }
    for (let step = 0; step < MAX_STEPS; step += 1) {
      let t: Time | null;
      try {
        t = it.next();
      } catch {
        break;
      }
      if (!t) break;
      const ms = toMs(t);
      if (ms >= to) break;
      if (ms + duration < from - DAY_MS) continue;
      take(ms, dayOf(t));
    }
  }
  if (!spec.rules.length)
    take(event.start, zone === null ? dayKeyOf(event.start, 'UTC') : dayOf(floating(zone.wall(event.start), false)));
  for (const ms of spec.rdates) take(ms, zone === null ? dayKeyOf(ms, 'UTC') : dayOf(floating(zone.wall(ms), false)));
  for (const o of spec.overrides)
    if (overlaps(o.start, o.end, from, to)) out.push({ event: o, start: o.start, end: o.end });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Recurrence for an event typed into the config: `rrule` (an RRULE value such as
 * `FREQ=MONTHLY;BYDAY=2TU`) and `exdates` (instants; for all-day events, UTC midnights).
 * Throws on an RRULE ical.js cannot read.
 */
export function withRecurrence(event: CalendarEvent, rrule: string, exdates: readonly number[] = []): CalendarEvent {
  const rule = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  if (!rule.freq || hangs(rule)) throw new Error('unusable RRULE');
  const zone = event.allDay ? null : iana(knownZone(event.timeZone) ? event.timeZone : 'UTC');
  const wall = zone ? zone.wall(event.start) : wallClock(event.start, 'UTC');
  // A rule ical.js cannot start (e.g. BYDAY=9TU) throws here, so the site owner hears of it.
  if (!simpleRule(rule, floating(wall, event.allDay))) rule.iterator(floating(wall, event.allDay)).next();
  const exMs = new Set<number>();
  const exDays = new Set<DayKey>();
  for (const ms of exdates) {
    if (event.allDay) exDays.add(dayKeyOf(ms, 'UTC'));
    else exMs.add(ms);
  }
  const result: CalendarEvent = {
    ...event,
    rrule: [rule.toString()],
    ...(exdates.length ? { exdates } : {}),
    expand: (from, to) => expandSeries(spec, from, to),
  };
  const spec: SeriesSpec = {
    event: result,
    rules: [rule],
    wallStart: floating(wall, event.allDay),
    zone,
    rdates: [],
    exMs,
    exDays,
    byMs: new Map(),
    byDay: new Map(),
    overrides: [],
  };
  return result;
}

/** True when ical.js reads `rrule` as a rule with a frequency. */
export function isValidRrule(rrule: string): boolean {
  try {
    return !!ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, '')).freq;
  } catch {
    return false;
  }
}
