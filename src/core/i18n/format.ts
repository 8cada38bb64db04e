/**
 * Dates and times through `Intl`, always in the site's time zone. Every bundle carries this module;
 * helpers only the lazy chunks need are in `intl-extra.ts`, so that they stay out of it.
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

export function formatDate(date: Date, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return dateFormat(locale, timeZone, options).format(date);
}
