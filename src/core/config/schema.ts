import * as v from 'valibot';
import { Appearance } from './appearance.js';
import {
  Email,
  ExitUrl,
  FetchUrl,
  Id,
  IsoDate,
  Link,
  LocaleTag,
  MessageValue,
  Phone,
  ShortText,
  Text,
  TimeZone,
  list,
} from './fields.js';

/** The config's sections, one per element (DESIGN.md). Core only knows their names. */
export const SECTION_NAMES = ['calendar', 'supportForm', 'quiz', 'directory'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** An element's schema, or a loader for it (so valibot and the schema load as a lazy chunk). */
export type SchemaSource = v.GenericSchema | (() => Promise<v.GenericSchema>);

/** One crisis line: a phone number, a WhatsApp number, or a web service. */
export const CrisisLine = v.object({
  id: v.optional(Id),
  name: ShortText,
  phone: v.optional(Phone),
  extension: v.optional(v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'core.issue.invalid'))),
  whatsapp: v.optional(Phone),
  sms: v.optional(Phone),
  website: v.optional(Link),
  hours: v.optional(ShortText),
  description: v.optional(Text),
  source: v.optional(
    v.object({
      label: v.optional(ShortText),
      url: v.optional(Link),
      checked: v.optional(IsoDate),
    }),
  ),
});
export type CrisisLine = v.InferOutput<typeof CrisisLine>;

export const CrisisSection = v.object({
  lines: v.optional(list(CrisisLine, 30)),
  quickExitUrl: v.optional(ExitUrl),
});

export const Organization = v.object({
  name: ShortText,
  website: v.optional(Link),
  email: v.optional(Email),
  phone: v.optional(Phone),
});

/** The keys every element reads, whatever its section. */
export const sharedEntries = {
  $schema: v.optional(v.string()),
  locale: v.optional(LocaleTag),
  locales: v.optional(list(LocaleTag, 50)),
  timeZone: v.optional(TimeZone),
  organization: v.optional(Organization),
  messages: v.optional(v.record(LocaleTag, v.record(v.string(), MessageValue))),
  crisis: v.optional(CrisisSection),
  appearance: v.optional(Appearance),
  /** A URL of a further config file is not followed: one document per site (see README). */
} as const;

export const SharedConfig = v.object(sharedEntries);
export type SharedConfig = v.InferOutput<typeof SharedConfig>;

/** The schema an element validates with: the shared keys plus its own section. */
export function siteSchemaFor<S extends SectionName, T extends v.GenericSchema>(section: S, schema: T) {
  return v.object({ ...sharedEntries, [section]: v.optional(schema) } as typeof sharedEntries & {
    [K in S]: v.OptionalSchema<T, undefined>;
  });
}

export { FetchUrl, Link, Text, ShortText };
