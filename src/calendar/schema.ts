import * as v from 'valibot';
import { Email, FetchUrl, Geo, Id, Link, Phone, ShortText, Text, list } from '../core/config/fields.js';
import { siteSchemaFor } from '../core/config/schema.js';
import { isIsoTime } from './model/time.js';
import './messages-lazy.js';

import { CALENDAR_VIEWS, SOURCE_TYPES, WEEK_STARTS } from './constants.js';

export { CALENDAR_VIEWS, SOURCE_TYPES, WEEK_STARTS, type CalendarView, type WeekStart } from './constants.js';

/** `2026-12-03`, `2026-12-03T19:30`, `2026-12-03T19:30:00+07:00`: a time without offset is in `timeZone`. */
export const IsoTime = v.pipe(v.string(), v.check(isIsoTime, 'calendar.issue.time'));
/** An RRULE value, e.g. `FREQ=MONTHLY;BYDAY=2TU` (checked by the ICS engine when loaded). */
export const Rrule = v.pipe(
  v.string(),
  v.maxLength(500, 'core.issue.tooLong'),
  v.regex(
    /^(?:RRULE:)?(?:[A-Z]+=[^;=\s]+;)*FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=[^;=\s]+)*$/i,
    'calendar.issue.rrule',
  ),
);
/** A CSS colour: `#rgb`, `#rrggbb` (with optional alpha) or a colour name. */
export const Color = v.pipe(
  v.string(),
  v.regex(/^(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20})$/i, 'calendar.issue.color'),
);

export const Contact = v.union([
  ShortText,
  v.object({
    name: v.optional(ShortText),
    phone: v.optional(Phone),
    whatsapp: v.optional(Phone),
    email: v.optional(Email),
  }),
]);

export const CalendarEventInput = v.object({
  id: Id,
  title: ShortText,
  start: IsoTime,
  end: v.optional(IsoTime),
  allDay: v.optional(v.boolean()),
  rrule: v.optional(Rrule),
  exdates: v.optional(list(IsoTime, 1000)),
  location: v.optional(ShortText),
  geo: v.optional(Geo),
  description: v.optional(Text),
  category: v.optional(Id),
  url: v.optional(Link),
  contact: v.optional(Contact),
});
export type CalendarEventInput = v.InferOutput<typeof CalendarEventInput>;

const sourceCommon = {
  /** Category applied to every event of the source. */
  category: v.optional(Id),
  /** Name shown in notices about this source. */
  name: v.optional(ShortText),
};

export const InlineSource = v.object({ events: list(CalendarEventInput), ...sourceCommon });
export const UrlSource = v.object({ type: v.picklist(SOURCE_TYPES), url: FetchUrl, ...sourceCommon });
export const CalendarSource = v.union([InlineSource, UrlSource], 'calendar.issue.source');
export type CalendarSource = v.InferOutput<typeof CalendarSource>;

export const CalendarCategory = v.object({ id: Id, label: ShortText, color: v.optional(Color) });
export type CalendarCategory = v.InferOutput<typeof CalendarCategory>;

export const CalendarSection = v.object({
  sources: list(CalendarSource, 50),
  categories: v.optional(list(CalendarCategory, 50)),
  view: v.optional(v.picklist(CALENDAR_VIEWS)),
  weekStart: v.optional(v.picklist(WEEK_STARTS)),
  maxPerDay: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
});
export type CalendarSection = v.InferOutput<typeof CalendarSection>;

/** A JSON source file: a list of events, or `{ "events": [ … ] }`. */
export const JsonFeed = v.union([v.array(v.unknown()), v.object({ events: v.array(v.unknown()) })]);

export const schema = siteSchemaFor('calendar', CalendarSection);
