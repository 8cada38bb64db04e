/**
 * Opening hours written by people and by other systems: spreadsheet cells (`sen-kam 07.30-14.00`)
 * and HSDS schedules (RRULE parts). Used only by the CSV and HSDS readers (lazy chunks).
 */
import { addDays, daysBetween, hasCalendarFilters, isoDay, parseIsoDay, ruleApplies } from './hours.js';
import { DAY_CODES, type HoursRule } from './resource.js';

const HSDS_DAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i;

/** Parses a day list such as `mo-fr`, `sen-jum`, `mo,we,fr`, `1sa`, `-1fr`. */
export function parseDays(text: string): string[] | undefined {
  const out: string[] = [];
  for (const part of text
    .toLowerCase()
    .split(/[,\s]+/)
    .filter(Boolean)) {
    const range = /^([a-z]+)\s*[-–]\s*([a-z]+)$/.exec(part);
    if (range) {
      const a = dayIndex(range[1] ?? '');
      const b = dayIndex(range[2] ?? '');
      if (a === undefined || b === undefined) return undefined;
      for (let i = a; ; i = (i + 1) % 7) {
        out.push(DAY_CODES[i] as string);
        if (i === b) break;
      }
      continue;
    }
    const ordinal = /^(-?[1-5])?([a-z]+)$/.exec(part);
    const i = ordinal ? dayIndex(ordinal[2] ?? '') : undefined;
    if (i === undefined) return undefined;
    out.push(`${ordinal?.[1] ?? ''}${DAY_CODES[i]}`);
  }
  return out.length ? [...new Set(out)] : undefined;
}

/** English two-letter codes and names, and Indonesian names (`sen`, `senin`…). */
const DAY_NAMES: readonly (readonly string[])[] = [
  ['mo', 'mon', 'monday', 'sen', 'senin'],
  ['tu', 'tue', 'tuesday', 'sel', 'selasa'],
  ['we', 'wed', 'wednesday', 'rab', 'rabu'],
  ['th', 'thu', 'thursday', 'kam', 'kamis'],
  ['fr', 'fri', 'friday', 'jum', 'jumat'],
  ['sa', 'sat', 'saturday', 'sab', 'sabtu'],
  ['su', 'sun', 'sunday', 'min', 'minggu', 'ahad'],
];

function dayIndex(word: string): number | undefined {
  const i = DAY_NAMES.findIndex((names) => names.includes(word));
  return i >= 0 ? i : undefined;
}

/**
 * Parses a spreadsheet hours cell: `mo-fr 08:00-14:00; sa 08:00-12:00`, `sen-kam 07.30-14.00`,
 * `24/7`, `1sa 09:00-11:00` (first Saturday). Returns the rules and the parts it could not read.
 */
export function parseHoursText(text: string): { rules: HoursRule[]; rejected: string[] } {
  const rules: HoursRule[] = [];
  const rejected: string[] = [];
  for (const raw of text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/^(24\/7|24 jam|24 hours)$/i.test(raw)) {
      rules.push({ days: [...DAY_CODES], opens: '00:00', closes: '24:00' });
      continue;
    }
    const m = /^(.+?)\s+(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})$/.exec(raw);
    const days = m?.[1] ? parseDays(m[1]) : undefined;
    const opens = m ? `${m[2]?.padStart(2, '0')}:${m[3]}` : '';
    const closes = m ? `${m[4]?.padStart(2, '0')}:${m[5]}` : '';
    if (!days || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(opens) || !/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/.test(closes)) {
      rejected.push(raw);
      continue;
    }
    rules.push({ days, opens, closes });
  }
  return { rules, rejected };
}

/** HSDS 3 schedule (RRULE parts) → a rule, or undefined when it cannot be read (see readSchedule). */
export function hoursFromSchedule(s: Record<string, unknown>): HoursRule | undefined {
  return readSchedule(s).rule;
}

/** A schedule read: the rule, or why the schedule is left out (English, for the console). */
export type ScheduleRead =
  { readonly rule: HoursRule; readonly reason?: undefined } | { readonly rule?: undefined; readonly reason: string };

const FREQS = ['WEEKLY', 'MONTHLY', 'DAILY'] as const;
/** How far `count` occurrences are looked for (10 years). */
const COUNT_HORIZON_DAYS = 3653;
/** Windows up to this long are checked day by day when simplifying a rule. */
const SIMPLIFY_WINDOW_DAYS = 731;

