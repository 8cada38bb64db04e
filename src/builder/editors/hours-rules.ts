/**
 * The opening-hours editor's model: a directory place's `hours` (HoursRuleSchema in
 * directory/schema.ts) as drafts a person edits, and back. Fields the editor has no control for
 * (`from`, `until`, `every`, day tokens such as `1mo` "first Monday") ride along untouched, so an
 * edit never loses what the schema accepted. "Closed on public holidays" lives in `hoursNote`:
 * the schema has no field for it, and the visitor reads it there. Pure; no DOM.
 */
import { DAY_CODES, TIME, type DayCode } from '../../directory/model/resource.js';
import type { TextValue } from './text.js';

export { DAY_CODES, type DayCode };

export interface RuleDraft {
  /** The rule as it came (or `{}` for a new one): its other fields are kept. */
  readonly original: Readonly<Record<string, unknown>>;
  readonly days: readonly string[];
  readonly opens: string;
  readonly closes: string;
}

export type RuleProblem = { readonly rule: number; readonly problem: 'noDays' | 'badTime' };

export function draftsOf(value: unknown): RuleDraft[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is Record<string, unknown> => Boolean(r) && typeof r === 'object')
    .map((r) => ({
      original: r,
      days: Array.isArray(r.days) ? r.days.filter((d): d is string => typeof d === 'string') : [],
      opens: typeof r.opens === 'string' ? r.opens : '',
      closes: typeof r.closes === 'string' ? r.closes : '',
    }));
}

/** The first problem (1-based rule number), or undefined when every rule can be kept. */
export function firstProblem(drafts: readonly RuleDraft[]): RuleProblem | undefined {
  for (const [i, d] of drafts.entries()) {
    if (d.days.length === 0) return { rule: i + 1, problem: 'noDays' };
    if (!TIME.test(d.opens) || !TIME.test(d.closes)) return { rule: i + 1, problem: 'badTime' };
  }
  return undefined;
}

/** Back to the schema's shape; the days in week order, other tokens after them as they were. */
export function rulesOf(drafts: readonly RuleDraft[]): Record<string, unknown>[] {
  return drafts.map((d) => {
    const plain = DAY_CODES.filter((c) => d.days.includes(c));
    const other = d.days.filter((t) => !(DAY_CODES as readonly string[]).includes(t));
    return { ...d.original, days: [...plain, ...other], opens: d.opens, closes: d.closes };
  });
}

export const toggleDay = (draft: RuleDraft, day: DayCode, on: boolean): RuleDraft => ({
  ...draft,
  days: on ? [...draft.days.filter((d) => d !== day), day] : draft.days.filter((d) => d !== day),
});

/** The holiday sentence in each built-in language. */
export const HOLIDAY_SENTENCE = { id: 'Tutup pada hari libur nasional.', en: 'Closed on public holidays.' } as const;

const textOf = (note: TextValue): string[] =>
  typeof note === 'string' ? [note] : note && typeof note === 'object' ? Object.values(note) : [];

export const closedOnHolidays = (note: TextValue): boolean =>
  textOf(note).some((t) => t.includes(HOLIDAY_SENTENCE.id) || t.includes(HOLIDAY_SENTENCE.en));

const add = (text: string | undefined, sentence: string): string =>
  text?.includes(sentence) ? text : [text?.trim(), sentence].filter(Boolean).join(' ');
const drop = (text: string, sentence: string): string =>
  text
    .replace(sentence, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

/**
 * The note with the holiday sentence added (in each of its languages that has one) or removed.
 * A plain string note is in the config's default language `locale`.
 */
export function withHolidays(note: TextValue, on: boolean, locale: string): TextValue {
  const sentence = (lang: string): string | undefined => HOLIDAY_SENTENCE[lang as keyof typeof HOLIDAY_SENTENCE];
  if (note === undefined || typeof note === 'string') {
    const s = sentence(locale) ?? HOLIDAY_SENTENCE.en;
    const next = on ? add(note, s) : drop(drop(note ?? '', HOLIDAY_SENTENCE.id), HOLIDAY_SENTENCE.en);
    return next || undefined;
  }
  const entries = Object.entries(note).map(([lang, text]): [string, string] => {
    const s = sentence(lang);
    if (!s) return [lang, text];
    return [lang, on ? add(text, s) : drop(text, s)];
  });
  if (on && !entries.some(([lang]) => sentence(lang))) entries.push([locale, sentence(locale) ?? HOLIDAY_SENTENCE.en]);
  const kept = entries.filter(([, t]) => t !== '');
  return kept.length ? Object.fromEntries(kept) : undefined;
}
