/**
 * `Intl` helpers only lazy chunks use (config checks, load-failure wording, feed parsing). Kept out
 * of `format.ts`, which every bundle carries: a module the crisis panel imports lands whole in its
 * bundle, used or not.
 */

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
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
