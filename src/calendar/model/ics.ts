/**
 * The ICS engine: reads iCalendar (RFC 5545) with ical.js (ics-text.ts) into events; recurring
 * events expand for a range of time only (recurrence.ts). Loaded lazily (`await import('./ics.js')`)
 * when a config has an ICS source or an `rrule`, so the main bundle does not carry ical.js.
 *
 * Times: each event keeps its zone, for the wall-clock recurrence and for export. Zones are resolved in this order: IANA name, the VTIMEZONE's X-LIC-LOCATION, an
 * IANA suffix, a Windows name, the VTIMEZONE's own rules, an offset in the name, then the feed's
 * X-WR-TIMEZONE or the site's zone (floating times).
 */
import ICAL from 'ical.js';
import type { WallClock } from '../../core/i18n/format.js';
import { cleanLines, parseLenient } from './ics-text.js';
import {
  daysIn,
  dayOf,
  expandSeries,
  floating,
  isUtcTime,
  wallOf,
  type SeriesSpec,
  type TimeLike,
} from './recurrence.js';
import { DAY_MS, dayStart, wallClock, type DayKey } from './time.js';
import type { CalendarEvent, Contact, SourceProblem } from './types.js';
import { fixed, iana, ianaZone, knownZone, offsetInName, type Zone } from './zones.js';
import '../messages-lazy.js';

export { describeRule } from './rrule-text.js';
export { isValidRrule, withRecurrence } from './recurrence.js';

type Recur = InstanceType<typeof ICAL.Recur>;
type Component = InstanceType<typeof ICAL.Component>;
/**
 * A property as ical.js keeps it (jCal): `[name, params, type, ...values]`. Properties are read from
 * it directly: ical.js's `Property` objects (built on first access, one per property) cost more
 * than reading the feed itself. Values in jCal are already unescaped; only decorated types
 * (DURATION, RRULE) go through ical.js.
 */
type Property = readonly [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];

/** A component as ical.js keeps it (jCal): events are read from it, without an ical.js `Component` each. */
type JCalComponent = readonly [name: string, properties: readonly Property[], components: readonly JCalComponent[]];

const jCalOf = (c: Component | JCalComponent): JCalComponent =>
  Array.isArray(c) ? (c as JCalComponent) : (c as unknown as { jCal: JCalComponent }).jCal;
const propsOf = (c: Component | JCalComponent): readonly Property[] => jCalOf(c)[1];

/** The first property `name` (lower case) of a component. */
function propOf(c: Component | JCalComponent, name: string): Property | undefined {
  for (const p of propsOf(c)) if (p[0] === name) return p;
  return undefined;
}

/** Every property `name` (lower case) of a component. */
const allPropsOf = (c: Component | JCalComponent, name: string): Property[] => propsOf(c).filter((p) => p[0] === name);

/** The value of a property of a decorated type (DURATION, RRULE), through ical.js. */
const decorated = (p: Property): unknown => new ICAL.Property(p as unknown as unknown[] as never).getFirstValue();

/** A jCal value as text (a structured value's parts joined by commas, as ical.js writes them). */
const scalar = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : Array.isArray(v)
        ? v.map(scalar).join(',')
        : '';

/** A parameter of a property (`tzid`, `cn`), as `Property.getParameter` gives it. */
const paramOf = (p: Property | null | undefined, name: string): unknown => p?.[1][name];

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

// ---- values -------------------------------------------------------------------------------------

const TEXT_LIMIT = 20_000;
const textOf = (c: Component | JCalComponent, name: string): string | undefined => {
  const s = scalar(propOf(c, name)?.[3]).trim();
  return s ? s.slice(0, TEXT_LIMIT) : undefined;
};

