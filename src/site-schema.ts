/**
 * The whole site config: shared keys plus every element's section. Used to publish
 * `dist/sebaya.schema.json` (scripts/build-schema.ts); elements validate with their own view
 * (`siteSchemaFor`) so a page that uses one element never loads the others' schemas.
 */
import * as v from 'valibot';
import { CalendarSection } from './calendar/schema.js';
import { docs as calendarDocs } from './calendar/schema-docs.js';
import { sharedEntries } from './core/config/schema.js';
import { DirectorySection } from './directory/schema.js';
import { docs as directoryDocs } from './directory/schema-docs.js';
import { QuizSection } from './quiz/schema.js';
import { docs as quizDocs } from './quiz/schema-docs.js';
import { SupportFormSection } from './support-form/schema.js';
import { docs as supportFormDocs } from './support-form/schema-docs.js';

export const SiteConfig = v.object({
  ...sharedEntries,
  calendar: v.optional(CalendarSection),
  supportForm: v.optional(SupportFormSection),
  quiz: v.optional(QuizSection),
  directory: v.optional(DirectorySection),
});

/** Bilingual docs for every field, by path. */
export { docs as sharedDocs } from './core/config/schema-docs.js';
export const sectionDocs = [calendarDocs, supportFormDocs, quizDocs, directoryDocs] as const;
