/**
 * The ICS engine: parses iCalendar (RFC 5545) with ical.js and expands recurring events for a range
 * of time only. Loaded lazily (`await import('./ics.js')`) when a config has an ICS source or an
 * `rrule`, so the main bundle does not carry ical.js.
 *
 * Times: recurrence is computed on floating wall-clock times (as RFC 5545 intends: "every Tuesday
 * at 19:00" stays at 19:00 across DST), then each occurrence is turned into an instant with the
 * event's zone. Zones are resolved in this order: IANA name, the VTIMEZONE's X-LIC-LOCATION, an
 * IANA suffix, a Windows name, the VTIMEZONE's own rules, an offset in the name, then the feed's
 * X-WR-TIMEZONE or the site's zone (floating times).
 */
import ICAL from 'ical.js';
import { overlaps } from './occurrences.js';
import { addDays, DAY_MS, dayKeyOf, daysBetween, dayStart, wallClock, zonedToUtc, type DayKey } from './time.js';
import type { CalendarEvent, Contact, Occurrence, SourceProblem } from './types.js';
import { ianaZone, knownZone, offsetInName } from './zones.js';
import '../messages-lazy.js';

export { describeRule } from './rrule-text.js';

type Time = InstanceType<typeof ICAL.Time>;
type Recur = InstanceType<typeof ICAL.Recur>;
type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** A wall clock ↔ instant converter for one zone. */
interface Zone {
  /** IANA name when known (for display and export). */
  readonly name: string;
  toUtc(y: number, mo: number, d: number, h: number, mi: number, s: number): number;
  wall(ms: number): [number, number, number, number, number, number];
}

const ianaCache = new Map<string, Zone>();
function iana(name: string): Zone {
  let z = ianaCache.get(name);
  if (!z) {
    z = { name, toUtc: (y, mo, d, h, mi, s) => zonedToUtc(y, mo, d, h, mi, s, name), wall: (ms) => wallClock(ms, name) };
    ianaCache.set(name, z);
  }
  return z;
}

function fixed(offset: number, name: string): Zone {
  return { name, toUtc: (y, mo, d, h, mi, s) => Date.UTC(y, mo - 1, d, h, mi, s) - offset, wall: (ms) => wallClock(ms + offset, 'UTC') };
}

/** Options for reading one feed. */
export interface IcsOptions {
  /** Index of the source in `calendar.sources` (kept on each event). */
  readonly source: number;
  /** The site's zone, for floating times when the feed names none. */
  readonly timeZone: string;
  /** Category applied to every event of the source. */
  readonly category?: string;
}

export interface IcsResult {
  readonly events: CalendarEvent[];
  readonly problems: SourceProblem[];
  /** The calendar's own name (X-WR-CALNAME), if any. */
  readonly name?: string;
}

// ---- reading the text ---------------------------------------------------------------------------

/**
 * Normalises what real feeds do to the format: a byte-order mark, CR/LF/CRLF, folded lines (also
 * between a property's name, parameters and value), blank lines, and junk lines with no `:`.
 */
function cleanLines(text: string): { lines: string[]; junk: number } {
  // Control characters (fuzzed files, a lone CR) are never part of a valid line.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
  const lines: string[] = [];
  let junk = 0;
  const property = /^[A-Za-z0-9-]+[;:]/;
  for (const line of clean.split('\n')) {
    if (!line || !line.trim()) continue;
    if (!property.test(line) || !line.includes(':')) {
      junk += 1;
      continue;
    }
    lines.push(line);
  }
  return { lines, junk };
}

function toComponents(jcal: unknown): Component[] {
  if (!Array.isArray(jcal)) return [];
  if (typeof jcal[0] === 'string') return [new ICAL.Component(jcal as unknown[] as never)];
  return (jcal as unknown[]).filter(Array.isArray).map((c) => new ICAL.Component(c as never));
}

