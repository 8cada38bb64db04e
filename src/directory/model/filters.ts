/** Applying what the visitor has chosen (see `hash.ts`) to the resources. Pure. */
import type { AreaTree } from './areas.js';
import { isOpenAt, localTime, type LocalTime } from './hours.js';
import { distanceKm, type Geo, type Resource } from './resource.js';
import type { Filters } from './hash.js';
import type { SearchIndex } from './search.js';

export type { Filters } from './hash.js';

export interface ApplyContext {
  readonly index: SearchIndex;
  readonly areas: AreaTree;
  readonly now: Date;
  readonly timeZone: string;
  /** The visitor's position when they asked for "near me" (never leaves the browser). */
  readonly position?: Geo;
}

export interface Result {
  readonly resource: Resource;
  readonly distanceKm?: number;
}

/** One result object per resource of an index, reused by every keystroke (without a position). */
const plainResults = new WeakMap<SearchIndex, Result[]>();

/** Search, then filters, then (with a position) nearest first; resources without a place go last. */
export function applyFilters(f: Filters, ctx: ApplyContext): Result[] {
  const { index, areas } = ctx;
  let plain = plainResults.get(index);
  if (!plain) plainResults.set(index, (plain = []));
  const order = index.search(f.query);
  const times = new Map<string, LocalTime>();
  const timeIn = (zone: string): LocalTime => {
    let t = times.get(zone);
    if (!t) {
      t = localTime(ctx.now, zone);
      times.set(zone, t);
    }
    return t;
  };
  const out: Result[] = [];
  for (const i of order) {
    const r = index.resources[i];
    if (!r) continue;
    if (f.category && !r.categories.includes(f.category)) continue;
    if (f.area && !areas.serves(r.area, f.area)) continue;
    if (f.language && !r.languages.includes(f.language)) continue;
    if (f.free && r.free !== true) continue;
    if (f.openNow && !isOpenAt(r.hours, timeIn(r.timeZone ?? ctx.timeZone))) continue;
    out.push(ctx.position && r.geo ? { resource: r, distanceKm: distanceKm(ctx.position, r.geo) } : (plain[i] ??= { resource: r }));
  }
  if (ctx.position) out.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return out;
}
