/**
 * Open Referral HSDS 3 JSON → resources (a lazy chunk: loaded only for `type: "hsds"` sources).
 *
 * Accepts a service (`service_full`), a page of services (`{ contents: [...] }`), a list, an
 * organization with `services`, or service-at-location objects. A service offered at several
 * locations becomes one resource per location (address, map point and hours differ).
 * Schedules are RRULE parts: WEEKLY `byday` → days; MONTHLY `byday` keeps its ordinal
 * (`1SA` = first Saturday); `valid_from`/`valid_to`/`dtstart`/`until`/`count` bound the rule;
 * `interval`, `byweekno`, `bymonthday`, `byyearday` limit its days (see `readSchedule`);
 * `timezone` (a UTC offset in hours) sets the zone of the hours. A schedule that cannot be held
 * exactly is left out and named in `dropped`.
 *
 * Also accepts `tabular.json`: an object of table name → rows (`services.csv`: [...],
 * `phones.csv`: [...], …) linked by id columns, joined here into the nested shape above. A link
 * to a row that is not there is left out and named in `dropped`; without `services.csv` the
 * document is not HSDS.
 */
import { safeUrl } from '../../core/safe-url.js';
import { readSchedule, zoneFromOffset } from './hours-text.js';
import {
  EMAIL,
  geoOf,
  isFree,
  type HoursRule,
  type PhoneEntry,
  type PhoneKind,
  type ResourceInput,
} from './resource.js';
import { parsePhone } from './phone.js';
import { MalformedSource, type SourceRead } from './source-read.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/** HSDS phone `type` → ours; fax and pager are not offered. */
const PHONE_TYPES: Record<string, PhoneKind | undefined> = {
  voice: 'voice',
  cell: 'voice',
  text: 'sms',
  textphone: 'voice',
  video: undefined,
  fax: undefined,
  pager: undefined,
};