/** Parses the whole file; if the parser gives up, parses event by event and keeps what it can. */
function parseLenient(lines: string[]): { roots: Component[]; skipped: number; fatal?: string } {
  try {
    return { roots: toComponents(ICAL.parse(lines.join('\r\n'))), skipped: 0 };
  } catch (err) {
    const zones: string[][] = [];
    const events: string[][] = [];
    const header: string[] = [];
    let current: string[] | undefined;
    let depth = 0;
    let kind = '';
    for (const line of lines) {
      const begin = /^BEGIN:(\w+)/i.exec(line);
      const end = /^END:(\w+)/i.exec(line);
      if (begin && depth === 0 && /^(VEVENT|VTIMEZONE)$/i.test(begin[1] ?? '')) {
        kind = (begin[1] ?? '').toUpperCase();
        current = [line];
        depth = 1;
        continue;
      }
      if (current) {
        current.push(line);
        if (begin) depth += 1;
        if (end) depth -= 1;
        if (depth === 0) {
          (kind === 'VEVENT' ? events : zones).push(current);
          current = undefined;
        }
      } else if (/^X-WR-/i.test(line)) header.push(line);
    }
    if (current && kind === 'VEVENT') events.push([...current, 'END:VEVENT']);
    const roots: Component[] = [];
    const okZones = zones.filter((z) => {
      try {
        ICAL.parse(['BEGIN:VCALENDAR', ...z, 'END:VCALENDAR'].join('\r\n'));
        return true;
      } catch {
        return false;
      }
    });
    let skipped = 0;
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    for (const line of header) {
      try {
        calendar.addProperty(ICAL.Property.fromString(line));
      } catch {
        // an unreadable header line is not worth a notice
      }
    }
    for (const z of okZones) calendar.addSubcomponent(new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...z, 'END:VCALENDAR'].join('\r\n')) as never).getFirstSubcomponent('vtimezone')!);
    for (const e of events) {
      try {
        const c = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...e, 'END:VCALENDAR'].join('\r\n')) as never);
        const ev = c.getFirstSubcomponent('vevent');
        if (ev) calendar.addSubcomponent(ev);
      } catch {
        skipped += 1;
      }
    }
    roots.push(calendar);
    if (!events.length && !okZones.length) return { roots: [], skipped, fatal: err instanceof Error ? err.message.slice(0, 100) : String(err) };
    return { roots, skipped };
  }
}

// ---- values -------------------------------------------------------------------------------------

const TEXT_LIMIT = 20_000;
const textOf = (c: Component, name: string): string | undefined => {
  const v = c.getFirstPropertyValue(name);
  const s = typeof v === 'string' ? v.trim() : v == null ? '' : String(v).trim();
  return s ? s.slice(0, TEXT_LIMIT) : undefined;
};

/** The raw value string of a date property is checked so `20171032` is refused, not rolled over. */
function validDateValue(prop: Property): boolean {
  const times = timesOf(prop);
  return times.length > 0 && times.length === (prop as unknown as { jCal: unknown[] }).jCal.length - 3 && times.every((t) => t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= daysIn(t.year, t.month));
}

/** Date or date-time fields, read straight from the jCal value (no ical.js time-zone lookups). */
interface TimeLike {
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

/**
 * The values of a date property. Reading jCal directly is much faster than ical.js's decorated
 * values (which look up the TZID among all components each time when the feed has no VTIMEZONE),
 * and reads a bare DATE in a DATE-TIME list (Google) as a date. Periods give their start.
 */
const timesCache = new WeakMap<Property, TimeLike[]>();
function timesOf(prop: Property | null | undefined): TimeLike[] {
  if (!prop) return [];
  let out = timesCache.get(prop);
  if (!out) timesCache.set(prop, (out = readTimes(prop)));
  return out;
}

function readTimes(prop: Property): TimeLike[] {
  const out: TimeLike[] = [];
  for (const v of (prop as unknown as { jCal: unknown[] }).jCal.slice(3)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?/.exec(Array.isArray(v) ? String(v[0]) : String(v));
    if (!m) continue;
    out.push({ year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0), isDate: m[4] === undefined, utc: !!m[7] });
  }
  return out;
}

const wallOf = (t: TimeLike): [number, number, number, number, number, number] => [t.year, t.month, t.day, t.hour, t.minute, t.second];
const dayOf = (t: TimeLike): DayKey => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
const isUtcTime = (t: TimeLike): boolean => t.utc === true || t.zone?.tzid === 'UTC';

