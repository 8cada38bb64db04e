/**
 * A recurrence rule in words: `FREQ=MONTHLY;BYDAY=2TU` → "Every second Tuesday of the month" /
 * "Setiap Selasa kedua setiap bulan". Rules too intricate for one sentence get a plain "Repeats".
 * The words come from the element's catalogs (`calendar.rule.*`, `calendar.nth.*`).
 */
export type RuleKey =
  | `calendar.rule.${'daily' | 'weekly' | 'monthlyDay' | 'monthlyNth' | 'yearly'}${'' | 'N'}`
  | 'calendar.rule.nthDay'
  | 'calendar.rule.until'
  | 'calendar.rule.count'
  | 'calendar.rule.other'
  | `calendar.nth.${'1' | '2' | '3' | '4' | '5' | '-1' | '-2'}`;

export interface RuleWords {
  readonly t: (key: RuleKey, params?: Readonly<Record<string, string | number>>) => string;
  /** BCP 47 tag for weekday and month names. */
  readonly locale: string;
  /** The first occurrence's wall-clock date (weekday 0 = Sunday). */
  readonly start: { readonly weekday: number; readonly day: number; readonly month: number };
  /** How to write the UNTIL date (an instant; date-only values are UTC midnight). */
  readonly formatUntil: (ms: number) => string;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Parses an RRULE value into upper-case parts (`{ FREQ: 'MONTHLY', BYDAY: '2TU' }`). */
export function ruleParts(rrule: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const pair of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [k, v] = pair.split('=');
    if (k && v !== undefined) parts[k.trim().toUpperCase()] = v.trim().toUpperCase();
  }
  return parts;
}

function weekdayName(index: number, locale: string): string {
  // 2024-01-07 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + index));
}

function list(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function untilMs(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return undefined;
  return Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

/** The rule in words, or undefined when `rrule` has no FREQ. */
export function describeRule(rrule: string, words: RuleWords): string | undefined {
  const p = ruleParts(rrule);
  const { locale, start } = words;
  // Interval 1 and n are separate messages: Indonesian has no singular plural form to pick.
  const t = (key: RuleKey, params?: Readonly<Record<string, string | number>>): string =>
    words.t(
      params &&
        'count' in params &&
        /^calendar\.rule\.(daily|weekly|monthlyDay|monthlyNth|yearly)$/.test(key) &&
        params.count !== 1
        ? (`${key}N` as RuleKey)
        : key,
      params,
    );
  const count = Math.max(1, Number(p.INTERVAL ?? 1) || 1);
  const known = new Set(['FREQ', 'INTERVAL', 'UNTIL', 'COUNT', 'WKST', 'BYDAY', 'BYMONTHDAY', 'BYMONTH']);
  if (!p.FREQ) return undefined;
  const intricate = Object.keys(p).some((k) => !known.has(k));
  const byday = p.BYDAY ? p.BYDAY.split(',') : [];
  const parsedDays = byday.map((d) => /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(d));
  let sentence: string | undefined;
  if (!intricate && parsedDays.every(Boolean)) {
    const days = parsedDays.map((m) => ({ nth: m?.[1] ? Number(m[1]) : undefined, day: DAYS.indexOf(m?.[2] ?? '') }));
    const plainDays = (ds: typeof days) =>
      list(
        ds.map((d) => weekdayName(d.day, locale)),
        locale,
      );
    switch (p.FREQ) {
      case 'DAILY':
        if (!byday.length && !p.BYMONTHDAY && !p.BYMONTH) sentence = t('calendar.rule.daily', { count });
        break;
      case 'WEEKLY':
        if (!p.BYMONTHDAY && !p.BYMONTH && days.every((d) => d.nth === undefined)) {
          sentence = t('calendar.rule.weekly', {
            count,
            days: plainDays(days.length ? days : [{ nth: undefined, day: start.weekday }]),
          });
        }
        break;
      case 'MONTHLY':
        if (p.BYMONTH) break;
        if (
          days.length &&
          !p.BYMONTHDAY &&
          days.every((d) => d.nth !== undefined && ['1', '2', '3', '4', '5', '-1', '-2'].includes(String(d.nth)))
        ) {
          const items = days.map((d) =>
            t('calendar.rule.nthDay', {
              nth: t(`calendar.nth.${String(d.nth)}` as RuleKey),
              weekday: weekdayName(d.day, locale),
            }),
          );
          sentence = t('calendar.rule.monthlyNth', { count, days: list(items, locale) });
        } else if (!days.length) {
          const monthDays = p.BYMONTHDAY ? p.BYMONTHDAY.split(',').map(Number) : [start.day];
          if (monthDays.every((d) => d >= 1 && d <= 31))
            sentence = t('calendar.rule.monthlyDay', { count, days: list(monthDays.map(String), locale) });
        }
        break;
      case 'YEARLY': {
        if (days.length) break;
        const month = p.BYMONTH ? Number(p.BYMONTH) : start.month;
        const day = p.BYMONTHDAY ? Number(p.BYMONTHDAY) : start.day;
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2024, month - 1, day),
          );
          sentence = t('calendar.rule.yearly', { count, date });
        }
        break;
      }
      default:
        break;
    }
  }
  if (!sentence) return t('calendar.rule.other');
  const until = p.UNTIL ? untilMs(p.UNTIL) : undefined;
  if (until !== undefined) sentence = t('calendar.rule.until', { rule: sentence, date: words.formatUntil(until) });
  else if (p.COUNT && Number(p.COUNT) > 0)
    sentence = t('calendar.rule.count', { rule: sentence, count: Number(p.COUNT) });
  return sentence;
}
