/** Dates, times and numbers through `Intl`, always in the site's time zone. */
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

export function formatDate(date: Date, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return dateFormat(locale, timeZone, options).format(date);
}

/** True for an IANA zone name this browser knows. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A byte count for people: `2.1 MB`. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
