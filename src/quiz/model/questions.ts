import * as v from 'valibot';
import { fromValibot, type ConfigIssue } from '../../core/config/issues.js';
import { duplicateIds, unknownKeys } from '../../core/config/validate.js';
import { baseLanguage, type LocalizedText } from '../../core/i18n/localize.js';
import { ChoiceItem, MythFactItem, type QuizItem } from '../schema.js';

/** A question ready to play: myth-or-fact items become a choice between "myth" and "fact". */
export interface Question {
  readonly id: string;
  readonly kind: 'mythFact' | 'choice';
  /** The statement or the prompt. */
  readonly text: LocalizedText;
  /** For myth-or-fact items the option ids are `myth` and `fact` and `text` is empty (from the catalog). */
  readonly options: readonly { readonly id: string; readonly text: LocalizedText; readonly correct: boolean }[];
  /** More than one option is correct: checkboxes instead of radios. */
  readonly multiple: boolean;
  readonly explanation: LocalizedText;
  readonly source?: { readonly label: LocalizedText; readonly url?: string };
  readonly translatedFrom?: string;
  readonly tags: readonly string[];
}

export type Path = readonly (string | number)[];

/** Built-in ids start with this, so a team's own ids never clash by accident. */
export const BUILT_IN_PREFIX = 'sebaya-';

/** Turns a checked item into a question. */
export function toQuestion(item: QuizItem): Question {
  const base = {
    id: item.id,
    explanation: item.explanation,
    ...(item.source ? { source: item.source } : {}),
    ...(item.translatedFrom ? { translatedFrom: item.translatedFrom } : {}),
    tags: item.tags ?? [],
  };
  if ('statement' in item) {
    return {
      ...base,
      kind: 'mythFact',
      text: item.statement,
      options: [
        { id: 'myth', text: '', correct: !item.answer },
        { id: 'fact', text: '', correct: item.answer },
      ],
      multiple: false,
    };
  }
  const options = item.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct === true }));
  return { ...base, kind: 'choice', text: item.prompt, options, multiple: options.filter((o) => o.correct).length > 1 };
}

/** True when a text has something to show in Bahasa Indonesia or English (a plain string counts). */
function hasIdOrEn(text: unknown): boolean {
  if (typeof text === 'string') return text.trim() !== '';
  if (!text || typeof text !== 'object') return false;
  const map = text as Record<string, unknown>;
  return Object.entries(map).some(
    ([key, value]) => ['id', 'en'].includes(baseLanguage(key)) && typeof value === 'string' && value.trim() !== '',
  );
}

export interface CheckedQuestions {
  readonly questions: Question[];
  /** Problems that made an item unplayable (it is skipped). */
  readonly errors: ConfigIssue[];
  /** Unknown keys inside items (logged for the site owner). */
  readonly warnings: ConfigIssue[];
}

/**
 * Checks a site owner's questions one by one. A broken item is named with its path and skipped;
 * the others play. Problems: not an item of either kind, schema errors (including an unsafe source
 * URL), a text in neither Bahasa Indonesia nor English, a choice with no correct option, repeated
 * option ids, and a repeated question id (every repeat after the first).
 */
export function checkQuestions(raw: readonly unknown[], at: Path): CheckedQuestions {
  const questions: Question[] = [];
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const path = [...at, i];
    const issues = checkItem(item, path);
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && id) {
      if (seen.has(id))
        issues.push({ path: [...path, 'id'], key: 'core.issue.duplicate', params: { id }, severity: 'error' });
      seen.add(id);
    }
    const schema = kindOf(item) === 'choice' ? ChoiceItem : MythFactItem;
    if (item && typeof item === 'object') warnings.push(...unknownKeys(schema, item, [...path]));
    if (issues.length) errors.push(...issues);
    else questions.push(toQuestion(v.parse(schema, item)));
  });
  return { questions, errors, warnings };
}

function kindOf(item: unknown): 'choice' | 'mythFact' | undefined {
  if (!item || typeof item !== 'object') return undefined;
  if ('prompt' in item || 'options' in item) return 'choice';
  if ('statement' in item || 'answer' in item) return 'mythFact';
  return undefined;
}

function checkItem(item: unknown, path: Path): ConfigIssue[] {
  const kind = kindOf(item);
  if (!kind) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return [
        { path, key: 'core.issue.type', params: { expected: '\u0001object', received: '\u0000' }, severity: 'error' },
      ];
    }
    return [{ path, key: 'quiz.issue.kind', severity: 'error' }];
  }
  const schema = kind === 'choice' ? ChoiceItem : MythFactItem;
  const result = v.safeParse(schema, item, { abortPipeEarly: true });
  if (!result.success) return fromValibot(result.issues).map((i) => ({ ...i, path: [...path, ...i.path] }));
  const out: ConfigIssue[] = [];
  const noLanguage = (text: unknown, where: Path) => {
    if (!hasIdOrEn(text)) out.push({ path: where, key: 'quiz.issue.noLanguage', severity: 'error' });
  };
  const parsed = result.output;
  if ('statement' in parsed) noLanguage(parsed.statement, [...path, 'statement']);
  else {
    noLanguage(parsed.prompt, [...path, 'prompt']);
    parsed.options.forEach((o, j) => noLanguage(o.text, [...path, 'options', j, 'text']));
    if (!parsed.options.some((o) => o.correct === true))
      out.push({ path: [...path, 'options'], key: 'quiz.issue.noCorrect', severity: 'error' });
    out.push(...duplicateIds(parsed.options, [...path, 'options']));
  }
  noLanguage(parsed.explanation, [...path, 'explanation']);
  if (parsed.source) noLanguage(parsed.source.label, [...path, 'source', 'label']);
  return out;
}

/** The team's questions first; a built-in question with the same id as one of theirs is left out. */
export function mergeBanks(own: readonly Question[], builtIn: readonly Question[]): Question[] {
  const ids = new Set(own.map((q) => q.id));
  return [...own, ...builtIn.filter((q) => !ids.has(q.id))];
}

/** Questions carrying at least one of `tags` (all of them when `tags` is empty or missing). */
export function filterByTags(questions: readonly Question[], tags: readonly string[] | undefined): Question[] {
  if (!tags?.length) return [...questions];
  const wanted = new Set(tags);
  return questions.filter((q) => q.tags.some((t) => wanted.has(t)));
}

export type Random = () => number;

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: Random = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The ids to play: `count` drawn at random from the bank (all when unset or larger), in random
 * order when `shuffle`, otherwise in bank order.
 */
export function drawDeck(
  questions: readonly Question[],
  options: { shuffle: boolean; count?: number | undefined },
  random: Random = Math.random,
): string[] {
  const ids = questions.map((q) => q.id);
  const count = Math.min(options.count ?? ids.length, ids.length);
  if (options.shuffle) return shuffled(ids, random).slice(0, count);
  if (count === ids.length) return ids;
  const picked = new Set(shuffled(ids, random).slice(0, count));
  return ids.filter((id) => picked.has(id));
}

/** Right when the chosen options are exactly the correct ones. */
export function isCorrect(question: Question, chosen: readonly string[]): boolean {
  const want = question.options.filter((o) => o.correct).map((o) => o.id);
  return want.length === chosen.length && want.every((id) => chosen.includes(id));
}

/** A short, stable fingerprint of a deck's source (FNV-1a), to key saved progress. */
export function fingerprint(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
