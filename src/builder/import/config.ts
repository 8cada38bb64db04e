/**
 * An existing `sebaya.json` (a file or pasted text) → the builder's config: JSON with a located
 * syntax error, then the migrations of older shapes (each told as a note), then validation with the
 * same schema and messages the elements use. Never throws; the text itself is never changed, so a
 * failed import loses nothing the owner has.
 */
import * as v from 'valibot';
import { locateJsonError } from '../../core/config/json-error.js';
import { formatPath, valueAt } from '../../core/config/issues.js';
import { validateConfig } from '../../core/config/validate.js';
import { ExitUrl } from '../../core/config/fields.js';
import { lineColumn } from '../../core/net/fetch-text.js';
import { SiteConfig } from '../../site-schema.js';
import { configWhy } from './config-why.js';
import type { Words } from './types.js';
import { excerpt, issueWords } from './words.js';

/** One problem with the imported config: where (`line 3, column 26` or a config path) and what. */
export interface ConfigProblem {
  readonly where: string;
  readonly why: Words;
  /** `error`: the elements would refuse the config; `warning`: an unknown key, ignored by them. */
  readonly severity: 'error' | 'warning';
}

export interface ConfigImport {
  /** The config read (migrated), or undefined when the text is not JSON. */
  readonly config: unknown;
  readonly notes: Words[];
  readonly problems: ConfigProblem[];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Message keys renamed (CHANGELOG: `core.error.details` → `quiz.skippedDetails`) or gone. */
const RENAMED_MESSAGES: Readonly<Record<string, string>> = { 'core.error.details': 'quiz.skippedDetails' };
const GONE_MESSAGES = ['core.empty', 'crisis.noLines'];

/** Brings an older config up to date, in place; returns what it changed, in words. */
function migrate(config: Json): Words[] {
  const notes: Words[] = [];
  if (isObject(config.messages)) {
    for (const [locale, catalog] of Object.entries(config.messages)) {
      if (!isObject(catalog)) continue;
      for (const [from, to] of Object.entries(RENAMED_MESSAGES)) {
        if (!(from in catalog)) continue;
        if (!(to in catalog)) catalog[to] = catalog[from];
        delete catalog[from];
        notes.push(configWhy.renamedMessage(locale, from, to));
      }
      for (const key of GONE_MESSAGES) {
        if (!(key in catalog)) continue;
        delete catalog[key];
        notes.push(configWhy.goneMessage(locale, key));
      }
    }
  }
  // Before the quick exit had to be another http(s) page, `#`, `tel:` and `mailto:` were accepted.
  const crisis = config.crisis;
  const exit: unknown = isObject(crisis) ? crisis.quickExitUrl : undefined;
  if (isObject(crisis) && typeof exit === 'string' && !v.safeParse(ExitUrl, exit).success) {
    const old = exit.trim();
    if (old === '' || old.startsWith('#') || /^(tel|mailto|sms):/i.test(old)) {
      delete crisis.quickExitUrl;
      notes.push(configWhy.quickExit(excerpt(old)));
    }
  }
  return notes;
}

/** The JSON inside a pasted `<script type="application/json">` snippet (CMS pages hold it so). */
function unwrap(text: string): string | undefined {
  const m = /^\s*<script\b[^>]*>([\s\S]*)<\/script>\s*$/i.exec(text);
  return m ? m[1] : undefined;
}

function syntaxProblem(text: string): ConfigProblem {
  const at = locateJsonError(text) ?? { offset: text.length, found: '' };
  const { line, column } = lineColumn(text, at.offset);
  const why =
    at.kind === 'comment'
      ? configWhy.comment(line, column)
      : at.kind === 'comma'
        ? configWhy.comma(line, column)
        : configWhy.unexpected(line, column, at.found ? JSON.stringify(at.found) : '');
  return { where: `line ${line}, column ${column}`, why, severity: 'error' };
}

/** Reads a config; never throws. */
export function importConfig(input: string): ConfigImport {
  const notes: Words[] = [];
  let text = String(input ?? '').replace(/^\uFEFF/, '');
  const inner = unwrap(text);
  if (inner !== undefined) {
    text = inner;
    notes.push(configWhy.fromSnippet);
  }
  if (!text.trim())
    return { config: undefined, notes, problems: [{ where: 'line 1', why: configWhy.empty, severity: 'error' }] };
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    return { config: undefined, notes, problems: [syntaxProblem(text)] };
  }
  if (!isObject(config))
    return { config, notes, problems: [{ where: 'config', why: configWhy.notObject, severity: 'error' }] };
  notes.push(...migrate(config));
  try {
    const result = validateConfig(SiteConfig, config);
    const problems = result.issues.map((issue): ConfigProblem => ({
      where: formatPath(issue.path) || 'config',
      why: issueWords(issue, valueAt(config, issue.path)),
      severity: issue.severity,
    }));
    return { config, notes, problems };
  } catch (err) {
    // valibot on a pathological value (e.g. nesting deeper than the stack): still a located answer.
    const why = excerpt(err instanceof Error ? err.message : String(err), 80);
    return {
      config,
      notes,
      problems: [
        {
          where: 'config',
          why: { id: `konfigurasi: tidak dapat diperiksa (${why})`, en: `the config: could not be checked (${why})` },
          severity: 'error',
        },
      ],
    };
  }
}
