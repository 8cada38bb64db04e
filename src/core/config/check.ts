/**
 * The validation chunk: valibot, the shared field schemas, issue paths and their words.
 * The config-reading chunk (`source.ts`) imports it lazily, beside the config fetch, so a page
 * pays for validation only when it has a config to check.
 */
import type * as v from 'valibot';
import type { Problem } from '../problem.js';
import { describeIssue, formatPath, valueAt, type ConfigIssue } from './issues.js';
import { validateConfig } from './validate.js';

/**
 * Checks a config: its valid value, or the problem to show (a function, so that switching the
 * language words it again). Warnings (unknown keys, with a suggestion where one is close) go to
 * the console and, as `notes`, to the site owner's box.
 */
export function checkConfig(
  schema: v.GenericSchema,
  raw: unknown,
  t: (key: string, params?: Record<string, string | number>) => string,
  tag: string,
): ({ readonly value: unknown } | { readonly problem: () => Problem }) & { readonly notes?: () => readonly string[] } {
  const result = validateConfig(schema, raw);
  const describe = (i: ConfigIssue) => describeIssue(i, t, valueAt(raw, i.path));
  const warnings = result.issues.filter((i) => i.severity === 'warning');
  const notes = warnings.length ? () => warnings.map(describe) : undefined;
  if (notes) console.warn(`[${tag}] config warnings:\n${notes().join('\n')}`);
  if (result.ok && result.value) return { value: result.value, notes };
  const errors = result.issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  return {
    notes,
    problem: () => ({
      code: 'config-invalid',
      message: first ? describe(first) : t('core.issue.invalid'),
      path: first?.path.length ? formatPath(first.path) : undefined,
      details: errors.map(describe),
      retryable: false,
    }),
  };
}
