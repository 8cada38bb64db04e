/**
 * Opening hours written by people and by other systems: spreadsheet cells (`sen-kam 07.30-14.00`)
 * and HSDS schedules (RRULE parts). Used only by the CSV and HSDS readers (lazy chunks).
 */
import { DAY_CODES, type HoursRule } from './resource.js';

const HSDS_DAY = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i;

/** Parses a day list such as `mo-fr`, `sen-jum`, `mo,we,fr`, `1sa`, `-1fr`. */
export function parseDays(text: string): string[] | undefined {
  const out: string[] = [];
  for (const part of text.toLowerCase().split(/[,\s]+/).filter(Boolean)) {
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
  for (const raw of text.split(';').map((s) => s.trim()).filter(Boolean)) {
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

/** HSDS 3 schedule (RRULE parts) → rules. Monthly `byday` keeps its ordinals (`1SA`). */
export function hoursFromSchedule(s: Record<string, unknown>): HoursRule | undefined {
  const opens = hsdsTime(s.opens_at);
  const closes = hsdsTime(s.closes_at);
  if (!opens || !closes) return undefined;
  const freq = typeof s.freq === 'string' ? s.freq.toUpperCase() : 'WEEKLY';
  const byday = typeof s.byday === 'string' ? s.byday.split(',').map((d) => d.trim()).filter(Boolean) : [];
  let days = byday.filter((d) => HSDS_DAY.test(d)).map((d) => d.toLowerCase());
  if (freq === 'WEEKLY') days = days.map((d) => d.replace(/^-?\d/, ''));
  if (freq === 'DAILY' || !days.length) days = freq === 'DAILY' || !byday.length ? [...DAY_CODES] : days;
  const from = isoDate(s.valid_from) ?? isoDate(s.dtstart);
  const until = minIso(isoDate(s.valid_to), isoDate(s.until));
  return { days: [...new Set(days)], opens, closes, ...(from ? { from } : {}), ...(until ? { until } : {}) };
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
  const n = typeof offset === 'string' ? Number(offset) : offset;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < -12 || n > 14) return undefined;
  return n === 0 ? 'Etc/UTC' : `Etc/GMT${n > 0 ? '-' : '+'}${Math.abs(n)}`;
}
