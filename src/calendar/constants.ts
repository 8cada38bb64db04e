/** Values of the calendar config that code, types, stories and tests share (no valibot here). */

/** Views of the calendar. */
export const CALENDAR_VIEWS = ['month', 'list'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** First day of the week: `mo` (default), `su` or `sa`. */
export const WEEK_STARTS = ['mo', 'su', 'sa'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

/** Kinds of URL source. */
export const SOURCE_TYPES = ['json', 'ics'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