/**
 * HSDS 3 schedule (RRULE parts) → a rule. WEEKLY `byday` → days (ordinals dropped); MONTHLY
 * `byday` keeps them (`2TU` = second Tuesday); no `byday` = every day. `interval` counts weeks
 * (from the `wkst` week holding `dtstart`, else `valid_from`) or months; `count` becomes an end
 * date (the day of the last occurrence); `byweekno`, `bymonthday`, `byyearday` (negative = from
 * the end) limit the days, whatever the `freq` — a day must pass every part given, as RFC 5545
 * readers such as python-dateutil do. With `interval` or `count` and no by-part at all, the rule
 * repeats on `dtstart`'s weekday (WEEKLY) or day of the month (MONTHLY), as in iCalendar.
 * A schedule this model cannot hold exactly (another `freq`, an unreadable part, `count` or
 * `interval` without a start date) is left out with a reason rather than shown with wrong hours.
 */
export function readSchedule(s: Record<string, unknown>): ScheduleRead {
  const opens = hsdsTime(s.opens_at);
  const closes = hsdsTime(s.closes_at);
  if (!opens || !closes) return { reason: 'opens_at/closes_at missing or not HH:MM' };
  const freqText = present(s.freq) ? String(s.freq).trim().toUpperCase() : 'WEEKLY';
  const freq = FREQS.find((f) => f === freqText);
  if (!freq) return { reason: `freq ${JSON.stringify(freqText.slice(0, 20))} is not supported (WEEKLY or MONTHLY)` };

  const byday = present(s.byday)
    ? (Array.isArray(s.byday) ? s.byday.map(String) : String(s.byday).split(',')).map((d) => d.trim()).filter(Boolean)
    : [];
  const bad = byday.find((d) => !HSDS_DAY.test(d));
  if (bad !== undefined) return { reason: `byday ${JSON.stringify(bad.slice(0, 20))} is not a day` };
  let days = byday.map((d) => d.toLowerCase().replace(/^\+/, ''));
  if (freq === 'WEEKLY') days = days.map((d) => d.replace(/^-?\d/, ''));
  if (freq === 'DAILY' || !days.length) days = [...DAY_CODES];

  const weeks = numbers(s.byweekno, 53, 'byweekno');
  if (typeof weeks === 'string') return { reason: weeks };
  const monthDays = numbers(s.bymonthday, 31, 'bymonthday');
  if (typeof monthDays === 'string') return { reason: monthDays };
  const yearDays = numbers(s.byyearday, 366, 'byyearday');
  if (typeof yearDays === 'string') return { reason: yearDays };
  const interval = present(s.interval) ? wholeNumber(s.interval) : 1;
  if (interval === undefined)
    return { reason: `interval ${JSON.stringify(String(s.interval).slice(0, 20))} is not a whole number from 1` };
  const count = present(s.count) ? wholeNumber(s.count) : undefined;
  if (present(s.count) && count === undefined)
    return { reason: `count ${JSON.stringify(String(s.count).slice(0, 20))} is not a whole number from 1` };
  if (interval > 1 && freq === 'DAILY') return { reason: 'interval with freq DAILY is not supported' };
  const anchor = isoDate(s.dtstart) ?? isoDate(s.valid_from);
  const anchorDay = parseIsoDay(anchor);
  if ((interval > 1 || count !== undefined) && !anchorDay)
    return { reason: `${interval > 1 ? 'interval' : 'count'} needs dtstart or valid_from` };
  const weekly = freq === 'WEEKLY' && interval > 1;
  let weekStart = 'mo';
  if ((weekly || weeks) && present(s.wkst)) {
    const code = String(s.wkst).trim().toLowerCase();
    if (!(DAY_CODES as readonly string[]).includes(code))
      return { reason: `wkst ${JSON.stringify(code.slice(0, 20))} is not a day` };
    weekStart = code;
  }
  let implied: number[] | undefined;
  if (anchorDay && (interval > 1 || count !== undefined) && !byday.length && !weeks && !monthDays && !yearDays) {
    // iCalendar: without by-parts, the rule repeats on dtstart's weekday (WEEKLY) or day of the month (MONTHLY).
    if (freq === 'WEEKLY') days = [DAY_CODES[anchorDay.weekday] as string];
    if (freq === 'MONTHLY') implied = [anchorDay.d];
  }

  const from = isoDate(s.valid_from) ?? isoDate(s.dtstart);
  let until = minIso(isoDate(s.valid_to), isoDate(s.until));
  // Without its dates first: `count` is counted from dtstart, whatever valid_from says.
  const pattern: HoursRule = {
    days: [...new Set(days)],
    opens,
    closes,
    ...(interval > 1 ? { interval, ...(freq === 'MONTHLY' ? { freq: 'monthly' as const } : {}), start: anchor } : {}),
    ...(weekStart !== 'mo' ? { weekStart } : {}),
    ...(weeks ? { weeks } : {}),
    ...((monthDays ?? implied) ? { monthDays: monthDays ?? implied } : {}),
    ...(yearDays ? { yearDays } : {}),
  };
  if (count !== undefined && anchorDay) {
    // The day of the count-th occurrence from dtstart (a dtstart the rule does not cover is not counted).
    let seen = 0;
    let last: string | undefined;
    for (let i = 0; i < COUNT_HORIZON_DAYS && seen < count; i += 1) {
      const day = addDays(anchorDay, i);
      const iso = isoDay(day);
      if (until && iso > until) break;
      if (ruleApplies(pattern, day)) {
        seen += 1;
        last = iso;
      }
    }
    if (seen === count) until = minIso(until, last);
    else if (!until || until > isoDay(addDays(anchorDay, COUNT_HORIZON_DAYS - 1)))
      return { reason: `count ${count} is not reached within 10 years of dtstart` };
  }
  const { days: ruleDays, opens: _o, closes: _c, ...filters } = pattern;
  return {
    rule: simplify({
      days: ruleDays,
      opens,
      closes,
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
      ...filters,
    }),
  };
}