function floating(fields: [number, number, number, number, number, number], isDate: boolean): Time {
  const [year, month, day, hour, minute, second] = fields;
  return ICAL.Time.fromData(isDate ? { year, month, day, isDate: true } : { year, month, day, hour, minute, second, isDate: false });
}

// ---- the feed -----------------------------------------------------------------------------------

class Reader {
  readonly problems: SourceProblem[] = [];
  private readonly zones = new Map<string, Zone>();
  private readonly vtimezones = new Map<string, Component>();
  private readonly floatingZone: Zone;
  private unknownZones = new Set<string>();

  constructor(
    root: Component,
    private readonly options: IcsOptions,
  ) {
    for (const tz of root.getAllSubcomponents('vtimezone')) {
      const id = textOf(tz, 'tzid');
      if (id) this.vtimezones.set(norm(id), tz);
    }
    const wr = textOf(root, 'x-wr-timezone');
    const wrZone = wr ? ianaZone(wr) : undefined;
    this.floatingZone = iana(wrZone ?? (knownZone(options.timeZone) ? options.timeZone : 'UTC'));
  }

  /** The zone a TZID stands for (cached). */
  zone(tzid: string | undefined): Zone {
    if (!tzid || !norm(tzid)) return this.floatingZone;
    const key = norm(tzid);
    let z = this.zones.get(key);
    if (z) return z;
    const vtz = this.vtimezones.get(key);
    const location = vtz ? textOf(vtz, 'x-lic-location') : undefined;
    const named = ianaZone(key) ?? (location ? ianaZone(location) : undefined);
    if (named) z = iana(named);
    else if (vtz) z = this.vtimezoneZone(vtz, key);
    else {
      const offset = offsetInName(key);
      if (offset !== undefined) z = fixed(offset, key);
      else {
        if (!this.unknownZones.has(key)) {
          this.unknownZones.add(key);
          this.problems.push({ code: 'zone', detail: key.slice(0, 80) });
        }
        z = this.floatingZone;
      }
    }
    this.zones.set(key, z);
    return z;
  }

  private vtimezoneZone(vtz: Component, name: string): Zone {
    try {
      const tz = new ICAL.Timezone(vtz);
      const offset = (fields: [number, number, number, number, number, number]) => tz.utcOffset(floating(fields, false)) * 1000;
      return {
        name,
        toUtc: (y, mo, d, h, mi, s) => Date.UTC(y, mo - 1, d, h, mi, s) - offset([y, mo, d, h, mi, s]),
        wall: (ms) => {
          const utc = wallClock(ms, 'UTC');
          return wallClock(ms + offset(utc), 'UTC');
        },
      };
    } catch {
      return this.floatingZone;
    }
  }

  /** A date or date-time property → instant (all-day: UTC midnight) and its zone. */
  instant(time: TimeLike, prop: Property | null, allDay: boolean): number {
    if (time.isDate || allDay) return Date.UTC(time.year, time.month - 1, time.day);
    if (isUtcTime(time)) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    const tzid = prop?.getParameter('tzid');
    return this.zone(typeof tzid === 'string' ? tzid : undefined).toUtc(...wallOf(time));
  }

  /** Reads every event of the calendar. */
  read(root: Component, start: number): CalendarEvent[] {
    const masters = new Map<string, Component>();
    const overrides = new Map<string, Component[]>();
    let n = start;
    let skipped = 0;
    for (const vevent of root.getAllSubcomponents('vevent')) {
      const dtstart = vevent.getFirstProperty('dtstart');
      if (!dtstart || !validDateValue(dtstart) || !timesOf(dtstart)[0]) {
        skipped += 1;
        continue;
      }
      const uid = textOf(vevent, 'uid') ?? `event-${this.options.source}-${(n += 1)}`;
      if (vevent.hasProperty('recurrence-id')) {
        const list = overrides.get(uid) ?? [];
        list.push(vevent);
        overrides.set(uid, list);
        continue;
      }
      const existing = masters.get(uid);
      if (!existing || sequence(vevent) >= sequence(existing)) masters.set(uid, vevent);
    }
    const events: CalendarEvent[] = [];
    for (const [uid, vevent] of masters) {
      try {
        const own = overrides.get(uid) ?? [];
        overrides.delete(uid);
        const master = this.event(vevent, uid);
        if (!master) {
          skipped += 1;
          continue;
        }
        events.push(this.series(master, vevent, own));
      } catch {
        skipped += 1;
      }
    }
    // Changed instances whose series is not in the feed show as single events.
    for (const [uid, list] of overrides) {
      for (const vevent of list) {
        const ev = this.event(vevent, uid);
        if (ev && !cancelled(vevent)) events.push(ev);
      }
    }
    if (skipped) this.problems.push({ code: 'skipped', count: skipped });
    return events;
  }

