import * as v from 'valibot';
import { FetchUrl, Id, Link, LocaleTag, ShortText, Text, list } from '../core/config/fields.js';
import { siteSchemaFor } from '../core/config/schema.js';

/** Quiz modes: `learn` gives feedback without a grade; `score` counts right answers. */
export const QUIZ_MODES = ['learn', 'score'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** Where a fact comes from; `url` must be a safe link. */
export const QuizSource = v.object({
  label: ShortText,
  url: v.optional(Link),
});

/** Fields every question has. */
const common = {
  id: Id,
  explanation: Text,
  source: v.optional(QuizSource),
  /** The language the source was written in, when the other language is our translation. */
  translatedFrom: v.optional(LocaleTag),
  /** Free tags (`local`, `pasung`, `violence`…) that `quiz.tags` filters on. */
  tags: v.optional(list(Id, 20)),
} as const;

/** "Myth or fact?": `answer: true` means the statement is a fact, `false` a myth. */
export const MythFactItem = v.object({
  ...common,
  statement: Text,
  answer: v.boolean(),
});
export type MythFactItem = v.InferOutput<typeof MythFactItem>;

export const QuizOption = v.object({
  id: Id,
  text: ShortText,
  correct: v.optional(v.boolean()),
});
export type QuizOption = v.InferOutput<typeof QuizOption>;

/** A choice: radios when one option is correct, checkboxes when several are. */
export const ChoiceItem = v.object({
  ...common,
  prompt: Text,
  options: v.pipe(v.array(QuizOption), v.minLength(2, 'quiz.issue.fewOptions'), v.maxLength(12, 'core.issue.tooMany')),
});
export type ChoiceItem = v.InferOutput<typeof ChoiceItem>;

export const QuizItem = v.union([MythFactItem, ChoiceItem]);
export type QuizItem = MythFactItem | ChoiceItem;

export const NextStep = v.object({
  label: ShortText,
  url: Link,
});
export type NextStep = v.InferOutput<typeof NextStep>;

const sectionEntries = {
  mode: v.optional(v.picklist(QUIZ_MODES)),
  shuffle: v.optional(v.boolean()),
  count: v.optional(v.pipe(v.number(), v.integer('core.issue.invalid'), v.minValue(1), v.maxValue(500))),
  includeBuiltIn: v.optional(v.boolean()),
  tags: v.optional(list(Id, 50)),
  stats: v.optional(
    v.object({
      endpoint: FetchUrl,
      batchSize: v.optional(v.pipe(v.number(), v.integer('core.issue.invalid'), v.minValue(1), v.maxValue(100))),
    }),
  ),
  nextSteps: v.optional(list(NextStep, 10)),
} as const;

/** The `quiz` section as published in the JSON Schema: every question checked in full. */
export const QuizSection = v.object({ ...sectionEntries, questions: v.optional(list(QuizItem, 1_000)) });
export type QuizSection = v.InferOutput<typeof QuizSection>;

/** The site-config schema the JSON Schema build reads. */
export const schema = siteSchemaFor('quiz', QuizSection);

/**
 * What the element validates up front. Questions are checked one by one afterwards
 * (`model/questions.ts`), so one broken question is named with its path and skipped while the
 * others still play; everything else in the section stops the quiz with a config error.
 */
export const RuntimeQuizSection = v.object({ ...sectionEntries, questions: v.optional(list(v.unknown(), 1_000)) });
export const runtimeSchema = siteSchemaFor('quiz', RuntimeQuizSection);
export type RuntimeQuizSection = v.InferOutput<typeof RuntimeQuizSection>;
