import { isTimeZone } from '../../core/i18n/intl-extra.js';
import type { WallClock } from '../../core/i18n/format.js';
import { wallClock, zonedToUtc } from './time.js';

/**
 * Time-zone names as feeds write them → IANA zones the browser knows. Outlook and Exchange write
 * Windows names, either the standard name (`SE Asia Standard Time`) or the display name
 * (`(UTC+07:00) Bangkok, Hanoi, Jakarta`); CalDAV servers prefix IANA names (`/citadel.org/…/Asia/Jakarta`).
 * Part of the lazy ICS chunk.
 */
const WINDOWS: readonly (readonly [RegExp, string])[] = [
  [/SE Asia Standard Time|Jakarta|Bangkok|Hanoi/i, 'Asia/Jakarta'],
  [/Singapore Standard Time|Kuala Lumpur|Singapore/i, 'Asia/Singapore'],
  [/W\. Australia Standard Time|Perth/i, 'Australia/Perth'],
  [/China Standard Time|Beijing|Chongqing|Hong Kong|Urumqi/i, 'Asia/Shanghai'],
  [/Taipei/i, 'Asia/Taipei'],
  [/Tokyo Standard Time|Osaka|Sapporo|Tokyo/i, 'Asia/Tokyo'],
  [/Korea Standard Time|Seoul/i, 'Asia/Seoul'],
  [/India Standard Time|Chennai|Kolkata|Mumbai|New Delhi/i, 'Asia/Kolkata'],
  [/Arabian Standard Time|Abu Dhabi|Muscat/i, 'Asia/Dubai'],
  [/Arab Standard Time|Kuwait|Riyadh/i, 'Asia/Riyadh'],
  [/AUS Eastern Standard Time|Canberra|Melbourne|Sydney/i, 'Australia/Sydney'],
  [/E\. Australia Standard Time|Brisbane/i, 'Australia/Brisbane'],
  [/New Zealand Standard Time|Auckland|Wellington/i, 'Pacific/Auckland'],
  [/W\. Europe Standard Time|Amsterdam|Berlin|Bern|Rome|Stockholm|Vienna/i, 'Europe/Berlin'],
  [/Romance Standard Time|Brussels|Copenhagen|Madrid|Paris/i, 'Europe/Paris'],
  [/Central Europe Standard Time|Belgrade|Bratislava|Budapest|Ljubljana|Prague/i, 'Europe/Budapest'],
  [/Central European Standard Time|Sarajevo|Skopje|Warsaw|Zagreb/i, 'Europe/Warsaw'],
  [/GMT Standard Time|Dublin|Edinburgh|Lisbon|London/i, 'Europe/London'],
  [/FLE Standard Time|Helsinki|Kyiv|Kiev|Riga|Sofia|Tallinn|Vilnius/i, 'Europe/Helsinki'],
  [/GTB Standard Time|Athens|Bucharest/i, 'Europe/Athens'],
  [/Russian Standard Time|Moscow/i, 'Europe/Moscow'],
  [/US Mountain Standard Time|Arizona/i, 'America/Phoenix'],
  [/Eastern Standard Time|Eastern Time \(US/i, 'America/New_York'],
  [/Central Standard Time|Central Time \(US/i, 'America/Chicago'],
  [/Mountain Standard Time|Mountain Time \(US/i, 'America/Denver'],
  [/Pacific Standard Time|Pacific Time \(US/i, 'America/Los_Angeles'],
  [/Hawaiian Standard Time|Hawaii/i, 'Pacific/Honolulu'],
  [/E\. South America Standard Time|Brasilia/i, 'America/Sao_Paulo'],
  [/South Africa Standard Time|Harare|Pretoria/i, 'Africa/Johannesburg'],
  [/Coordinated Universal Time|^UTC$|^GMT$|^Z$/i, 'UTC'],
];

const known = new Map<string, boolean>();
/** `isTimeZone`, remembered: building an Intl formatter for a zone costs milliseconds. */
export function knownZone(name: string): boolean {
  let ok = known.get(name);
  if (ok === undefined) known.set(name, (ok = isTimeZone(name)));
  return ok;
}

/** The IANA zone a feed's TZID stands for, or undefined. */
export function ianaZone(tzid: string): string | undefined {
  const name = tzid.replace(/["\\]/g, '').trim();
  if (!name) return undefined;
  if (/^(?:Z|UTC|GMT|Etc\/UTC|Etc\/GMT|UCT|Universal|Zulu)$/i.test(name)) return 'UTC';
  if (name.includes('/') && !name.startsWith('/') && knownZone(name)) return name;
  // `/citadel.org/20260108_1/Asia/Jakarta`, `/mozilla.org/20050126_1/Europe/Berlin`: the longest IANA suffix.
  const parts = name.split('/').filter(Boolean);
  for (let i = 0; i < parts.length - 1; i += 1) {
    const candidate = parts.slice(i).join('/');
    if (/^[A-Z][A-Za-z_-]+\/[A-Za-z_/+-]+$/.test(candidate) && knownZone(candidate)) return candidate;
  }
  for (const [pattern, zone] of WINDOWS) if (pattern.test(name)) return zone;
  return undefined;
}

/** A fixed offset (ms) written in the name: `(UTC+07:00) …`, `(GMT +01:00)`, `GMT+0700`. */
export function offsetInName(tzid: string): number | undefined {
  const m = /(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(tzid);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return (m[1] === '-' ? -minutes : minutes) * 60_000;
}

/** A wall clock ↔ instant converter for one zone. */
export interface Zone {
  /** IANA name when known (for display and export). */
  readonly name: string;
  toUtc(y: number, mo: number, d: number, h: number, mi: number, s: number): number;
  wall(ms: number): WallClock;
}

const ianaCache = new Map<string, Zone>();
export function iana(name: string): Zone {
  let z = ianaCache.get(name);
  if (!z) {
    z = {
      name,
      toUtc: (y, mo, d, h, mi, s) => zonedToUtc(y, mo, d, h, mi, s, name),
      wall: (ms) => wallClock(ms, name),
    };
    ianaCache.set(name, z);
  }
  return z;
}

export function fixed(offset: number, name: string): Zone {
  return {
    name,
    toUtc: (y, mo, d, h, mi, s) => Date.UTC(y, mo - 1, d, h, mi, s) - offset,
    wall: (ms) => wallClock(ms + offset, 'UTC'),
  };
}