  /** One VEVENT → a plain event (no recurrence yet). */
  private event(vevent: Component, uid: string, master?: CalendarEvent): CalendarEvent | undefined {
    const startProp = vevent.getFirstProperty('dtstart');
    const startTime = timesOf(startProp)[0];
    if (!startProp || !startTime) return master ? { ...master } : undefined;
    const allDay = startTime.isDate;
    const tzid = startProp.getParameter('tzid');
    const zone = allDay ? 'UTC' : isUtcTime(startTime) ? 'UTC' : this.zone(typeof tzid === 'string' ? tzid : undefined).name;
    const start = this.instant(startTime, startProp, allDay);
    let end: number | undefined;
    const endProp = vevent.getFirstProperty('dtend');
    const endTime = timesOf(endProp)[0];
    if (endProp && endTime && validDateValue(endProp)) end = this.instant(endTime, endProp, allDay);
    else {
      const duration = vevent.getFirstPropertyValue('duration');
      if (duration instanceof ICAL.Duration) end = start + duration.toSeconds() * 1000;
    }
    if (end === undefined || !Number.isFinite(end)) end = allDay ? start + DAY_MS : start;
    if (end < start) end = allDay ? start + DAY_MS : start;
    if (!Number.isFinite(start)) return undefined;
    const geo = vevent.getFirstPropertyValue('geo');
    const geoValue = Array.isArray(geo) && geo.length === 2 && geo.every((x) => Number.isFinite(Number(x))) ? { lat: Number(geo[0]), lon: Number(geo[1]) } : undefined;
    const title = textOf(vevent, 'summary') ?? master?.title ?? '';
    const out: CalendarEvent = {
      id: uid,
      title,
      start,
      end,
      allDay,
      timeZone: zone,
      source: this.options.source,
      ...pick('location', textOf(vevent, 'location') ?? master?.location),
      ...pick('description', textOf(vevent, 'description') ?? master?.description),
      ...pick('url', textOf(vevent, 'url') ?? master?.url),
      ...pick('category', this.options.category),
      ...pick('contact', contactOf(vevent) ?? master?.contact),
      ...pick('geo', geoValue ?? master?.geo),
    };
    return out;
  }

