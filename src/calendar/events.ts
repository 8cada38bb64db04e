/** The calendar's events (see `core/events.ts`). Type-only. */

/** What `sebaya-event-select` carries. */
export interface EventSelectDetail {
  readonly id: string;
  /** ISO 8601: an instant (`2026-12-03T12:30:00.000Z`) or, for all-day events, a date (`2026-12-03`). */
  readonly start: string;
}

declare module '../core/events.js' {
  interface SebayaEvents {
    /** An activity was opened. */
    'sebaya-event-select': EventSelectDetail;
  }
}
