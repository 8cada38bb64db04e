/**
 * Opening hours: "open now" in a time zone, "closed, opens at 08:00" versus "closed today",
 * hours that run past midnight, and the week in words. Pure; the clock is always passed in.
 */
import { wallClock } from '../../core/i18n/format.js';
import { DAY_CODES, DAY_TOKEN, type DayCode, type HoursRule } from './resource.js';

/** A calendar day in some zone, with its ISO weekday (0 = Monday). */
export interface LocalDay {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly weekday: number;
}

export interface LocalTime extends LocalDay {
  /** Minutes since local midnight. */
  readonly minutes: number;
}

/** The last answer of `localTime`: every card of a list asks for the same instant and zone. */
let recent: { ms: number; timeZone: string; at: LocalTime } | undefined;

/** The wall-clock date and time at `date` in `timeZone`. */
export function localTime(date: Date, timeZone: string): LocalTime {
  const ms = date.getTime();
  if (recent?.ms === ms && recent.timeZone === timeZone) return recent.at;
  const [y, m, d, hour, minute] = wallClock(ms, timeZone);
  // addDays(…, 0) gives the day its weekday.
  const at = { ...addDays({ y, m, d, weekday: 0 }, 0), minutes: (hour % 24) * 60 + minute };
  recent = { ms, timeZone, at };
  return at;
}

/** The day `n` days after `day` (calendar arithmetic, no zone involved). */
export function addDays(day: LocalDay, n: number): LocalDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: (t.getUTCDay() + 6) % 7 };
}

