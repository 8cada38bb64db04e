/**
 * What a source reader (inline config, JSON, CSV, HSDS) returns, and how it says a file is not what
 * its type promises. Shared by `sources.ts` and the readers it loads lazily, so no reader imports
 * back the module that loads it. Pure.
 */
import type { ResourceConfig } from '../schema.js';
import { geoOf, isFree, type ResourceInput } from './resource.js';

/** Why a read file is not what its type promises: a short reason code. */
export type MalformedDetail = 'not-list' | 'no-name-column' | 'not-hsds' | 'html' | 'empty';

/** What a reader returns for one source. */
export interface SourceRead {
  readonly items: ResourceInput[];
  /** Entries left out, each as `where: why` for the site owner. */
  readonly skipped: readonly string[];
  /** Values left out of kept entries (a bad link, an unreadable hours part). */
  readonly dropped?: readonly string[];
  /** Set when the feed was read from its saved copy. */
  readonly asOf?: number;
}

export class MalformedSource extends Error {
  constructor(readonly detail: MalformedDetail) {
    super(detail);
    this.name = 'MalformedSource';
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A validated config resource in the directory's shape. Thousands of places come through here
 * before the first list: fields are set one by one (no object spread per optional field), and a
 * rule without `every` is kept as it is.
 */
export function fromConfig(r: ResourceConfig): ResourceInput {
  const out: Writable<ResourceInput> = {
    id: r.id,
    name: r.name,
    categories: r.categories.map((c) => c.trim()).filter(Boolean),
    phones: r.phones,
    // `every: 2` is the model's weekly interval, counted from the week of `from`.
    hours: r.hours.map((rule) => {
      if (!('every' in rule)) return rule;
      const { every, ...h } = rule;
      return every && every > 1 ? { ...h, interval: every, freq: 'weekly' as const } : h;
    }),
    languages: r.languages.map((l) => l.toLowerCase()),
  };
  if (r.description !== undefined) out.description = r.description;
  if (r.area !== undefined) out.area = r.area;
  if (r.address !== undefined) out.address = r.address;
  if (r.email) out.email = r.email;
  if (r.website) out.website = r.website;
  if (r.hoursNote !== undefined) out.hoursNote = r.hoursNote;
  if (r.timeZone) out.timeZone = r.timeZone;
  if (r.cost !== undefined) out.cost = r.cost;
  const free = isFree(r.free, r.cost);
  if (free !== undefined) out.free = free;
  if (r.geo) {
    const geo = geoOf(r.geo.lat, r.geo.lon);
    if (geo) out.geo = geo;
  }
  if (r.lastVerified) out.lastVerified = r.lastVerified;
  if (r.keywords !== undefined) out.keywords = r.keywords;
  return out;
}