const FILTERS: readonly (readonly (keyof HoursRule)[])[] = [
  ['interval', 'freq', 'start'],
  ['weeks'],
  ['monthDays'],
  ['yearDays'],
];

/**
 * Drops calendar filters that change no day inside the rule's own `from`–`until` window (checked
 * day by day, windows up to two years), so a rule is kept as plain as what it means.
 */
function simplify(rule: HoursRule): HoursRule {
  const from = parseIsoDay(rule.from);
  const until = parseIsoDay(rule.until);
  if (!from || !until || !hasCalendarFilters(rule)) return rule;
  const span = daysBetween(from, until);
  if (span < 0 || span >= SIMPLIFY_WINDOW_DAYS) return rule;
  const covered = (r: HoursRule): boolean[] =>
    Array.from({ length: span + 1 }, (_, i) => ruleApplies(r, addDays(from, i)));
  const target = covered(rule).join();
  let out = rule;
  for (const keys of FILTERS) {
    if (!keys.some((k) => out[k] !== undefined)) continue;
    const rest: Record<string, unknown> = { ...out };
    for (const k of keys) delete rest[k];
    const candidate = rest as unknown as HoursRule;
    if (covered(candidate).join() === target) out = candidate;
  }
  if (out.weekStart && !out.weeks && !out.interval) {
    const { weekStart: _ws, ...rest } = out;
    out = rest;
  }
  return out;
}

/** A value that is given: not undefined, null or an empty/blank string. */
const present = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && !v.trim());

/** A whole number ≥ 1 from a number or numeric string. */
function wholeNumber(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v.trim()) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** `"2,-1"`, `15` or `[2, -1]` → whole numbers 1…max or -max…-1; undefined when absent, a reason when unreadable. */
function numbers(v: unknown, max: number, name: string): number[] | undefined | string {
  if (!present(v)) return undefined;
  const parts = Array.isArray(v) ? v.map(String) : String(v).split(',');
  const out: number[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const n = /^[+-]?\d{1,3}$/.test(part) ? Number(part) : NaN;
    if (!Number.isInteger(n) || n === 0 || Math.abs(n) > max)
      return `${name} ${JSON.stringify(part.slice(0, 20))} is not a number from 1 to ${max} (or -1 to -${max})`;
    out.push(n);
  }
  return out.length ? [...new Set(out)] : undefined;
}

function hsdsTime(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?/.exec(v.trim());
  if (!m) return undefined;
  const t = `${m[1]?.padStart(2, '0')}:${m[2]}`;
  return /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/.test(t) ? t : undefined;
}

function isoDate(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
}

function minIso(a?: string, b?: string): string | undefined {
  return a && b ? (a < b ? a : b) : (a ?? b);
}

/** HSDS `timezone` (a UTC offset in hours) as an IANA zone: 7 → `Etc/GMT-7` (sign inverted by IANA). */
export function zoneFromOffset(offset: unknown): string | undefined {
  const n = typeof offset === 'string' ? (offset.trim() ? Number(offset) : NaN) : offset;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < -12 || n > 14) return undefined;
  return n === 0 ? 'Etc/UTC' : `Etc/GMT${n > 0 ? '-' : '+'}${Math.abs(n)}`;
}
