import type { Catalog } from '../core/i18n/catalog.js';
import type { CalendarLazyKey } from './messages-lazy.js';

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
  'calendar.empty': 'No activities are scheduled yet.',
  'calendar.emptyDay': 'Nothing is scheduled on this day.',
  'calendar.suggest': 'You do not have to wait for an activity to get support.',
  'calendar.suggest.directory': 'Find a place to get help',
  'calendar.suggest.crisis': 'Need to talk now? See the crisis lines',
  'calendar.dayTitle': 'Activities on {date}',
  'calendar.close': 'Close',
  'calendar.back': 'Back to {date}',
  'calendar.recurring': 'repeats',
} as const satisfies Catalog;

/** Every key the calendar translates (eager and lazy). */
export type CalendarKey = keyof typeof calendarEn | CalendarLazyKey;

/** The same strings in Bahasa Indonesia. */
export const calendarId: Catalog<keyof typeof calendarEn> = {
  'calendar.label': 'Kalender kegiatan',
  'calendar.toolbar': 'Navigasi kalender',
  'calendar.prev': 'Bulan sebelumnya',
  'calendar.next': 'Bulan berikutnya',
  'calendar.today': 'Hari ini',
  'calendar.todayMark': 'hari ini',
  'calendar.view': 'Tampilan',
  'calendar.view.month': 'Bulan',
  'calendar.view.list': 'Daftar',
  'calendar.filter': 'Tampilkan kategori',
  'calendar.uncategorised': 'Lainnya',
  'calendar.more': '+{count} lainnya',
  'calendar.dayCount': { zero: 'tidak ada kegiatan', other: '{count} kegiatan' },
  'calendar.allDay': 'Sepanjang hari',
  'calendar.until': 'sampai {date}',
  'calendar.emptyMonth': 'Belum ada kegiatan pada {month}.',
  'calendar.empty': 'Belum ada kegiatan yang dijadwalkan.',
  'calendar.emptyDay': 'Tidak ada kegiatan pada hari ini.',
  'calendar.suggest': 'Anda tidak perlu menunggu kegiatan untuk mendapatkan dukungan.',
  'calendar.suggest.directory': 'Cari tempat mendapatkan bantuan',
  'calendar.suggest.crisis': 'Perlu bicara sekarang? Lihat layanan krisis',
  'calendar.dayTitle': 'Kegiatan pada {date}',
  'calendar.close': 'Tutup',
  'calendar.back': 'Kembali ke {date}',
  'calendar.recurring': 'berulang',
};
