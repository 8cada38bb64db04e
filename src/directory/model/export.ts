/**
 * The shown list as a spreadsheet (CSV) in the template's columns, so a team can check it or
 * start its own sheet from it: a lazy chunk, loaded when a visitor asks for the download. Every
 * cell goes through `csvCell` (a leading `=`, `+`, `-` or `@` can never become a formula). Pure.
 */
import { resolveText, type LocalizedText } from '../../core/i18n/localize.js';
import { CSV_COLUMNS, LOCALIZED, type CsvColumn, type LocalizedColumn } from './csv-columns.js';
import { toCsv } from './csv-write.js';
import type { HoursRule, PhoneEntry, PhoneKind, Resource } from './resource.js';

/** Every column of the template, in its order. */
const COLUMNS = Object.keys(CSV_COLUMNS) as CsvColumn[];
/** The field of each column whose text may be in several languages (the plain column is the site's, `name_en` etc. the others). */
const FIELD = {
  name: 'name',
  description: 'description',
  address: 'address',
  hours_note: 'hoursNote',
  cost: 'cost',
  keywords: 'keywords',
} as const satisfies Record<LocalizedColumn, keyof Resource>;

/** The languages other than the site's that any localised text of the list is written in. */
function otherLanguages(resources: readonly Resource[], locale: string): string[] {
  const found = new Set<string>();
  for (const r of resources)
    for (const key of Object.values(FIELD)) {
      const value = r[key];
      if (value && typeof value === 'object') for (const l of Object.keys(value)) if (l !== locale) found.add(l);
    }
  return [...found].sort();
}

/** The value of one language only (no fallback): a `name_en` column stays empty when there is no English. */
const only = (value: LocalizedText | undefined, locale: string): string =>
  value === undefined ? '' : typeof value === 'string' ? '' : (value[locale] ?? '');

const phonesOf = (
  phones: readonly PhoneEntry[],
  kind: PhoneKind,
  text: (v: LocalizedText | undefined) => string,
): string =>
  phones
    .filter((p) => p.kind === kind)
    .map(
      (p) =>
        `${p.label !== undefined ? `${text(p.label)}: ` : ''}${p.number}${p.extension ? ` ext ${p.extension}` : ''}`,
    )
    .join('; ');

/** Whether a rule can be written in the sheet's hours syntax (days and times only). */
const plain = (rule: HoursRule): boolean =>
  Object.keys(rule).every((k) => k === 'days' || k === 'opens' || k === 'closes');

/** `mo,tu,we 08:00-14:00; 1sa 09:00-11:00`; rules bound to dates or calendar weeks are left out. */
const hoursOf = (rules: readonly HoursRule[]): string =>
  rules
    .filter(plain)
    .map((r) => `${r.days.join(',')} ${r.opens}-${r.closes}`)
    .join('; ');

/** The resources as CSV text; plain text columns are in `locale` (the site's language). */
export function resourcesToCsv(resources: readonly Resource[], locale: string): string {
  const text = (value: LocalizedText | undefined) => resolveText(value, locale, ['id', 'en']);
  const others = otherLanguages(resources, locale);
  const extra = others.flatMap((l) => LOCALIZED.map((c) => ({ header: `${c}_${l}`, key: FIELD[c], locale: l })));
  const rows = resources.map((r) => {
    const cells: Record<CsvColumn, string> = {
      id: r.id,
      name: text(r.name),
      categories: r.categories.join('; '),
      description: text(r.description),
      area: r.area ?? '',
      address: text(r.address),
      lat: r.geo ? String(r.geo.lat) : '',
      lon: r.geo ? String(r.geo.lon) : '',
      phone: phonesOf(r.phones, 'voice', text),
      whatsapp: phonesOf(r.phones, 'whatsapp', text),
      sms: phonesOf(r.phones, 'sms', text),
      email: r.email ?? '',
      website: r.website ?? '',
      hours: hoursOf(r.hours),
      hours_note: text(r.hoursNote),
      time_zone: r.timeZone ?? '',
      cost: text(r.cost),
      free: r.free === undefined ? '' : r.free ? 'yes' : 'no',
      languages: r.languages.join('; '),
      last_verified: r.lastVerified ?? '',
      keywords: text(r.keywords),
    };
    return [...COLUMNS.map((c) => cells[c]), ...extra.map((e) => only(r[e.key], e.locale))];
  });
  return toCsv([[...COLUMNS, ...extra.map((e) => e.header)], ...rows]);
}
