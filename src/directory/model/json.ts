/**
 * The JSON feed reader (a lazy chunk, with valibot): each entry is checked with the same schema as
 * places written in the config; a bad entry is left out and named, the rest stay.
 */
import * as v from 'valibot';
import { fromValibot, formatPath } from '../../core/config/issues.js';
import { issueEn, type IssueKey } from '../../core/i18n/issue-messages.js';
import { formatMessage } from '../../core/i18n/localize.js';
import { ResourceSchema } from '../schema.js';
import type { ResourceInput } from './resource.js';
import { fromConfig, MalformedSource, type SourceRead } from './source-read.js';

/** Validates each item of a JSON feed on its own: a bad entry is skipped and named, the rest stay. */
export function readJsonResources(data: unknown, path: (string | number)[]): SourceRead {
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { resources?: unknown }).resources)
      ? (data as { resources: unknown[] }).resources
      : undefined;
  if (!list) throw new MalformedSource('not-list');
  const items: ResourceInput[] = [];
  const skipped: string[] = [];
  list.forEach((item, i) => {
    const result = v.safeParse(ResourceSchema, item, { abortPipeEarly: true });
    if (result.success) items.push(fromConfig(result.output));
    else {
      const issue = fromValibot(result.issues)[0];
      // For the site owner's console, in words (like the rest of that log line).
      const message = issueEn[(issue?.key ?? 'core.issue.invalid') as IssueKey] ?? issue?.key ?? '';
      skipped.push(
        `${formatPath([...path, i, ...(issue?.path ?? [])])}: ${formatMessage(message, 'en', issue?.params)}`,
      );
    }
  });
  return { items, skipped };
}
