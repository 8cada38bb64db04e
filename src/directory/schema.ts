import * as v from 'valibot';
import {
  Email,
  FetchUrl,
  Geo,
  Id,
  IsoDate,
  Link,
  LocaleTag,
  Phone,
  ShortText,
  Text,
  TimeZone,
  list,
} from '../core/config/fields.js';
import { siteSchemaFor } from '../core/config/schema.js';
import { AREA_LEVELS } from './model/areas.js';
import { DAY_TOKEN, PHONE_KINDS, TIME } from './model/resource.js';

/** The `directory` config section (DESIGN.md → directory). Docs for every field: schema-docs.ts. */

export const SOURCE_TYPES = ['json', 'csv', 'hsds'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const MAP_PROVIDERS = ['google', 'openstreetmap', 'none'] as const;
export type MapProvider = (typeof MAP_PROVIDERS)[number];

const DayToken = v.pipe(v.string(), v.toLowerCase(), v.regex(DAY_TOKEN, 'directory.issue.day'));
const Time = v.pipe(v.string(), v.regex(TIME, 'directory.issue.time'));

export const HoursRuleSchema = v.pipe(
  v.object({
    days: v.pipe(list(DayToken, 40), v.minLength(1, 'core.issue.empty')),
    opens: Time,
    closes: Time,
    from: v.optional(IsoDate),
    until: v.optional(IsoDate),
    /** Every N weeks (2 = every other week), counted from the week of `from`. */
    every: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(52))),
  }),
  v.forward(
    v.check((h) => (h.every ?? 1) <= 1 || h.from !== undefined, 'core.issue.required'),
    ['from'],
  ),
);

export const PhoneSchema = v.object({
  number: Phone,
  kind: v.optional(v.picklist(PHONE_KINDS), 'voice'),
  label: v.optional(ShortText),
  extension: v.optional(v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'core.issue.invalid'))),
});

export const ResourceSchema = v.object({
  id: Id,
  name: ShortText,
  categories: v.optional(list(Id, 30), []),
  description: v.optional(Text),
  area: v.optional(Id),
  address: v.optional(Text),
  phones: v.optional(list(PhoneSchema, 30), []),
  email: v.optional(Email),
  website: v.optional(Link),
  hours: v.optional(list(HoursRuleSchema, 50), []),
  hoursNote: v.optional(Text),
  timeZone: v.optional(TimeZone),
  cost: v.optional(ShortText),
  free: v.optional(v.boolean()),
  languages: v.optional(list(LocaleTag, 30), []),
  geo: v.optional(Geo),
  lastVerified: v.optional(IsoDate),
  keywords: v.optional(Text),
});
export type ResourceConfig = v.InferOutput<typeof ResourceSchema>;

/** One source: inline `resources`, or a `url` of a JSON, CSV or HSDS file. */
export const SourceSchema = v.pipe(
  v.object({
    resources: v.optional(list(ResourceSchema)),
    type: v.optional(v.picklist(SOURCE_TYPES)),
    url: v.optional(FetchUrl),
    name: v.optional(ShortText),
    category: v.optional(Id),
    area: v.optional(Id),
  }),
  v.check((s) => (s.resources === undefined) !== (s.url === undefined), 'directory.issue.source'),
);
export type SourceConfig = v.InferOutput<typeof SourceSchema>;

export const CategorySchema = v.object({ id: Id, label: ShortText, description: v.optional(Text) });
export const AreaSchema = v.object({
  id: Id,
  name: ShortText,
  parent: v.optional(Id),
  level: v.optional(v.picklist(AREA_LEVELS)),
});

export const DirectorySection = v.object({
  sources: v.pipe(list(SourceSchema, 50), v.minLength(1, 'core.issue.empty')),
  categories: v.optional(list(CategorySchema, 200)),
  areas: v.optional(list(AreaSchema, 5_000)),
  staleAfterDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 365),
  pageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(200)), 20),
  maps: v.optional(v.picklist(MAP_PROVIDERS), 'google'),
  download: v.optional(v.boolean(), false),
  corrections: v.optional(
    v.object({
      email: v.optional(Email),
      whatsapp: v.optional(Phone),
      url: v.optional(Link),
    }),
  ),
});
export type DirectoryConfig = v.InferOutput<typeof DirectorySection>;

export const schema = siteSchemaFor('directory', DirectorySection);
