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

/** A validated config resource in the directory's shape. */
export function fromConfig(r: ResourceConfig): ResourceInput {
  return {
    id: r.id,
    name: r.name,
    categories: r.categories.map((c) => c.trim()).filter(Boolean),
    ...(r.description !== undefined ? { description: r.description } : {}),
    ...(r.area !== undefined ? { area: r.area } : {}),
    ...(r.address !== undefined ? { address: r.address } : {}),
    phones: r.phones,
    ...(r.email ? { email: r.email } : {}),
    ...(r.website ? { website: r.website } : {}),
    // `every: 2` is the model's weekly interval, counted from the week of `from`.
    hours: r.hours.map(({ every, ...h }) =>
      every && every > 1 ? { ...h, interval: every, freq: 'weekly' as const } : h,
    ),
    ...(r.hoursNote !== undefined ? { hoursNote: r.hoursNote } : {}),
    ...(r.timeZone ? { timeZone: r.timeZone } : {}),
    ...(r.cost !== undefined ? { cost: r.cost } : {}),
    ...(isFree(r.free, r.cost) !== undefined ? { free: isFree(r.free, r.cost) } : {}),
    languages: r.languages.map((l) => l.toLowerCase()),
    ...(r.geo ? { geo: geoOf(r.geo.lat, r.geo.lon) } : {}),
    ...(r.lastVerified ? { lastVerified: r.lastVerified } : {}),
    ...(r.keywords !== undefined ? { keywords: r.keywords } : {}),
  };
}
