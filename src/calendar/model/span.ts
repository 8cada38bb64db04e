/**
 * When an event written in a config (or a JSON file) starts and ends, as the calendar reads it: one
 * reading for the calendar's `fromInput` (sources.ts) and for the builder's check that an event does
 * not end before it starts (builder/event-checks.ts, `endsBeforeStart`), so the two never disagree.
 */
import { DAY_MS, dayKeyOf, dayStart, parseIsoTime } from './time.js';

export interface SpanInput {
  readonly start: string;
  readonly end?: string | undefined;
  readonly allDay?: boolean | undefined;
}

export interface Span {
  readonly start: number;
  /** The end (as written unless `shown`: then never before `start`). */
  readonly end: number;
  readonly allDay: boolean;
}

/**
 * The event's span in epoch ms: an all-day event's end is the day after its last day (the end date
 * is inclusive), a timed event without an end ends when it starts. `undefined` when `start` is not a
 * date; an `end` that is not one counts as absent. `shown`: the span the calendar shows, where an
 * end before the start is ignored (an all-day event then lasts its first day, a timed one ends when
 * it starts); without it, the end as written, which may be before the start.
 */
export function spanOf(input: SpanInput, timeZone: string, shown?: boolean): Span | undefined {
  const start = parseIsoTime(input.start, timeZone);
  if (!start) return undefined;
  const allDay = input.allDay ?? start.allDay;
  const startMs = allDay && !start.allDay ? dayStart(dayKeyOf(start.ms, timeZone)) : start.ms;
  const end = input.end ? parseIsoTime(input.end, timeZone) : undefined;
  let endMs: number;
  if (allDay) endMs = end ? dayStart(dayKeyOf(end.ms, end.allDay ? 'UTC' : timeZone)) + DAY_MS : startMs + DAY_MS;
  else endMs = end ? end.ms : startMs;
  if (shown && endMs < startMs) endMs = allDay ? startMs + DAY_MS : startMs;
  return { start: startMs, end: endMs, allDay };
}

/**
 * The end as written is before the start: a timed end earlier than the start, or an all-day end
 * date before the start date. An end equal to the start (a moment, or a one-day event) is not.
 */
export const endsBeforeStart = (span: Span): boolean => (span.allDay ? span.end <= span.start : span.end < span.start);