/** The raw value string of a date property is checked so `20171032` is refused, not rolled over. */
function validDateValue(prop: Property): boolean {
  const times = timesOf(prop);
  return (
    times.length > 0 &&
    times.length === prop.length - 3 &&
    times.every((t) => t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= daysIn(t.year, t.month))
  );
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
  for (const v of prop.slice(3)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?/.exec(
      Array.isArray(v) ? String(v[0]) : String(v),
    );
    if (!m) continue;
    out.push({
      year: +m[1]!,
      month: +m[2]!,
      day: +m[3]!,
      hour: +(m[4] ?? 0),
      minute: +(m[5] ?? 0),
      second: +(m[6] ?? 0),
      isDate: m[4] === undefined,
      utc: !!m[7],
    });
  }
  return out;
}

// ---- the feed -----------------------------------------------------------------------------------

class Reader {
  readonly problems: SourceProblem[] = [];
  readonly #zones = new Map<string, Zone>();
  readonly #vtimezones = new Map<string, Component>();
  readonly #floatingZone: Zone;
  readonly #unknownZones = new Set<string>();
  readonly #options: IcsOptions;

  constructor(root: Component, options: IcsOptions) {
    this.#options = options;
    for (const tz of root.getAllSubcomponents('vtimezone')) {
      const id = textOf(tz, 'tzid');
      if (id) this.#vtimezones.set(norm(id), tz);
    }
    const wr = textOf(root, 'x-wr-timezone');
    const wrZone = wr ? ianaZone(wr) : undefined;
    this.#floatingZone = iana(wrZone ?? (knownZone(options.timeZone) ? options.timeZone : 'UTC'));
  }

  /** The zone a TZID stands for (cached). */
  zone(tzid: string | undefined): Zone {
    if (!tzid || !norm(tzid)) return this.#floatingZone;
    const key = norm(tzid);
    let z = this.#zones.get(key);
    if (z) return z;
    const vtz = this.#vtimezones.get(key);
    const location = vtz ? textOf(vtz, 'x-lic-location') : undefined;
    const named = ianaZone(key) ?? (location ? ianaZone(location) : undefined);
    if (named) z = iana(named);
    else if (vtz) z = this.#vtimezoneZone(vtz, key);
    else {
      const offset = offsetInName(key);
      if (offset !== undefined) z = fixed(offset, key);
      else {
        if (!this.#unknownZones.has(key)) {
          this.#unknownZones.add(key);
          this.problems.push({ code: 'zone', detail: key.slice(0, 80) });
        }
        z = this.#floatingZone;
      }
    }
    this.#zones.set(key, z);
    return z;
  }

