/**
 * Open Referral HSDS 3 JSON → resources (a lazy chunk: loaded only for `type: "hsds"` sources).
 *
 * Accepts a service (`service_full`), a page of services (`{ contents: [...] }`), a list, an
 * organization with `services`, or service-at-location objects. A service offered at several
 * locations becomes one resource per location (address, map point and hours differ).
 * Schedules are RRULE parts: WEEKLY `byday` → days; MONTHLY `byday` keeps its ordinal
 * (`1SA` = first Saturday); `valid_from`/`valid_to`/`dtstart`/`until` bound the rule;
 * `timezone` (a UTC offset in hours) sets the zone of the hours.
 */
import { safeUrl } from '../../core/safe-url.js';
import { hoursFromSchedule, zoneFromOffset } from './hours-text.js';
import { EMAIL, geoOf, isFree, type HoursRule, type PhoneEntry, type PhoneKind, type ResourceInput } from './resource.js';
import { parsePhone } from './phone.js';
import { MalformedSource, type SourceRead } from './sources.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** HSDS phone `type` → ours; fax and pager are not offered. */
const PHONE_TYPES: Record<string, PhoneKind | undefined> = { voice: 'voice', cell: 'voice', text: 'sms', textphone: 'voice', video: undefined, fax: undefined, pager: undefined };

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

function hoursOf(schedules: Obj[]): { rules: HoursRule[]; timeZone?: string; note?: string } {
  const rules: HoursRule[] = [];
  let timeZone: string | undefined;
  const notes: string[] = [];
  for (const s of schedules) {
    const rule = hoursFromSchedule(s);
    if (rule) rules.push(rule);
    timeZone ??= zoneFromOffset(s.timezone);
    const note = str(s.description);
    if (note && !notes.includes(note)) notes.push(note);
  }
  return { rules, ...(timeZone ? { timeZone } : {}), ...(notes.length ? { note: notes.join(' ') } : {}) };
}

function addressOf(location: Obj | undefined): { text?: string; area?: string } {
  const addresses = arr(location?.addresses);
  const a = addresses.find((x) => x.address_type === 'physical') ?? addresses[0];
  if (!a) return {};
  const parts = [a.address_1, a.address_2, a.city, a.region, a.state_province, a.postal_code].map(str).filter(Boolean);
  return { ...(parts.length ? { text: parts.join(', ') } : {}), ...(str(a.city) ?? str(a.region) ? { area: str(a.city) ?? str(a.region) } : {}) };
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
      .map((o) => [str(o.option), str(o.amount) ? `${str(o.amount)} ${str(o.currency)?.toUpperCase() ?? ''}`.trim() : undefined, str(o.amount_description)].filter(Boolean).join(' '))
      .filter(Boolean)
      .join('; ') ||
      undefined);
  const free = options.length && amounts.every((a) => a === 0) ? true : isFree(undefined, text);
  return { ...(text ? { cost: text } : {}), ...(free !== undefined ? { free } : {}) };
}

/** One resource for a service at one location (or none). */
function toResource(service: Obj, at: Obj | undefined, idSuffix: string): ResourceInput | undefined {
  const id = str(service.id);
  const name = str(service.name);
  if (!id || !name) return undefined;
  if (/^(inactive|defunct)$/i.test(str(service.status) ?? '')) return undefined;
  const org = isObj(service.organization) ? service.organization : undefined;
  const location = isObj(at?.location) ? at.location : undefined;
  const address = addressOf(location);
  const geo = location ? geoOf(location.latitude, location.longitude) : undefined;
  const schedules = [arr(at?.schedules), arr(service.schedules), arr(location?.schedules)].find((l) => l.length) ?? [];
  const hours = hoursOf(schedules);
  const { cost, free } = costOf(service);
  const website = safeUrl(str(service.url) ?? str(org?.website) ?? '');
  const email = str(service.email) ?? str(org?.email);
  const languages = arr(service.languages)
    .map((l) => str(l.code)?.toLowerCase())
    .filter((c): c is string => !!c && /^[a-z]{2,3}$/.test(c));
  const lastVerified = (str(service.assured_date) ?? str(service.last_modified))?.slice(0, 10);
  const keywords = [str(service.alternate_name), str(org?.name), str(location?.name)].filter(Boolean).join(' ');
  const description = [str(service.description), str(at?.description)].filter((d, i, all) => d && all.indexOf(d) === i).join('\n\n');
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
  const found = pairs(data);
  if (!found.length) throw new MalformedSource('not-hsds');
  const counts = new Map<unknown, number>();
  for (const { service } of found) counts.set(service.id, (counts.get(service.id) ?? 0) + 1);
  const items: ResourceInput[] = [];
  const skipped: string[] = [];
  found.forEach(({ service, at }, i) => {
    const location = isObj(at?.location) ? at.location : undefined;
    const suffix = (counts.get(service.id) ?? 0) > 1 ? `@${str(location?.id) ?? str(at?.id) ?? i}` : '';
    const r = toResource(service, at, suffix);
    if (r) items.push(r);
    else skipped.push(`service ${JSON.stringify(str(service.id) ?? i)}: no id or name, or not active`);
  });
  return { items, skipped };
}
