/**
 * The calendar's event filter: the occurrences the visible days show, without the categories the
 * visitor hid, grouped by day; and each category's colour. Pure.
 */
import type { CalendarCategory } from '../schema.js';
import { groupByDay, occurrenceDays, occurrencesBetween } from './occurrences.js';
import { addDays, DAY_MS, dayStart, zonedToUtc, type DayKey } from './time.js';
import type { CalendarEvent, Occurrence } from './types.js';

/** What a range of days shows. */
export interface Shown {
  /** Every occurrence touching the range, in order. */
  readonly occurrences: Occurrence[];
  /** The same, under each day of the range they touch. */
  readonly byDay: Map<DayKey, Occurrence[]>;
}

const midnight = (day: DayKey, timeZone: string): number =>
  zonedToUtc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), 0, 0, 0, timeZone);

/** The occurrences on the days `[first, last]` in `timeZone`, leaving out those of a `hidden` category. */
export function shownBetween(
  events: readonly CalendarEvent[],
  first: DayKey,
  last: DayKey,
  timeZone: string,
  hidden: ReadonlySet<string>,
): Shown {
  const next = addDays(last, 1);
  // All-day dates are kept as UTC midnights: widen the instant range by a day each side.
  const all = occurrencesBetween(
    events,
    Math.min(midnight(first, timeZone), dayStart(first)) - DAY_MS,
    Math.max(midnight(next, timeZone), dayStart(next)) + DAY_MS,
  );
  const occurrences = all.filter((o) => {
    const [a, b] = occurrenceDays(o, timeZone);
    return b >= first && a <= last && !hidden.has(o.event.category ?? '');
  });
  return { occurrences, byDay: groupByDay(occurrences, timeZone, first, last) };
}

/** The hidden categories after the visitor shows (`shown`) or hides one. */
export function toggleCategory(hidden: ReadonlySet<string>, id: string, shown: boolean): Set<string> {
  const next = new Set(hidden);
  if (shown) next.delete(id);
  else next.add(id);
  return next;
}

/** Category colours without a `color` of their own: mid-tones at 3.6:1 or more on the light and the dark surfaces alike. */
export const PALETTE = ['#198f7b', '#a261d1', '#bf670f', '#4c7ae6', '#de4765', '#558d1e', '#1889a5', '#d7449a'];

/** The colour of the `index`th category: its own, else the palette's, in turn. */
export const categoryColor = (category: CalendarCategory, index: number): string =>
  category.color ?? PALETTE[index % PALETTE.length]!;

/** The category with that id and its colour, if the config lists it. */
export function findCategory(
  categories: readonly CalendarCategory[],
  id: string | undefined,
): { category: CalendarCategory; color: string } | undefined {
  const i = id ? categories.findIndex((c) => c.id === id) : -1;
  return i < 0 ? undefined : { category: categories[i]!, color: categoryColor(categories[i]!, i) };
}

/** The days of a list between `first` and `last` that have something on, in order. */
export const daysWithEvents = (byDay: ReadonlyMap<DayKey, unknown>, first: DayKey, last: DayKey): DayKey[] =>
  [...byDay.keys()].filter((d) => d >= first && d <= last).sort();
