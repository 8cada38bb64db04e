/**
 * Checks the events of a JSON feed with the config schema (a lazy chunk with valibot): valid
 * events are kept, invalid ones counted, the first described with its path.
 */
import * as v from 'valibot';
import { describeIssue, fromValibot } from '../core/config/issues.js';
import type { Translate } from '../core/i18n/localize.js';
import { CalendarEventInput, JsonFeed } from './schema.js';

export interface FeedCheck {
  /** Undefined when the file is neither a list of events nor `{ "events": [ … ] }`. */
  readonly valid?: CalendarEventInput[];
  readonly bad: number;
  /** The first invalid event's problem, worded when shown. */
  readonly firstIssue?: (t: Translate<string>) => string;
}

export function checkFeed(data: unknown): FeedCheck {
  const feed = v.safeParse(JsonFeed, data);
  if (!feed.success) return { bad: 0 };
  const items = Array.isArray(feed.output) ? feed.output : feed.output.events;
  const valid: CalendarEventInput[] = [];
  let bad = 0;
  let firstIssue: FeedCheck['firstIssue'];
  items.forEach((item, i) => {
    const r = v.safeParse(CalendarEventInput, item, { abortPipeEarly: true });
    if (r.success) valid.push(r.output);
    else {
      bad += 1;
      const issue = fromValibot(r.issues)[0];
      if (issue && !firstIssue)
        firstIssue = (t) =>
          describeIssue(
            { ...issue, path: ['events', i, ...issue.path] },
            t,
            (item as Record<string, unknown>)[String(issue.path[0])],
          );
    }
  });
  return { valid, bad, ...(firstIssue ? { firstIssue } : {}) };
}
