/**
 * The directory's listing: which places match what the visitor chose (search, category, area,
 * language, open now, free; see `hash.ts`), in what order (search rank, or nearest first once
 * located), how many of them the shown pages hold, and what each filter offers. Pure: no DOM, no
 * Lit. Part of the engine chunk.
 */
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
    out.push(
      ctx.position && r.geo
        ? { resource: r, distanceKm: distanceKm(ctx.position, r.geo) }
        : (plain[i] ??= { resource: r }),
    );
  }
  if (ctx.position) out.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return out;
}

/** Each place with its area as the tree names it (a code or a name written another way). */
export function withAreas(resources: readonly Resource[], areas: AreaTree): Resource[] {
  return resources.map((r) => {
    const area = areas.resolve(r.area);
    return area === r.area ? r : { ...r, area };
  });
}

/** One choice of a filter: a value and, for areas, its depth in the tree (for indenting). */
export interface FilterOption {
  readonly id: string;
  readonly depth: number;
}

/** What the filters offer: only values some place has. */
export interface FilterLists {
  /** Categories used by some place: the configured ones first (in their order), then the others sorted. */
  readonly category: readonly FilterOption[];
  /** Areas used by some place, and their parents, in tree order; then unlisted areas written as text, sorted. */
  readonly area: readonly FilterOption[];
  /** Languages some place speaks, sorted. */
  readonly language: readonly FilterOption[];
  readonly hasHours: boolean;
  readonly hasFree: boolean;
  readonly hasGeo: boolean;
}

const option = (id: string): FilterOption => ({ id, depth: 0 });

/** The filters' choices for `resources`; `configured` is the config's category ids, in order. */
export function filterLists(
  resources: readonly Resource[],
  areas: AreaTree,
  configured: readonly string[],
): FilterLists {
  const used = new Set(resources.flatMap((r) => r.categories));
  const usedAreas = new Set<string>();
  // An area brings its listed parents (an unlisted code `34.03.03.2006` too: `34.03` when listed).
  // Each distinct area once: thousands of places share a few.
  const placed = new Set<string>();
  for (const r of resources) if (r.area) placed.add(r.area);
  for (const area of placed) for (const a of areas.ancestors(area)) usedAreas.add(a);
  // An unlisted code alone names no place a visitor would know: only unlisted words are offered.
  const unlisted = [...usedAreas]
    .filter((a) => !areas.get(a) && !/^\d{2}(\.\d+)*$/.test(a))
    .sort((a, b) => a.localeCompare(b));
  return {
    category: [
      ...configured.filter((id) => used.has(id)),
      ...[...used].filter((id) => !configured.includes(id)).sort(),
    ].map(option),
    area: [...areas.ordered().filter((a) => usedAreas.has(a.id)), ...unlisted.map(option)],
    language: [...new Set(resources.flatMap((r) => r.languages))].sort().map(option),
    hasHours: resources.some((r) => r.hours.length),
    hasFree: resources.some((r) => r.free),
    hasGeo: resources.some((r) => r.geo),
  };
}

/** A filter's choices, plus the chosen value when a shared link names one the list does not have. */
export function withCurrent(options: readonly FilterOption[], current: string): readonly FilterOption[] {
  return current && !options.some((o) => o.id === current) ? [...options, option(current)] : options;
}

/** Whether the visitor has anything to choose from besides the words they type (else nothing to fold). */
export const hasChoices = (lists: FilterLists): boolean =>
  lists.category.length > 1 ||
  lists.area.length > 1 ||
  lists.language.length > 1 ||
  lists.hasHours ||
  lists.hasFree ||
  lists.hasGeo;

/** How many filters are in use (`located`: sorted by distance), for the button the filters fold behind. */
export const filtersInUse = (f: Filters, located: boolean): number =>
  [f.category, f.area, f.language, f.openNow, f.free, located].filter(Boolean).length;

/** Of `total` results, how many the first `pages` pages show, and how many "show more" would add. */
export function paging(total: number, pages: number, pageSize: number): { shown: number; more: number } {
  const shown = Math.min(total, pages * pageSize);
  return { shown, more: Math.min(pageSize, total - shown) };
}