export const isoDay = (day: LocalDay): string =>
  `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;

/** `08:30` → 510; `24:00` → 1440. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** 510 → `08:30`. */
export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function daysInMonth(day: LocalDay): number {
  return new Date(Date.UTC(day.y, day.m, 0)).getUTCDate();
}

/** Whether a day token (`mo`, `1sa`, `-1fr`) falls on `day`. */
export function tokenMatches(token: string, day: LocalDay): boolean {
  const m = DAY_TOKEN.exec(token.toLowerCase());
  if (!m || DAY_CODES.indexOf(m[2] as DayCode) !== day.weekday) return false;
  if (!m[1]) return true;
  const n = Number(m[1]);
  return n > 0 ? Math.ceil(day.d / 7) === n : Math.ceil((daysInMonth(day) - day.d + 1) / 7) === -n;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (calendar arithmetic, no zone involved). */
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** Whole days from `a` to `b` (negative when `b` comes first). */
export const daysBetween = (a: LocalDay, b: LocalDay): number => dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d);

/** `2026-01-07` → the day, or undefined. */
export function parseIsoDay(iso: string | undefined): LocalDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return undefined;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: (t.getUTCDay() + 6) % 7 };
}

/** The first day (as a day number) of the week holding `day`, weeks starting on weekday `ws`. */
const weekStartOf = (day: LocalDay, ws: number): number =>
  dayNumber(day.y, day.m, day.d) - ((day.weekday - ws + 7) % 7);

/**
 * The week number of `day` and how many weeks its year has (RFC 5545 BYWEEKNO; ISO 8601 when
 * weeks start on Monday): a week belongs to the year holding its fourth day.
 */
export function weekNumber(day: LocalDay, ws = 0): { week: number; weeks: number } {
  const fourth = weekStartOf(day, ws) + 3;
  const y = new Date(fourth * DAY_MS).getUTCFullYear();
  const jan1 = dayNumber(y, 1, 1);
  // The week holding 28 December is always the last of its year.
  const dec28 = dayNumber(y, 12, 28);
  const lastFourth = dec28 - ((((new Date(dec28 * DAY_MS).getUTCDay() + 6) % 7) - ws + 7) % 7) + 3;
  return { week: Math.floor((fourth - jan1) / 7) + 1, weeks: Math.floor((lastFourth - jan1) / 7) + 1 };
}

/** `n` counted from the start (1 = first) or, when negative, from the end (-1 = last) of `size`. */
const nth = (n: number, index: number, size: number): boolean => (n > 0 ? index === n : size - index + 1 === -n);

/** Whether `day` falls in a counted week or month of the rule's `interval`. */
function inInterval(rule: HoursRule, day: LocalDay): boolean {
  const n = rule.interval ?? 1;
  if (n <= 1) return true;
  const anchor = parseIsoDay(rule.start ?? rule.from);
  if (!anchor) return false;
  let k: number;
  if (rule.freq === 'monthly') k = day.y * 12 + day.m - (anchor.y * 12 + anchor.m);
  else {
    const ws = Math.max(0, DAY_CODES.indexOf((rule.weekStart ?? 'mo') as DayCode));
    k = (weekStartOf(day, ws) - weekStartOf(anchor, ws)) / 7;
  }
  return ((k % n) + n) % n === 0;
}

/** Whether the rule's calendar filters (`interval`, `weeks`, `monthDays`, `yearDays`) let `day` through. */
function calendarAllows(rule: HoursRule, day: LocalDay): boolean {
  if (rule.monthDays?.length && !rule.monthDays.some((n) => nth(n, day.d, daysInMonth(day)))) return false;
  if (rule.yearDays?.length) {
    const doy = dayNumber(day.y, day.m, day.d) - dayNumber(day.y, 1, 1) + 1;
    const size = dayNumber(day.y + 1, 1, 1) - dayNumber(day.y, 1, 1);
    if (!rule.yearDays.some((n) => nth(n, doy, size))) return false;
  }
  if (rule.weeks?.length) {
    const { week, weeks } = weekNumber(day, Math.max(0, DAY_CODES.indexOf((rule.weekStart ?? 'mo') as DayCode)));
    if (!rule.weeks.some((n) => nth(n, week, weeks))) return false;
  }
  return inInterval(rule, day);
}

/** Whether a rule has any calendar filter beyond weekdays and dates. */
export const hasCalendarFilters = (rule: HoursRule): boolean =>
  (rule.interval ?? 1) > 1 || !!rule.weeks?.length || !!rule.monthDays?.length || !!rule.yearDays?.length;

/** Whether a rule applies on `day`: its validity dates, its weekdays, and its calendar filters. */
export function ruleApplies(rule: HoursRule, day: LocalDay): boolean {
  const iso = isoDay(day);
  if ((rule.from && iso < rule.from) || (rule.until && iso > rule.until)) return false;
  return rule.days.some((t) => tokenMatches(t, day)) && calendarAllows(rule, day);
}

/** [start, end) minutes of a rule starting on its own day; end > 1440 runs past midnight. */
function span(rule: HoursRule): [number, number] {
  const a = minutesOf(rule.opens);
  let b = minutesOf(rule.closes);
  if (b <= a) b += 1440; // 20:00–02:00, and 00:00–00:00 = round the clock
  return [a, b];
}

/** Open intervals on `day` in minutes since its midnight, including spill-over from the day before. */
export function intervalsOn(rules: readonly HoursRule[], day: LocalDay): [number, number][] {
  const out: [number, number][] = [];
  const yesterday = addDays(day, -1);
  for (const rule of rules) {
    const [a, b] = span(rule);
    if (ruleApplies(rule, day)) out.push([a, Math.min(b, 1440)]);
    if (b > 1440 && ruleApplies(rule, yesterday)) out.push([0, b - 1440]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** The rules' own intervals on `day` as written (`20:00–02:00` stays one interval), for display. */
export function writtenOn(rules: readonly HoursRule[], day: LocalDay): { opens: string; closes: string }[] {
  return rules
    .filter((r) => ruleApplies(r, day))
    .map((r) => ({ opens: r.opens, closes: r.closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
}

export type OpenStatus =
  | { readonly state: 'unknown' }
  /** Open; closes at `closes` `closesInDays` days from today (0 = today); `always` = round the clock. */
  | { readonly state: 'open'; readonly closes?: string; readonly closesInDays?: number; readonly always?: boolean }
  /** Closed now, opens later today. */
  | { readonly state: 'opens-later'; readonly opens: string }
  /** Closed for the rest of today; `next` is the next opening (`inDays` ≥ 1). */
  | {
      readonly state: 'closed-today';
      readonly next?: { readonly inDays: number; readonly weekday: number; readonly opens: string };
    };

const LOOKAHEAD_DAYS = 35;
/** For rules with calendar filters: the longest gap between two Friday-the-13ths (14 months). */
const LONG_LOOKAHEAD_DAYS = 430;

/** Whether a resource is open at `now` in `timeZone` (fast path for the filter). */
export function isOpenAt(rules: readonly HoursRule[], now: LocalTime): boolean {
  if (!rules.length) return false;
  return intervalsOn(rules, now).some(([a, b]) => now.minutes >= a && now.minutes < b);
}

/** The status in words-to-be: open until…, opens later today at…, closed today (next opening). */
export function openStatus(rules: readonly HoursRule[], now: LocalTime): OpenStatus {
  if (!rules.length) return { state: 'unknown' };
  const today = intervalsOn(rules, now);
  const current = today.find(([a, b]) => now.minutes >= a && now.minutes < b);
  if (current) {
    // Follow the open block through touching intervals, across midnight, up to a week.
    let end = current[1];
    let dayOffset = 0;
    let day: LocalDay = now;
    let intervals = today;
    for (let guard = 0; guard < 8 * 48; guard += 1) {
      const next = intervals.find(([a, b]) => a <= end && b > end);
      if (next) {
        end = next[1];
        continue;
      }
      if (end < 1440) break;
      dayOffset += 1;
      if (dayOffset > 7) return { state: 'open', always: true };
      day = addDays(day, 1);
      intervals = intervalsOn(rules, day);
      end = 0;
      const first = intervals.find(([a]) => a === 0);
      if (!first) break;
      end = first[1];
    }
    return { state: 'open', closes: timeOf(end), closesInDays: dayOffset };
  }
  const later = today.find(([a]) => a > now.minutes);
  if (later) return { state: 'opens-later', opens: timeOf(later[0]) };
  const lookahead = rules.some(hasCalendarFilters) ? LONG_LOOKAHEAD_DAYS : LOOKAHEAD_DAYS;
  // Past the last `until` of every rule nothing opens again.
  const last = rules.every((r) => r.until)
    ? rules.reduce((a, r) => ((r.until ?? '') > a ? (r.until ?? '') : a), '')
    : undefined;
  for (let n = 1; n <= lookahead; n += 1) {
    const day = addDays(now, n);
    if (last !== undefined && isoDay(addDays(day, -1)) > last) break;
    const first = intervalsOn(rules, day)[0];
    if (first) return { state: 'closed-today', next: { inDays: n, weekday: day.weekday, opens: timeOf(first[0]) } };
  }
  // No rule applies in the coming weeks (all expired, or none valid yet): we do not know.
  return { state: 'unknown' };
}

/** The seven days of the week containing `now` (Monday first), each with its written hours. */
export function weekOf(
  rules: readonly HoursRule[],
  now: LocalDay,
): { day: LocalDay; hours: { opens: string; closes: string }[]; today: boolean }[] {
  const monday = addDays(now, -now.weekday);
  return DAY_CODES.map((_code, i) => {
    const day = addDays(monday, i);
    return { day, hours: writtenOn(rules, day), today: i === now.weekday };
  });
}