  /** Adds recurrence (RRULE, RDATE, EXDATE, RECURRENCE-ID) to a master event. */
  private series(master: CalendarEvent, vevent: Component, overrideComponents: Component[]): CalendarEvent {
    const rules = vevent
      .getAllProperties('rrule')
      .map((p) => p.getFirstValue())
      .filter((r): r is Recur => r instanceof ICAL.Recur);
    const rdateProps = vevent.getAllProperties('rdate');
    if (!rules.length && !rdateProps.length && !overrideComponents.length) return master;
    const startProp = vevent.getFirstProperty('dtstart')!;
    const startTime = timesOf(startProp)[0]!;
    const tzid = startProp.getParameter('tzid');
    const zone: Zone | null = master.allDay ? null : isUtcTime(startTime) ? iana('UTC') : this.zone(typeof tzid === 'string' ? tzid : undefined);
    const toMs = (t: TimeLike, prop: Property): number => (master.allDay ? Date.UTC(t.year, t.month - 1, t.day) : t.isDate ? NaN : this.instant(t, prop, false));
    const rdates: number[] = [];
    for (const p of rdateProps) {
      for (const t of timesOf(p)) {
        const ms = toMs(t, p);
        if (Number.isFinite(ms)) rdates.push(ms);
      }
    }
    const exMs = new Set<number>();
    const exDays = new Set<DayKey>();
    for (const p of vevent.getAllProperties('exdate')) {
      for (const v of timesOf(p)) {
        // A floating EXDATE on a zoned series is a feed writing odd times: match it by date.
        const floatingOnZoned = !isUtcTime(v) && !p.getParameter('tzid') && (isUtcTime(startTime) || !!tzid);
        if (v.isDate || master.allDay || floatingOnZoned) exDays.add(dayOf(v));
        else exMs.add(this.instant(v, p, false));
      }
    }
    const byMs = new Map<number, CalendarEvent | null>();
    const byDay = new Map<DayKey, CalendarEvent | null>();
    const bySequence = new Map<string, number>();
    for (const o of overrideComponents) {
      const ridProp = o.getFirstProperty('recurrence-id');
      const rid = timesOf(ridProp)[0];
      if (!ridProp || !rid) continue;
      const key = master.allDay || rid.isDate ? dayOf(rid) : String(this.instant(rid, ridProp, false));
      if ((bySequence.get(key) ?? -1) > sequence(o)) continue;
      bySequence.set(key, sequence(o));
      const changed = cancelled(o) ? null : this.event(o, master.id, master);
      const recurrenceId = master.allDay || rid.isDate ? dayStart(dayOf(rid)) : Number(key);
      const value = changed ? { ...changed, recurrenceId, rrule: master.rrule } : null;
      if (master.allDay || rid.isDate) byDay.set(dayOf(rid), value);
      else byMs.set(Number(key), value);
    }
    const changes = [...[...byMs].map(([recurrenceId, e]) => ({ recurrenceId, event: e })), ...[...byDay].map(([day, e]) => ({ recurrenceId: dayStart(day), event: e }))];
    const event: CalendarEvent = {
      ...master,
      ...(rules.length ? { rrule: rules.map((r) => r.toString()) } : {}),
      ...(rdates.length ? { rdates } : {}),
      ...(exMs.size ? { exdates: [...exMs] } : {}),
      ...(changes.length ? { changes } : {}),
    };
    const fixedOverrides = [...byMs.values(), ...byDay.values()].filter((e): e is CalendarEvent => !!e).map((e) => ({ ...e, rrule: event.rrule }));
    const result: CalendarEvent = { ...event, expand: (from, to) => expandSeries(spec, from, to) };
    const spec: SeriesSpec = { event: result, rules, wallStart: floating(wallOf(startTime), master.allDay), zone, rdates, exMs, exDays, byMs, byDay, overrides: fixedOverrides };
    return result;
  }
}

const norm = (tzid: string): string => tzid.replace(/["\\]/g, '').trim();
const sequence = (c: Component): number => Number(c.getFirstPropertyValue('sequence') ?? 0) || 0;
const cancelled = (c: Component): boolean => String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
const pick = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]: V }));

function contactOf(vevent: Component): Contact | undefined {
  const contact = textOf(vevent, 'contact');
  const organizer = vevent.getFirstProperty('organizer');
  const cn = organizer?.getParameter('cn');
  const mail = String(organizer?.getFirstValue() ?? '').replace(/^mailto:/i, '').trim();
  const name = contact ?? (typeof cn === 'string' ? cn : undefined);
  const email = /^[^\s@]+@[^\s@]+$/.test(mail) ? mail : undefined;
  if (!name && !email) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

// ---- expansion ----------------------------------------------------------------------------------

interface SeriesSpec {
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
  if (rule.freq === 'MONTHLY' && p.BYMONTH?.length && (rule.interval ?? 1) % 12 !== 0 && (rule.interval ?? 1) > 1) return true;
  return !!p.BYSETPOS?.length && !(rule.freq === 'MONTHLY' && p.BYDAY?.length && !p.BYMONTHDAY && !p.BYYEARDAY && !p.BYWEEKNO && !p.BYHOUR && !p.BYMINUTE && !p.BYSECOND);
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
    copy.until = floating(spec.zone.wall(Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second)), false);
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

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

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
      const offsets = [...new Set((days.length ? days.map((d) => d.day) : [weekday]).map((d) => (d - wkst + 7) % 7))].sort((a, b) => a - b);
      return (p) => offsets.map((o) => weekStart + p * 7 * interval + o);
    }
    case 'MONTHLY': {
      const monthDays = (parts.BYMONTHDAY ?? []).map(Number);
      if (keys.some((k) => k !== 'BYDAY' && k !== 'BYMONTHDAY') || (days.length && monthDays.length)) return undefined;
      if (days.some((d) => !d.nth || Math.abs(d.nth) > 5) || monthDays.some((d) => !d || Math.abs(d) > 31)) return undefined;
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
function* simpleOccurrences(rule: Recur, start: Time, period: (p: number) => number[], fromDay: number, durationDays: number): Generator<TimeLike> {
  const first = dayNumber(start.year, start.month, start.day);
  const interval = rule.interval || 1;
  const until = rule.until;
  const untilDay = until ? dayNumber(until.year, until.month, until.day) : Infinity;
  const untilSecs = until && !until.isDate ? until.hour * 3600 + until.minute * 60 + until.second : 86_400;
  const secs = start.isDate ? 0 : start.hour * 3600 + start.minute * 60 + start.second;
  let p = 0;
  if (!rule.count) {
    // Jump to about one period before the range (margin for long events and zone offsets).
    const maxSpan = { DAILY: interval, WEEKLY: 7 * interval, MONTHLY: 31 * interval, YEARLY: 366 * interval }[rule.freq as 'DAILY'] ?? 1;
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
      yield { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: start.hour, minute: start.minute, second: start.second, isDate: start.isDate };
    }
  }
}

