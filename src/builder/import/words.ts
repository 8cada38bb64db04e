/**
 * Config problems in both languages, worded by the same catalogs and `describeIssue()` the elements
 * use, so an import names a problem exactly as the element would.
 */
import * as v from 'valibot';
import { describeIssue, fromValibot, valueAt, type ConfigIssue } from '../../core/config/issues.js';
import { issueEn, issueId } from '../../core/i18n/issue-messages.js';
import { createTranslator } from '../../core/i18n/localize.js';
import { lazyCatalogs } from '../../core/i18n/registry.js';
import type { Skipped, Words } from './types.js';

export function issueWords(issue: ConfigIssue, input: unknown): Words {
  // Read at each call: sections register their issue words when their schema module loads.
  const layers = [lazyCatalogs, { id: issueId, en: issueEn }];
  return {
    id: describeIssue(issue, createTranslator('id', layers), input),
    en: describeIssue(issue, createTranslator('en', layers), input),
  };
}

/** Keeps the first `max` characters of something read from a file, for a message. */
export const excerpt = (s: string, max = 40): string => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * Gives `item` an id nobody in `used` has (its own, else `<id>-2`, `<id>-3`…; `fallback` when it has
 * none), checks it against `schema`, and keeps it in `items` or names its first problem, in the
 * elements' words, in `skipped` at `where`.
 */
export function admit(
  schema: v.GenericSchema,
  item: { readonly id: string },
  where: string,
  into: { used: Set<string>; items: unknown[]; skipped: Skipped[] },
  fallback = 'item',
): void {
  const base = item.id || fallback;
  let id = base;
  for (let n = 2; into.used.has(id); n += 1) id = `${base.slice(0, 190)}-${n}`;
  const candidate = { ...item, id };
  const checked = v.safeParse(schema, candidate, { abortPipeEarly: true });
  if (!checked.success) {
    const issue = fromValibot(checked.issues)[0]!;
    into.skipped.push({ where, why: issueWords(issue, valueAt(candidate, issue.path)) });
    return;
  }
  into.used.add(id);
  into.items.push(candidate);
}
