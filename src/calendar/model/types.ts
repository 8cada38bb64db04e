import type { LocalizedText } from '../../core/i18n/localize.js';

/** How to reach the organiser of an event. */
export interface Contact {
  readonly name?: LocalizedText;
  readonly phone?: string;
  readonly whatsapp?: string;
  readonly email?: string;
}

/**
 * One event as the calendar keeps it, whatever its source: a single event, the master of a
 * recurring series, or one moved/changed instance of a series (`recurrenceId` set).
 * Times are instants (epoch ms); an all-day event keeps UTC midnights of its dates, `end` exclusive.
 */
export interface CalendarEvent {
  readonly id: string;
  readonly title: LocalizedText;
  readonly start: number;
  readonly end: number;
  readonly allDay: boolean;
  /** The zone the event's wall-clock times are in (IANA when known); `UTC` for all-day events. */
  readonly timeZone: string;
  readonly location?: LocalizedText;
  readonly description?: LocalizedText;
  readonly category?: string;
  readonly url?: string;
  readonly contact?: Contact;
  readonly geo?: { readonly lat: number; readonly lon: number };
  /** Index of the source in `calendar.sources`. */
  readonly source: number;
  /** The RRULE value(s) of the series (for words, export and the Google link). */
  readonly rrule?: readonly string[];
  readonly rdates?: readonly number[];
  readonly exdates?: readonly number[];
  /**
   * A series' changed instances (`event`) and cancelled ones (`null`), each by the instant it
   * replaces (all-day: that day's UTC midnight): what the .ics export writes back as
   * RECURRENCE-ID events and EXDATEs.
   */
  readonly changes?: readonly { readonly recurrenceId: number; readonly event: CalendarEvent | null }[];
  /** For a changed instance of a series: the instant it replaces. */
  readonly recurrenceId?: number;
  /** Occurrences overlapping `[from, to)`; set for recurring events by the ICS engine. */
  readonly expand?: (from: number, to: number) => Occurrence[];
}

/** One occurrence on the calendar. */
export interface Occurrence {
  readonly event: CalendarEvent;
  readonly start: number;
  readonly end: number;
}

/** A problem found in one source (localised by the element). */
export interface SourceProblem {
  /** `skipped`: events that could not be read; `syntax`: the file is not iCalendar/JSON; `zone`: an unknown time zone. */
  readonly code: 'skipped' | 'syntax' | 'zone';
  readonly count?: number;
  readonly detail?: string;
}