function expandSeries(spec: SeriesSpec, from: number, to: number): Occurrence[] {
  const { event, zone } = spec;
  const duration = event.end - event.start;
  const toMs = (t: TimeLike): number => (zone === null ? Date.UTC(t.year, t.month - 1, t.day) : zone.toUtc(...wallOf(t)));
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
      for (const t of simpleOccurrences(floatingUntil(original, spec), spec.wallStart, simple, Math.floor(from / DAY_MS) - 1, durationDays)) {
        const ms = toMs(t);
        if (ms >= to) break;
        if (ms + duration < from - DAY_MS) continue;
        take(ms, dayOf(t));
      }
      continue;
    }
    const { rule, start } = fastForward(floatingUntil(original, spec), spec.wallStart, fromDay, Math.ceil(duration / DAY_MS));
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
  if (!spec.rules.length) take(event.start, zone === null ? dayKeyOf(event.start, 'UTC') : dayOf(floating(zone.wall(event.start), false)));
  for (const ms of spec.rdates) take(ms, zone === null ? dayKeyOf(ms, 'UTC') : dayOf(floating(zone.wall(ms), false)));
  for (const o of spec.overrides) if (overlaps(o.start, o.end, from, to)) out.push({ event: o, start: o.start, end: o.end });
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
  const result: CalendarEvent = { ...event, rrule: [rule.toString()], ...(exdates.length ? { exdates } : {}), expand: (from, to) => expandSeries(spec, from, to) };
  const spec: SeriesSpec = { event: result, rules: [rule], wallStart: floating(wall, event.allDay), zone, rdates: [], exMs, exDays, byMs: new Map(), byDay: new Map(), overrides: [] };
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

/** Reads an iCalendar feed: events (recurring ones expand on demand) and the problems found. */
export function parseIcs(text: string, options: IcsOptions): IcsResult {
  const { lines, junk } = cleanLines(text);
  const problems: SourceProblem[] = [];
  if (!lines.some((l) => /^BEGIN:VCALENDAR/i.test(l)) && !lines.some((l) => /^BEGIN:VEVENT/i.test(l))) {
    return { events: [], problems: [{ code: 'syntax', detail: 'BEGIN:VCALENDAR' }] };
  }
  const { roots, skipped, fatal } = parseLenient(lines);
  if (fatal) return { events: [], problems: [{ code: 'syntax', detail: fatal }] };
  const events: CalendarEvent[] = [];
  let name: string | undefined;
  let skippedAll = skipped;
  for (const root of roots) {
    const calendars = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
    for (const cal of calendars) {
      name ??= textOf(cal, 'x-wr-calname');
      const reader = new Reader(cal, options);
      events.push(...reader.read(cal, events.length));
      for (const p of reader.problems) {
        if (p.code === 'skipped') skippedAll += p.count ?? 0;
        else problems.push(p);
      }
    }
  }
  if (skippedAll) problems.unshift({ code: 'skipped', count: skippedAll });
  if (junk && !skippedAll) problems.push({ code: 'syntax', count: junk });
  return { events, problems, ...(name ? { name } : {}) };
}
