/**
 * The directory's own shape of a place or service, after a source (inline config, JSON, CSV or
 * HSDS) has been read: every list present, every link checked, every phone parsed. Pure data.
 */
import type { LocalizedText } from '../../core/i18n/localize.js';

export const PHONE_KINDS = ['voice', 'whatsapp', 'sms'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

/** RRULE weekday codes, Monday first (ISO). */
export const DAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** A day token: `mo`, or with an RRULE ordinal `1sa` (first Saturday), `-1fr` (last Friday). */
export const DAY_TOKEN = /^(-?[1-5])?(mo|tu|we|th|fr|sa|su)$/;
/** `HH:MM` (24 h); `24:00` is allowed as a closing time. */
export const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

export interface PhoneEntry {
  readonly number: string;
  readonly kind: PhoneKind;
  readonly label?: LocalizedText;
  readonly extension?: string;
}

export interface HoursRule {
  /** Day tokens (see DAY_TOKEN). */
  readonly days: readonly string[];
  readonly opens: string;
  readonly closes: string;
  /** First and last day (ISO dates, inclusive) the rule applies. */
  readonly from?: string;
  readonly until?: string;
  /**
   * Every `interval` weeks (or months, by `freq`): a day counts only when its week (or calendar
   * month) is a whole number of intervals from the one holding `start` (else `from`). Without
   * either date the rule covers no day. Absent or 1 = every week/month.
   */
  readonly interval?: number;
  /** What `interval` counts: `weekly` (default) or `monthly`. */
  readonly freq?: 'weekly' | 'monthly';
  /** Anchor of `interval` (ISO date): its week or month is the first one counted. */
  readonly start?: string;
  /** First day of the week for `interval` weeks and `weeks` numbers: a day code, default `mo` (ISO 8601). */
  readonly weekStart?: string;
  /** Only in these weeks of the year (1–53; -1 = the last). Week 1 holds at least 4 days of the year (ISO 8601). */
  readonly weeks?: readonly number[];
  /** Only on these days of the month (1–31; -1 = the last day). */
  readonly monthDays?: readonly number[];
  /** Only on these days of the year (1–366; -1 = 31 December). */
  readonly yearDays?: readonly number[];
}

export interface Geo {
  readonly lat: number;
  readonly lon: number;
}

export interface Resource {
  readonly id: string;
  readonly name: LocalizedText;
  readonly categories: readonly string[];
  readonly description?: LocalizedText;
  /** An area id from `directory.areas`, or free text when the area is not listed. */
  readonly area?: string;
  readonly address?: LocalizedText;
  readonly phones: readonly PhoneEntry[];
  readonly email?: string;
  readonly website?: string;
  readonly hours: readonly HoursRule[];
  readonly hoursNote?: LocalizedText;
  /** IANA zone of the hours when it is not the site's. */
  readonly timeZone?: string;
  readonly cost?: LocalizedText;
  /** Free of charge (explicit, or read from a cost text starting with "free"/"gratis"). */
  readonly free?: boolean;
  /** Language codes (`id`, `jv`, `en`…). */
  readonly languages: readonly string[];
  readonly geo?: Geo;
  /** ISO date the details were last checked. */
  readonly lastVerified?: string;
  /** Extra search words (other names, abbreviations). */
  readonly keywords?: LocalizedText;
  /** Index of the source in `directory.sources`. */
  readonly source: number;
}

/** What every source reader produces before ids are made unique. */
export type ResourceInput = Omit<Resource, 'source'>;

const FREE_WORDS = /^\s*(?:free|gratis|tidak berbayar|tanpa biaya)\b/i;

/** Reads "free of charge" from an explicit flag or a cost text that starts with free/gratis. */
export function isFree(free: boolean | undefined, cost: LocalizedText | undefined): boolean | undefined {
  if (typeof free === 'boolean') return free;
  if (cost === undefined) return undefined;
  const texts = typeof cost === 'string' ? [cost] : Object.values(cost);
  return texts.some((t) => FREE_WORDS.test(t)) ? true : undefined;
}

/** A plain email address (nothing a `mailto:` link could read as extra headers: no `?`, `&`, `%`). */
export const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** Lower-case, accents removed: how categories and languages are compared. */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

/** A URL-safe id from a name (`Puskesmas Playen I` → `puskesmas-playen-i`). */
export function slug(value: string): string {
  return (
    fold(value)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'item'
  );
}

/** Makes ids unique across sources: a repeated id gets `~2`, `~3`… */
export function uniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}~${n}` };
  });
}

/** A valid latitude/longitude pair, or undefined (HSDS samples carry 100/101). */
export function geoOf(lat: unknown, lon: unknown): Geo | undefined {
  const la = typeof lat === 'string' ? Number(lat.replace(',', '.')) : lat;
  const lo = typeof lon === 'string' ? Number(lon.replace(',', '.')) : lon;
  if (typeof la !== 'number' || typeof lo !== 'number' || !Number.isFinite(la) || !Number.isFinite(lo))
    return undefined;
  if (Math.abs(la) > 90 || Math.abs(lo) > 180 || (la === 0 && lo === 0)) return undefined;
  return { lat: la, lon: lo };
}

/** Distance in km between two points (haversine): computed in the browser, never sent. */
export function distanceKm(a: Geo, b: Geo): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
