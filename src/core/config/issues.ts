import type * as v from 'valibot';
import type { Translate } from '../i18n/localize.js';
import type { CoreKey } from '../i18n/messages.js';
import { issueEn, issueId } from '../i18n/issue-messages.js';
import { registerCatalogs } from '../i18n/registry.js';

// Whoever describes issues (the validation chunk, or an element's own feed checks) brings the words.
registerCatalogs({ id: issueId, en: issueEn });

/** One problem in a config, feed or answer: where (a path such as `calendar.sources[1].url`) and what. */
export interface ConfigIssue {
  /** Path segments from the config root. */
  readonly path: readonly (string | number)[];
  /** Message key and its parameters, localised when shown. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  /** `error` stops the element; `warning` is logged for the site owner. */
  readonly severity: 'error' | 'warning';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["calendar","sources",1,"url"]` → `calendar.sources[1].url`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg.length > 40 ? `${seg.slice(0, 40)}…` : seg)}]`;
  }
  return out;
}

const TYPE_KEYS: Record<string, CoreKey> = {
  string: 'core.type.string',
  number: 'core.type.number',
  boolean: 'core.type.boolean',
  object: 'core.type.object',
  loose_object: 'core.type.object',
  strict_object: 'core.type.object',
  record: 'core.type.object',
  array: 'core.type.array',
  null: 'core.type.null',
};

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** A short, safe rendering of a value found in the config. */
function describeValue(input: unknown, t: Translate<CoreKey>): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  const key = TYPE_KEYS[typeOf(input)];
  return key ? t(key) : t('core.type.undefined');
}

/** Turns valibot's issues into ours (path + message key), keeping the first per path. */
export function fromValibot(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly (string | number)[] = [],
  out: ConfigIssue[] = [],
  seen = new Set<string>(),
): ConfigIssue[] {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)];
    // An object that fits none of a union's shapes (a calendar source with neither `events` nor
    // `url`): when it chose a shape and fails deeper in it (`events[0].title` missing), that is
    // the problem to name; else the union's own words, or the first thing missing.
    const sub = issue.type === 'union' && isObject(issue.input) ? (issue.issues ?? []) : [];
    if (sub.length) {
      const deep = sub.filter((i) => (i.path?.length ?? 0) > 1);
      if (deep.length) {
        fromValibot(deep, path, out, seen);
        continue;
      }
      if (!/^\w+\.issue\.\w+$/.test(issue.message)) {
        fromValibot(sub.slice(0, 1), path, out, seen);
        continue;
      }
    }
    const where = formatPath(path);
    if (seen.has(where)) continue;
    seen.add(where);
    out.push({ path, severity: 'error', ...classify(issue) });
  }
  return out;
}

const isObject = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);

function classify(issue: v.BaseIssue<unknown>): { key: string; params?: Record<string, string | number> } {
  const { type, input, message } = issue;
  const requirement = (issue as { requirement?: unknown }).requirement;
  if (/^\w+\.issue\.\w+$/.test(message)) {
    const max = typeof requirement === 'number' ? requirement : 0;
    return { key: message, params: { max, min: max } };
  }
  if (issue.kind === 'schema') {
    if (input === undefined) return { key: 'core.issue.required' };
    if (type === 'picklist' || type === 'literal')
      return { key: 'core.issue.oneOf', params: { expected: issue.expected ?? '', received: '\u0000' } };
    if (type === 'union' && (issue.expected ?? '').includes('string') && (issue.expected ?? '').includes('Object')) {
      return { key: 'core.issue.type', params: { expected: '\u0001text', received: '\u0000' } };
    }
    return { key: 'core.issue.type', params: { expected: `\u0001${type}`, received: '\u0000' } };
  }
  switch (type) {
    case 'min_length':
      return requirement === 1
        ? { key: 'core.issue.empty' }
        : { key: 'core.issue.tooSmall', params: { min: Number(requirement) } };
    case 'max_length':
      return { key: 'core.issue.tooLong', params: { max: Number(requirement) } };
    case 'min_value':
      return { key: 'core.issue.tooSmall', params: { min: String(requirement) } };
    case 'max_value':
      return { key: 'core.issue.tooBig', params: { max: String(requirement) } };
    case 'url':
      return { key: 'core.issue.url' };
    default:
      return { key: 'core.issue.invalid' };
  }
}

/**
 * The issue in words: `calendar.sources[1].url: is not a valid URL`.
 * `received` is filled from the value in the config, `expected` type names are localised.
 */
export function describeIssue(issue: ConfigIssue, t: Translate<string>, input?: unknown): string {
  const params: Record<string, string | number> = { ...issue.params };
  for (const [name, value] of Object.entries(params)) {
    if (value === '\u0000') params[name] = describeValue(input, t);
    else if (typeof value === 'string' && value.startsWith('\u0001')) {
      const kind = value.slice(1);
      params[name] = kind === 'text' ? t('core.type.text') : t(TYPE_KEYS[kind] ?? 'core.type.string');
    }
  }
  const where = issue.path.length ? formatPath(issue.path) : t('core.root');
  return `${where}: ${t(issue.key, params)}`;
}

/** The value at `path` inside `root` (for describing what was found). */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