function phonesOf(...lists: unknown[]): PhoneEntry[] {
  const out: PhoneEntry[] = [];
  const seen = new Set<string>();
  for (const p of lists.flatMap(arr)) {
    const number = str(p.number)?.replace(/["']/g, '');
    const type = (str(p.type) ?? 'voice').toLowerCase();
    const kind = type === 'whatsapp' ? 'whatsapp' : PHONE_TYPES[type];
    const extension = str(p.extension)?.replace(/\D/g, '');
    if (!number || !kind || !parsePhone(number, extension)) continue;
    const key = `${number}|${kind}|${extension ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ number, kind, ...(extension ? { extension } : {}) });
  }
  return out;
}

function hoursOf(
  schedules: Obj[],
  where: string,
  dropped: string[],
): { rules: HoursRule[]; timeZone?: string; note?: string } {
  const rules: HoursRule[] = [];
  let timeZone: string | undefined;
  const notes: string[] = [];
  schedules.forEach((s, i) => {
    const read = readSchedule(s);
    if (read.rule) rules.push(read.rule);
    else dropped.push(`${where} schedule ${JSON.stringify(str(s.id) ?? i)}: ${read.reason}`);
    timeZone ??= zoneFromOffset(s.timezone);
    const note = str(s.description);
    if (note && !notes.includes(note)) notes.push(note);
  });
  return { rules, ...(timeZone ? { timeZone } : {}), ...(notes.length ? { note: notes.join(' ') } : {}) };
}

function addressOf(location: Obj | undefined): { text?: string; area?: string } {
  const addresses = arr(location?.addresses);
  const a = addresses.find((x) => x.address_type === 'physical') ?? addresses[0];
  if (!a) return {};
  const parts = [a.address_1, a.address_2, a.city, a.region, a.state_province, a.postal_code].map(str).filter(Boolean);
  return {
    ...(parts.length ? { text: parts.join(', ') } : {}),
    ...((str(a.city) ?? str(a.region)) ? { area: str(a.city) ?? str(a.region) } : {}),
  };
}

/** Category names from `attributes[].taxonomy_term` (name, else code). */
function categoriesOf(service: Obj): string[] {
  const out = new Set<string>();
  for (const a of arr(service.attributes)) {
    const term = isObj(a.taxonomy_term) ? a.taxonomy_term : undefined;
    const name = str(term?.name) ?? str(term?.code);
    if (name) out.add(name);
  }
  return [...out];
}

function costOf(service: Obj): { cost?: string; free?: boolean } {
  const options = arr(service.cost_options);
  const amounts = options.map((o) => (typeof o.amount === 'number' ? o.amount : undefined));
  const text =
    str(service.fees_description) ??
    (options
      .map((o) =>
        [
          str(o.option),
          str(o.amount) ? `${str(o.amount)} ${str(o.currency)?.toUpperCase() ?? ''}`.trim() : undefined,
          str(o.amount_description),
        ]
          .filter(Boolean)
          .join(' '),
      )
      .filter(Boolean)
      .join('; ') ||
      undefined);
  const free = options.length && amounts.every((a) => a === 0) ? true : isFree(undefined, text);
  return { ...(text ? { cost: text } : {}), ...(free !== undefined ? { free } : {}) };
}

/** One resource for a service at one location (or none). */
function toResource(service: Obj, at: Obj | undefined, idSuffix: string, dropped: string[]): ResourceInput | undefined {
  const id = str(service.id);
  const name = str(service.name);
  if (!id || !name) return undefined;
  if (/^(inactive|defunct)$/i.test(str(service.status) ?? '')) return undefined;
  const org = isObj(service.organization) ? service.organization : undefined;
  const location = isObj(at?.location) ? at.location : undefined;
  const address = addressOf(location);
  const geo = location ? geoOf(location.latitude, location.longitude) : undefined;
  const schedules = [arr(at?.schedules), arr(service.schedules), arr(location?.schedules)].find((l) => l.length) ?? [];
  const hours = hoursOf(schedules, `service ${JSON.stringify(`${id}${idSuffix}`)}`, dropped);
  const { cost, free } = costOf(service);
  const website = safeUrl(str(service.url) ?? str(org?.website) ?? '');
  const email = str(service.email) ?? str(org?.email);
  const languages = arr(service.languages)
    .map((l) => str(l.code)?.toLowerCase())
    .filter((c): c is string => !!c && /^[a-z]{2,3}$/.test(c));
  const lastVerified = (str(service.assured_date) ?? str(service.last_modified))?.slice(0, 10);
  const keywords = [str(service.alternate_name), str(org?.name), str(location?.name)].filter(Boolean).join(' ');
  const description = [str(service.description), str(at?.description)]
    .filter((d, i, all) => d && all.indexOf(d) === i)
    .join('\n\n');
  return {
    id: `${id}${idSuffix}`,
    name,
    categories: categoriesOf(service),
    ...(description ? { description } : {}),
    ...(address.area ? { area: address.area } : {}),
    ...(address.text ? { address: address.text } : {}),
    phones: phonesOf(at?.phones, service.phones, location?.phones, org?.phones),
    ...(email && EMAIL.test(email) ? { email } : {}),
    ...(website && /^https?:/.test(website) ? { website } : {}),
    hours: hours.rules,
    ...(hours.note ? { hoursNote: hours.note } : {}),
    ...(hours.timeZone ? { timeZone: hours.timeZone } : {}),
    ...(cost ? { cost } : {}),
    ...(free !== undefined ? { free } : {}),
    languages: [...new Set(languages)],
    ...(geo ? { geo } : {}),
    ...(lastVerified && /^\d{4}-\d{2}-\d{2}$/.test(lastVerified) ? { lastVerified } : {}),
    ...(keywords ? { keywords } : {}),
  };
}

/** Every (service, service-at-location) pair in an HSDS document. */
function pairs(data: unknown, org?: Obj): { service: Obj; at?: Obj }[] {
  if (Array.isArray(data)) return data.flatMap((d) => pairs(d, org));
  if (!isObj(data)) return [];
  if (Array.isArray(data.contents)) return pairs(data.contents, org);
  if (Array.isArray(data.services) && !('service' in data)) return pairs(data.services, data);
  if (isObj(data.service)) {
    // service_at_location: the service inside, this object carries location, phones, schedules.
    return [{ service: data.service, at: data }];
  }
  if (typeof data.name !== 'string') return [];
  const service = org && !isObj(data.organization) ? { ...data, organization: org } : data;
  const ats = arr(data.service_at_locations);
  return ats.length ? ats.map((at) => ({ service, at })) : [{ service }];
}

/** Maps an HSDS 3 document to resources; entries without id or name are skipped and named. */
export function readHsds(data: unknown): SourceRead {
  const dropped: string[] = [];
  const found = pairs(isTabular(data) ? joinTabular(data, dropped) : data);
  if (!found.length) throw new MalformedSource('not-hsds');
  const counts = new Map<unknown, number>();
  for (const { service } of found) counts.set(service.id, (counts.get(service.id) ?? 0) + 1);
  const items: ResourceInput[] = [];
  const skipped: string[] = [];
  found.forEach(({ service, at }, i) => {
    const location = isObj(at?.location) ? at.location : undefined;
    const suffix = (counts.get(service.id) ?? 0) > 1 ? `@${str(location?.id) ?? str(at?.id) ?? i}` : '';
    const r = toResource(service, at, suffix, dropped);
    if (r) items.push(r);
    else skipped.push(`service ${JSON.stringify(str(service.id) ?? i)}: no id or name, or not active`);
  });
  return { items, skipped, dropped: [...new Set(dropped)] };
}

// ---- tabular.json ------------------------------------------------------------------------------

/** `tabular.json`: an object whose keys are table file names (`services.csv`) holding row lists. */
function isTabular(data: unknown): data is Obj {
  return isObj(data) && Object.keys(data).some((k) => /\.csv$/i.test(k) && Array.isArray(data[k]));
}

/** A row without its empty cells (`""`, null: a blank CSV cell), numbers kept as written. */
function cells(row: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(row))
    if (k !== '__proto__' && v !== null && v !== undefined && !(typeof v === 'string' && !v.trim())) out[k] = v;
  return out;
}

/**
 * Joins the tables into nested services: service → organization (+ phones), phones, schedules,
 * languages, cost_options, attributes → taxonomy_term, service_at_locations → location
 * (+ addresses, phones, schedules) with their own phones and schedules. Only the links the mapper
 * reads are followed; each one that names no row (or a missing table) is reported in `dropped`.
 */
function joinTabular(data: Obj, dropped: string[]): Obj[] {
  const read = new Map<string, Obj[] | undefined>();
  /** A table's rows (each read once, so links join the same objects), or undefined when absent. */
  const rows = (table: string): Obj[] | undefined => {
    if (!read.has(table))
      read.set(table, Array.isArray(data[`${table}.csv`]) ? arr(data[`${table}.csv`]).map(cells) : undefined);
    return read.get(table);
  };
  const services = rows('services');
  if (!services) throw new MalformedSource('not-hsds');
  const tables = new Map<string, Map<string, Obj>>();
  const index = (table: string, list: Obj[] | undefined): void => {
    if (!list) return;
    const byId = new Map<string, Obj>();
    for (const row of list) {
      const id = str(row.id);
      if (id && !byId.has(id)) byId.set(id, row);
    }
    tables.set(table, byId);
  };
  // Every service has a name field, so a row without one is named as skipped, not lost.
  const serviceRows: Obj[] = services.map((s) => ({ ...s, name: str(s.name) ?? '' }));
  index('services', serviceRows);
  for (const t of ['organizations', 'locations', 'service_at_location', 'taxonomy_terms']) index(t, rows(t));

  const missingTables = new Map<string, number>();
  /** The row `row[column]` names in `target`, or undefined (reported when it names none). */
  const follow = (table: string, i: number, row: Obj, column: string, target: string): Obj | undefined => {
    const id = str(row[column]);
    if (!id) return undefined;
    const targets = tables.get(target);
    if (!targets) {
      const key = `${table}.csv ${column}: there is no ${target}.csv table`;
      missingTables.set(key, (missingTables.get(key) ?? 0) + 1);
      return undefined;
    }
    const hit = targets.get(id);
    if (!hit) dropped.push(`${table}.csv[${i}].${column}: ${JSON.stringify(id)} is not in ${target}.csv`);
    return hit;
  };
  /** Adds `child` to `parent[key]` (rows are this reader's own copies, so they may grow). */
  const push = (parent: Obj | undefined, key: string, child: Obj): void => {
    if (!parent) return;
    if (!Array.isArray(parent[key])) parent[key] = [];
    (parent[key] as Obj[]).push(child);
  };

  serviceRows.forEach((s, i) => {
    const org = follow('services', i, s, 'organization_id', 'organizations');
    if (org) s.organization = org;
  });
  rows('service_at_location')?.forEach((at, i) => {
    const service = follow('service_at_location', i, at, 'service_id', 'services');
    const location = follow('service_at_location', i, at, 'location_id', 'locations');
    if (location) at.location = location;
    push(service, 'service_at_locations', at);
  });
  rows('addresses')?.forEach((a, i) => push(follow('addresses', i, a, 'location_id', 'locations'), 'addresses', a));
  for (const [table, links] of [
    [
      'phones',
      [
        ['service_id', 'services'],
        ['service_at_location_id', 'service_at_location'],
        ['location_id', 'locations'],
        ['organization_id', 'organizations'],
      ],
    ],
    [
      'schedules',
      [
        ['service_id', 'services'],
        ['service_at_location_id', 'service_at_location'],
        ['location_id', 'locations'],
      ],
    ],
  ] as const) {
    rows(table)?.forEach((row, i) => {
      for (const [column, target] of links) push(follow(table, i, row, column, target), table, row);
    });
  }
  rows('languages')?.forEach((l, i) => push(follow('languages', i, l, 'service_id', 'services'), 'languages', l));
  rows('cost_options')?.forEach((c, i) => {
    const amount =
      typeof c.amount === 'string' && /^-?\d+(?:\.\d+)?$/.test(c.amount.trim()) ? Number(c.amount) : c.amount;
    push(follow('cost_options', i, c, 'service_id', 'services'), 'cost_options', { ...c, amount });
  });
  // Attributes link to any table by `link_id`; those of a service give its categories.
  let allIds: Set<string> | undefined;
  rows('attributes')?.forEach((a, i) => {
    const link = str(a.link_id);
    const service = link ? tables.get('services')?.get(link) : undefined;
    if (!service) {
      allIds ??= new Set(Object.values(data).flatMap((list) => arr(list).map((r) => str(r.id) ?? '')));
      if (link && !allIds.has(link))
        dropped.push(`attributes.csv[${i}].link_id: ${JSON.stringify(link)} is not in any table`);
      return;
    }
    const term = follow('attributes', i, a, 'taxonomy_term_id', 'taxonomy_terms');
    push(service, 'attributes', term ? { ...a, taxonomy_term: term } : a);
  });
  for (const [key, n] of missingTables) dropped.push(`${key} (${n} ${n === 1 ? 'row' : 'rows'})`);
  return serviceRows;
}
