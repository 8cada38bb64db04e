import type { Catalog } from '../core/i18n/catalog.js';

/**
 * Strings of <sebaya-calendar> shown in every state, in English: the list of keys. Strings needed
 * only with a lazy chunk (rule words, notices, the event detail, config issues) are in
 * `messages-lazy.ts`, registered when that chunk loads.
 */
export const calendarEn = {
  'calendar.label': 'Activity calendar',
  'calendar.toolbar': 'Calendar navigation',
  'calendar.prev': 'Previous month',
  'calendar.next': 'Next month',
  'calendar.today': 'Today',
  'calendar.todayMark': 'today',
  'calendar.view': 'View',
  'calendar.view.month': 'Month',
  'calendar.view.list': 'List',
  'calendar.filter': 'Show categories',
  'calendar.uncategorised': 'Other',
  'calendar.more': '+{count} more',
  'calendar.dayCount': { zero: 'no activities', one: '1 activity', other: '{count} activities' },
  'calendar.allDay': 'All day',
  'calendar.until': 'until {date}',
  'calendar.emptyMonth': 'Nothing is scheduled in {month}.',
  'calendar.emptyFiltered': 'Nothing in the categories you chose in {month}.',
  'calendar.showAll': 'Show all categories',
  'calendar.empty': 'No activities are scheduled yet.',
  'calendar.emptyDay': 'Nothing is scheduled on this day.',
  'calendar.suggest': 'You do not have to wait for an activity to get support.',
  'calendar.suggest.directory': 'Find a place to get help',
  'calendar.suggest.crisis': 'Need to talk now? See the crisis lines',
  'calendar.dayTitle': 'Activities on {date}',
  'calendar.close': 'Close',
  'calendar.recurring': 'repeats',
} as const satisfies Catalog;
