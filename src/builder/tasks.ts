/**
 * The task list and validation: the config checked with the elements' own schema, giving the same
 * path-named messages the elements show, and each task's status from the problems under its paths.
 */
import { describeIssue, formatPath, valueAt } from '../core/config/issues.js';
import { validateConfig } from '../core/config/validate.js';
import { coreEn } from '../core/i18n/messages-en.js';
import { coreId } from '../core/i18n/messages.js';
import { createTranslator } from '../core/i18n/localize.js';
import { lazyCatalogs } from '../core/i18n/registry.js';
import { calendarLazyEn, calendarLazyId } from '../calendar/messages-lazy.js';
import { directoryIssuesEn, directoryIssuesId } from '../directory/messages-issues.js';
import { quizIssuesEn, quizIssuesId } from '../quiz/messages-issues.js';
import { SiteConfig } from '../site-schema.js';
import { EVENT_ISSUE_WORDS, eventIssues } from './event-checks.js';
import type { UiLang } from './docs.js';
import type { Config } from './model.js';

export type TaskId = 'organisation' | 'crisis' | 'calendar' | 'supportForm' | 'quiz' | 'directory' | 'appearance';
export type TaskStatus = 'notStarted' | 'inProgress' | 'done' | 'problems';

export interface Task {
  readonly id: TaskId;
  /** Top-level config keys the task edits. */
  readonly keys: readonly string[];
}

export const TASKS: readonly Task[] = [
  { id: 'organisation', keys: ['organization', 'locale', 'locales', 'timeZone'] },
  { id: 'crisis', keys: ['crisis'] },
  { id: 'calendar', keys: ['calendar'] },
  { id: 'supportForm', keys: ['supportForm'] },
  { id: 'quiz', keys: ['quiz'] },
  { id: 'directory', keys: ['directory'] },
  // The site's accent colours, and the elements' wording, which is their look as much as colour is.
  { id: 'appearance', keys: ['appearance', 'messages'] },
];

/**
 * The elements' own words for their sections' problems (`directory.issue.source`, …): the
 * elements load them with their catalogs, which this page's copy of the registry never sees.
 */
const ISSUE_WORDS = {
  id: { ...calendarLazyId, ...directoryIssuesId, ...quizIssuesId, ...EVENT_ISSUE_WORDS.id },
  en: { ...calendarLazyEn, ...directoryIssuesEn, ...quizIssuesEn, ...EVENT_ISSUE_WORDS.en },
};

export interface Problem {
  /** Value path, `crisis.lines[1].phone` ('' for the whole config). */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** A problem as its field shows it: without its path (`a.b[0].c: `), which the field itself is. */
export const atField = (p: Problem): string =>
  p.path && p.message.startsWith(`${p.path}: `) ? p.message.slice(p.path.length + 2) : p.message;

/** Every problem of a config, worded in `lang` as the elements word them. */
export function problemsOf(config: Config, lang: UiLang): Problem[] {
  const t = createTranslator<string>(lang, [lazyCatalogs, ISSUE_WORDS, { id: coreId, en: coreEn }]);
  const result = validateConfig(SiteConfig, config);
  return [...result.issues, ...eventIssues(config)].map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue, t, valueAt(config, issue.path)),
    severity: issue.severity,
  }));
}

const under = (path: string, key: string): boolean =>
  path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);

export function taskOf(path: string): TaskId | undefined {
  return TASKS.find((t) => t.keys.some((k) => under(path, k)))?.id;
}

export function statusOf(
  task: Task,
  config: Config,
  problems: readonly Problem[],
  done: readonly string[],
): TaskStatus {
  if (problems.some((p) => p.severity === 'error' && task.keys.some((k) => under(p.path, k)))) return 'problems';
  if (!task.keys.some((k) => config[k] !== undefined)) return done.includes(task.id) ? 'done' : 'notStarted';
  return done.includes(task.id) ? 'done' : 'inProgress';
}
