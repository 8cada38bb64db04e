/**
 * Config problems in both languages, worded by the same catalogs and `describeIssue()` the elements
 * use, so an import names a problem exactly as the element would.
 */
import { describeIssue, type ConfigIssue } from '../../core/config/issues.js';
import { issueEn, issueId } from '../../core/i18n/issue-messages.js';
import { createTranslator } from '../../core/i18n/localize.js';
import { lazyCatalogs } from '../../core/i18n/registry.js';
import type { Words } from './types.js';

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