  #vtimezoneZone(vtz: Component, name: string): Zone {
    try {
      const tz = new ICAL.Timezone(vtz);
      const offset = (fields: WallClock) => tz.utcOffset(floating(fields, false)) * 1000;
      return {
        name,
        toUtc: (y, mo, d, h, mi, s) => Date.UTC(y, mo - 1, d, h, mi, s) - offset([y, mo, d, h, mi, s]),
        wall: (ms) => {
          const utc = wallClock(ms, 'UTC');
          return wallClock(ms + offset(utc), 'UTC');
        },
      };
    } catch {
      return this.#floatingZone;
    }
  }

  /** A date or date-time property → instant (all-day: UTC midnight) and its zone. */
  instant(time: TimeLike, prop: Property | null, allDay: boolean): number {
    if (time.isDate || allDay) return Date.UTC(time.year, time.month - 1, time.day);
    if (isUtcTime(time)) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    const tzid = paramOf(prop, 'tzid');
    return this.zone(typeof tzid === 'string' ? tzid : undefined).toUtc(...wallOf(time));
  }

  /** Reads every event of the calendar. */
  read(root: Component, start: number): CalendarEvent[] {
    const masters = new Map<string, JCalComponent>();
    const overrides = new Map<string, JCalComponent[]>();
    let n = start;
    let skipped = 0;
    for (const vevent of jCalOf(root)[2]) {
      if (vevent[0] !== 'vevent') continue;
      const dtstart = propOf(vevent, 'dtstart');
      if (!dtstart || !validDateValue(dtstart) || !timesOf(dtstart)[0]) {
        skipped += 1;
        continue;
      }
      const uid = textOf(vevent, 'uid') ?? `event-${this.#options.source}-${(n += 1)}`;
      if (propOf(vevent, 'recurrence-id')) {
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
        const master = this.#event(vevent, uid);
        if (!master) {
          skipped += 1;
          continue;
        }
        events.push(this.#series(master, vevent, own));
      } catch {
        skipped += 1;
      }
    }
    // Changed instances whose series is not in the feed show as single events.
    for (const [uid, list] of overrides) {
      for (const vevent of list) {
        const ev = this.#event(vevent, uid);
        if (ev && !cancelled(vevent)) events.push(ev);
      }
    }
    if (skipped) this.problems.push({ code: 'skipped', count: skipped });
    return events;
  }

  /** One VEVENT → a plain event (no recurrence yet). */
  #event(vevent: JCalComponent, uid: string, master?: CalendarEvent): CalendarEvent | undefined {
    const startProp = propOf(vevent, 'dtstart');
    const startTime = timesOf(startProp)[0];
    if (!startProp || !startTime) return master ? { ...master } : undefined;
    const allDay = startTime.isDate;
    const tzid = paramOf(startProp, 'tzid');
    const zone = allDay
      ? 'UTC'
      : isUtcTime(startTime)
        ? 'UTC'
        : this.zone(typeof tzid === 'string' ? tzid : undefined).name;
    const start = this.instant(startTime, startProp, allDay);
    let end: number | undefined;
    const endProp = propOf(vevent, 'dtend');
    const endTime = timesOf(endProp)[0];
    if (endProp && endTime && validDateValue(endProp)) end = this.instant(endTime, endProp, allDay);
    else {
      const durationProp = propOf(vevent, 'duration');
      const duration = durationProp && decorated(durationProp);
      if (duration instanceof ICAL.Duration) end = start + duration.toSeconds() * 1000;
    }
    if (end === undefined || !Number.isFinite(end)) end = allDay ? start + DAY_MS : start;
    if (end < start) end = allDay ? start + DAY_MS : start;
    if (!Number.isFinite(start)) return undefined;
    const geo = propOf(vevent, 'geo')?.[3];
    const geoValue =
      Array.isArray(geo) && geo.length === 2 && geo.every((x) => Number.isFinite(Number(x)))
        ? { lat: Number(geo[0]), lon: Number(geo[1]) }
        : undefined;
    const title = textOf(vevent, 'summary') ?? master?.title ?? '';
    const out: CalendarEvent = {
      id: uid,
      title,
      start,
      end,
      allDay,
      timeZone: zone,
      source: this.#options.source,
      ...pick('location', textOf(vevent, 'location') ?? master?.location),
      ...pick('description', textOf(vevent, 'description') ?? master?.description),
      ...pick('url', textOf(vevent, 'url') ?? master?.url),
      ...pick('category', this.#options.category),
      ...pick('contact', contactOf(vevent) ?? master?.contact),
      ...pick('geo', geoValue ?? master?.geo),
    };
    return out;
  }

  /** Adds recurrence (RRULE, RDATE, EXDATE, RECURRENCE-ID) to a master event. */
  #series(master: CalendarEvent, vevent: JCalComponent, overrideComponents: JCalComponent[]): CalendarEvent {
    const rules = allPropsOf(vevent, 'rrule')
      .map(decorated)
      .filter((r): r is Recur => r instanceof ICAL.Recur);
    const rdateProps = allPropsOf(vevent, 'rdate');
    if (!rules.length && !rdateProps.length && !overrideComponents.length) return master;
    const startProp = propOf(vevent, 'dtstart')!;
    const startTime = timesOf(startProp)[0]!;
    const tzid = paramOf(startProp, 'tzid');
    const zone: Zone | null = master.allDay
      ? null
      : isUtcTime(startTime)
        ? iana('UTC')
        : this.zone(typeof tzid === 'string' ? tzid : undefined);
    const toMs = (t: TimeLike, prop: Property): number =>
      master.allDay ? Date.UTC(t.year, t.month - 1, t.day) : t.isDate ? NaN : this.instant(t, prop, false);
    const rdates: number[] = [];
    for (const p of rdateProps) {
      for (const t of timesOf(p)) {
        const ms = toMs(t, p);
        if (Number.isFinite(ms)) rdates.push(ms);
      }
    }
    const exMs = new Set<number>();
    const exDays = new Set<DayKey>();
    for (const p of allPropsOf(vevent, 'exdate')) {
      for (const v of timesOf(p)) {
        // A floating EXDATE on a zoned series is a feed writing odd times: match it by date.
        const floatingOnZoned = !isUtcTime(v) && !paramOf(p, 'tzid') && (isUtcTime(startTime) || !!tzid);
        if (v.isDate || master.allDay || floatingOnZoned) exDays.add(dayOf(v));
        else exMs.add(this.instant(v, p, false));
      }
    }
    const byMs = new Map<number, CalendarEvent | null>();
    const byDay = new Map<DayKey, CalendarEvent | null>();
    const bySequence = new Map<string, number>();
    for (const o of overrideComponents) {
      const ridProp = propOf(o, 'recurrence-id');
      const rid = timesOf(ridProp)[0];
      if (!ridProp || !rid) continue;
      const key = master.allDay || rid.isDate ? dayOf(rid) : String(this.instant(rid, ridProp, false));
      if ((bySequence.get(key) ?? -1) > sequence(o)) continue;
      bySequence.set(key, sequence(o));
      const changed = cancelled(o) ? null : this.#event(o, master.id, master);
      const recurrenceId = master.allDay || rid.isDate ? dayStart(dayOf(rid)) : Number(key);
      const value = changed ? { ...changed, recurrenceId, rrule: master.rrule } : null;
      if (master.allDay || rid.isDate) byDay.set(dayOf(rid), value);
      else byMs.set(Number(key), value);
    }
    const changes = [
      ...[...byMs].map(([recurrenceId, e]) => ({ recurrenceId, event: e })),
      ...[...byDay].map(([day, e]) => ({ recurrenceId: dayStart(day), event: e })),
    ];
    const event: CalendarEvent = {
      ...master,
      ...(rules.length ? { rrule: rules.map((r) => r.toString()) } : {}),
      ...(rdates.length ? { rdates } : {}),
      ...(exMs.size ? { exdates: [...exMs] } : {}),
      ...(changes.length ? { changes } : {}),
    };
    const fixedOverrides = [...byMs.values(), ...byDay.values()]
      .filter((e): e is CalendarEvent => !!e)
      .map((e) => ({ ...e, rrule: event.rrule }));
    const result: CalendarEvent = { ...event, expand: (from, to) => expandSeries(spec, from, to) };
    const spec: SeriesSpec = {
      event: result,
      rules,
      wallStart: floating(wallOf(startTime), master.allDay),
      zone,
      rdates,
      exMs,
      exDays,
      byMs,
      byDay,
      overrides: fixedOverrides,
    };
    return result;
  }
}

const norm = (tzid: string): string => tzid.replace(/["\\]/g, '').trim();
const sequence = (c: JCalComponent): number => Number(propOf(c, 'sequence')?.[3] ?? 0) || 0;
const cancelled = (c: JCalComponent): boolean => scalar(propOf(c, 'status')?.[3]).toUpperCase() === 'CANCELLED';
const pick = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]: V });

function contactOf(vevent: JCalComponent): Contact | undefined {
  const contact = textOf(vevent, 'contact');
  const organizer = propOf(vevent, 'organizer');
  const cn = paramOf(organizer, 'cn');
  const mail = scalar(organizer?.[3])
    .replace(/^mailto:/i, '')
    .trim();
  const name = contact ?? (typeof cn === 'string' ? cn : undefined);
  const email = /^[^\s@]+@[^\s@]+$/.test(mail) ? mail : undefined;
  if (!name && !email) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
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
