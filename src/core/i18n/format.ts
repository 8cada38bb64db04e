/**
 * Dates and times through `Intl`, always in the site's time zone. Every bundle carries this module;
 * helpers only the lazy chunks need are in `intl-extra.ts`, so that they stay out of it.
 *
 * Wall-clock time in a zone (`wallClock`) is what a clock on the wall there shows at an instant:
 * through `Intl` with the IANA zone (one cached formatter per zone), so daylight-saving rules come
 * from the browser's own time-zone data. The calendar and the directory's opening hours share it.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`; an unknown locale falls back to Indonesian. */
export function dateFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    } catch {
      f = new Intl.DateTimeFormat('id', { timeZone: DEFAULT_TIME_ZONE, ...options });
    }
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(
  date: Date,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return dateFormat(locale, timeZone, options).format(date);
}

export type WallClock = [year: number, month: number, day: number, hour: number, minute: number, second: number];

const formats = new Map<string, Intl.DateTimeFormat>();
const FIELDS: readonly string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** Wall-clock fields `[year, month (1-12), day, hour (0-23), minute, second]` of an instant (epoch ms) in a zone. */
export function wallClock(ms: number, timeZone: string): WallClock {
  if (timeZone === 'UTC') {
    const d = new Date(ms);
    return [
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
    ];
  }
  let f = formats.get(timeZone);
  if (!f)
    formats.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })),
    );
  const out: WallClock = [0, 0, 0, 0, 0, 0];
  for (const p of f.formatToParts(ms)) {
    const i = FIELDS.indexOf(p.type);
    if (i >= 0) out[i] = Number(p.value);
  }
  return out;
}
