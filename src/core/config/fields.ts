import * as v from 'valibot';
import { base, safeUrl } from '../safe-url.js';
import { isTimeZone } from '../i18n/intl-extra.js';

/**
 * Field schemas shared by every section. Custom messages are catalog keys
 * (`core.issue.*`): `describeIssue` turns them into the visitor's language.
 */
export const MAX_TEXT = 20_000;
export const MAX_SHORT_TEXT = 500;
export const MAX_LIST = 5_000;

export const LocaleTag = v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'core.issue.locale'));

const textString = (max: number) =>
  v.pipe(v.string(), v.minLength(1, 'core.issue.empty'), v.maxLength(max, 'core.issue.tooLong'));

/** Human-readable text: a string, or `{ "id": "…", "en": "…" }` (any locale keys). */
export const Text = v.union([
  textString(MAX_TEXT),
  v.record(LocaleTag, v.pipe(v.string(), v.maxLength(MAX_TEXT, 'core.issue.tooLong'))),
]);
/** Short text (names, labels). */
export const ShortText = v.union([
  textString(MAX_SHORT_TEXT),
  v.record(LocaleTag, v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT, 'core.issue.tooLong'))),
]);

/** A link shown to visitors: only safe protocols (see safe-url.ts). */
export const Link = v.pipe(
  v.string(),
  v.maxLength(2_000, 'core.issue.tooLong'),
  v.check((s) => safeUrl(s) !== undefined, 'core.issue.link'),
);
/**
 * Where the quick exit goes: an `https:`/`http:` address of another page. `#`, `tel:` and
 * `mailto:` would leave this page on screen (a fragment of it, or this page under a dialler),
 * so they are config errors. The pattern (published in the JSON Schema, so editors flag it too)
 * (no flags: JSON Schema patterns have none) refuses another scheme, a fragment and an empty value; the check also refuses an address
 * that resolves to this very page (`?x`, `./`, its own URL).
 */
export const ExitUrl = v.pipe(
  v.string(),
  v.maxLength(2_000, 'core.issue.tooLong'),
  v.regex(/^\s*(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|(?![A-Za-z][A-Za-z\d+.-]*:|#|\s*$))/, 'core.issue.exitUrl'),
  v.check((s: string) => {
    try {
      const url = new URL(s.trim(), base());
      const page = new URL(base());
      return /^https?:$/.test(url.protocol) && !(url.origin === page.origin && url.pathname === page.pathname);
    } catch {
      return false;
    }
  }, 'core.issue.exitUrl'),
);

/** True when `raw` resolves to an `http:` or `https:` URL that can be fetched (relative: against the page). */
export function isFetchableUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || !raw.trim()) return false;
  try {
    const url = new URL(raw.trim(), base());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A URL the browser fetches (absolute or relative to the page; http or https). */
export const FetchUrl = v.pipe(
  v.string(),
  v.maxLength(2_000, 'core.issue.tooLong'),
  v.check((s: string) => isFetchableUrl(s), 'core.issue.url'),
);

export const Phone = v.pipe(
  v.string(),
  v.maxLength(40, 'core.issue.tooLong'),
  v.regex(/^\+?[\d\s().\-/]*\d[\d\s().\-/]*$/, 'core.issue.invalid'),
);
export const Email = v.pipe(v.string(), v.maxLength(254, 'core.issue.tooLong'), v.email('core.issue.invalid'));
export const Id = v.pipe(v.string(), v.minLength(1, 'core.issue.empty'), v.maxLength(200, 'core.issue.tooLong'));
export const TimeZone = v.pipe(v.string(), v.check(isTimeZone, 'core.issue.timeZone'));
/** An ISO date `YYYY-MM-DD`. */
/** A point on the map (WGS 84 degrees). */
export const Geo = v.object({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
});

export const IsoDate = v.pipe(v.string(), v.isoDate('core.issue.invalid'));

export const PluralMessage = v.object({
  zero: v.optional(v.string()),
  one: v.optional(v.string()),
  few: v.optional(v.string()),
  other: v.string(),
});
export const MessageValue = v.union([v.pipe(v.string(), v.maxLength(MAX_TEXT, 'core.issue.tooLong')), PluralMessage]);

export const list = <T extends v.GenericSchema>(item: T, max = MAX_LIST) =>
  v.pipe(v.array(item), v.maxLength(max, 'core.issue.tooMany'));
