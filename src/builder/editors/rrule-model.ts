/**
 * The repeat editor's model: an RRULE value (the `Rrule` schema of calendar/schema.ts) as the
 * choices a person makes, and back. Only rules the choices can show exactly are read; any other
 * (BYSETPOS, BYHOUR, several BYMONTHDAY, WKST, …) gives `undefined` and the editor keeps it as
 * written. Pure; no DOM.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Freq = (typeof FREQS)[number];
/** 1st–4th and the last weekday of the month. */
export const NTHS = [1, 2, 3, 4, -1] as const;
export type Nth = (typeof NTHS)[number];

export interface RepeatChoice {
  readonly freq: Freq | 'none';
  /** Every `interval` days / weeks / months / years (1 or more). */
  readonly interval: number;
  /** WEEKLY: the days; none = the weekday the event starts. */
  readonly days: readonly Weekday[];
  /** MONTHLY: on a date (`BYMONTHDAY`) or on a numbered weekday (`BYDAY=2TU`). */
  readonly monthly: 'day' | 'nth';
  /** MONTHLY by date: 1–31; undefined = the date the event starts. */
  readonly monthDay?: number;
  readonly nth: Nth;
  readonly nthDay: Weekday;
  readonly end: 'never' | 'until' | 'count';
  /** `UNTIL` as written (`20261231` or `20261231T235959Z`); a date picked here is written `YYYYMMDD`. */
  readonly until: string;
  readonly count: number;
}

export const NO_REPEAT: RepeatChoice = {
  freq: 'none',
  interval: 1,
  days: [],
  monthly: 'day',
  nth: 1,
  nthDay: 'TU',
  end: 'never',
  until: '',
  count: 10,
};

const KNOWN = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT']);
const POSITIVE = /^[1-9]\d{0,3}$/;
const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/;

/**
 * The choices that write `rrule` back (undefined or '' → no repeat), or undefined when the choices
 * cannot show it exactly.
 */
export function choiceOf(rrule: string | undefined): RepeatChoice | undefined {
  if (rrule === undefined || rrule.trim() === '') return NO_REPEAT;
  const parts = new Map<string, string>();
  for (const pair of rrule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const m = /^([A-Za-z]+)=([^;=\s]+)$/.exec(pair);
    if (!m) return undefined;
    const key = m[1]!.toUpperCase();
    if (!KNOWN.has(key) || parts.has(key)) return undefined;
    parts.set(key, m[2]!.toUpperCase());
  }
  const freq = parts.get('FREQ') as Freq | undefined;
  if (!freq || !FREQS.includes(freq)) return undefined;
  let c: RepeatChoice = { ...NO_REPEAT, freq };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) {
    if (!POSITIVE.test(interval)) return undefined;
    c = { ...c, interval: Number(interval) };
  }
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until !== undefined && count !== undefined) return undefined;
  if (until !== undefined) {
    if (!UNTIL.test(until)) return undefined;
    c = { ...c, end: 'until', until };
  }
  if (count !== undefined) {
    if (!POSITIVE.test(count)) return undefined;
    c = { ...c, end: 'count', count: Number(count) };
  }
  const byday = parts.get('BYDAY');
  const bymonthday = parts.get('BYMONTHDAY');
  switch (freq) {
    case 'DAILY':
    case 'YEARLY':
      return byday === undefined && bymonthday === undefined ? c : undefined;
    case 'WEEKLY': {
      if (bymonthday !== undefined) return undefined;
      const days = byday === undefined ? [] : byday.split(',');
      if (!days.every((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d))) return undefined;
      if (new Set(days).size !== days.length) return undefined;
      // Nothing is written until the owner changes a choice; then the days go in week order.
      return { ...c, days: WEEKDAYS.filter((d) => days.includes(d)) };
    }
    case 'MONTHLY': {
      if (byday !== undefined && bymonthday !== undefined) return undefined;
      if (bymonthday !== undefined) {
        if (!/^(?:[1-9]|[12]\d|3[01])$/.test(bymonthday)) return undefined;
        return { ...c, monthly: 'day', monthDay: Number(bymonthday) };
      }
      if (byday !== undefined) {
        const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
        if (!m) return undefined;
        return { ...c, monthly: 'nth', nth: Number(m[1]) as Nth, nthDay: m[2] as Weekday };
      }
      return { ...c, monthly: 'day' };
    }
  }
}

/** `2026-12-31` → `20261231`. */
export const untilOfDate = (date: string): string => date.replaceAll('-', '');
/** `20261231` or `20261231T235959Z` → `2026-12-31` ('' when not a date). */
export function dateOfUntil(until: string): string {
  const m = UNTIL.exec(until);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

/**
 * The RRULE the choices say (FREQ, INTERVAL, COUNT or UNTIL, then BYDAY or BYMONTHDAY: the order
 * of RFC 5545's examples), or undefined for no repeat.
 */
export function ruleOf(c: RepeatChoice): string | undefined {
  if (c.freq === 'none') return undefined;
  const parts = [`FREQ=${c.freq}`];
  if (c.interval > 1) parts.push(`INTERVAL=${c.interval}`);
  if (c.end === 'until' && c.until) parts.push(`UNTIL=${c.until}`);
  if (c.end === 'count') parts.push(`COUNT=${c.count}`);
  if (c.freq === 'WEEKLY' && c.days.length) parts.push(`BYDAY=${WEEKDAYS.filter((d) => c.days.includes(d)).join(',')}`);
  if (c.freq === 'MONTHLY') {
    if (c.monthly === 'nth') parts.push(`BYDAY=${c.nth}${c.nthDay}`);
    else if (c.monthDay !== undefined) parts.push(`BYMONTHDAY=${c.monthDay}`);
  }
  return parts.join(';');
}

/** True when the rule's words depend on the event's start (no day or date of its own). */
export function needsStart(c: RepeatChoice): boolean {
  return (
    c.freq === 'YEARLY' ||
    (c.freq === 'WEEKLY' && c.days.length === 0) ||
    (c.freq === 'MONTHLY' && c.monthly === 'day' && c.monthDay === undefined)
  );
}

/** The event's first day, as the rule's words and first choices need it. */
export interface StartDay {
  /** 0 = Sunday, as rrule-text.ts counts. */
  readonly weekday: number;
  readonly day: number;
  readonly month: number;
  /** The start's weekday code and its place in the month (1–4, or -1 for a 5th: the last). */
  readonly code: Weekday;
  readonly nth: Nth;
}

/** `2026-01-13T09:00` (an event's `start`) → Tuesday the 13th, the 2nd Tuesday; undefined when not a date. */
export function startDay(start: unknown): StartDay | undefined {
  const m = typeof start === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(start) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const weekday = date.getUTCDay();
  const place = Math.ceil(day / 7);
  return {
    weekday,
    day,
    month,
    code: WEEKDAYS[(weekday + 6) % 7]!,
    nth: place <= 4 ? (place as Nth) : -1,
  };
}
