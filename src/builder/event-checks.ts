/**
 * Checks of the builder beyond the schema: what the elements accept but quietly correct, which the
 * site owner should hear about while writing the config. An inline calendar event that ends before
 * it starts: the calendar shows it (its end ignored, calendar/model/span.ts `spanOf`), so the
 * schema keeps accepting it; the builder names it at the event's end.
 */
import type { ConfigIssue } from '../core/config/issues.js';
import { DEFAULT_TIME_ZONE } from '../core/i18n/format.js';
import { isTimeZone } from '../core/i18n/intl-extra.js';
import { endsBeforeStart, spanOf } from '../calendar/model/span.js';
import type { Config } from './model.js';

/**
 * Its words, kept with the check (only the builder says it: in the calendar's catalog they would
 * weigh on every visitor's page).
 */
export const EVENT_ISSUE_WORDS = {
  id: {
    'builder.issue.endBeforeStart': 'sebelum waktu mulai: kalender mengabaikannya dan hanya menampilkan waktu mulai',
  },
  en: { 'builder.issue.endBeforeStart': 'is before the start: the calendar ignores it and shows only the start' },
};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Inline events whose end is before their start (in the site's time zone, as the calendar reads them). */
export function eventIssues(config: Config): ConfigIssue[] {
  const zone = typeof config.timeZone === 'string' && isTimeZone(config.timeZone) ? config.timeZone : DEFAULT_TIME_ZONE;
  const out: ConfigIssue[] = [];
  list(record(config.calendar).sources).forEach((source, s) => {
    list(record(source).events).forEach((item, e) => {
      const { start, end, allDay } = record(item);
      if (typeof start !== 'string' || typeof end !== 'string') return;
      const span = spanOf({ start, end, allDay: typeof allDay === 'boolean' ? allDay : undefined }, zone);
      if (span && endsBeforeStart(span))
        out.push({
          path: ['calendar', 'sources', s, 'events', e, 'end'],
          key: 'builder.issue.endBeforeStart',
          severity: 'error',
        });
    });
  });
  return out;
}
