import type { Catalog } from '../core/i18n/catalog.js';
import type { calendarEn } from './messages-en.js';
import type { CalendarLazyKey } from './messages-lazy.js';

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
  'calendar.emptyFiltered': 'Tidak ada kegiatan dari kategori yang Anda pilih pada {month}.',
  'calendar.showAll': 'Tampilkan semua kategori',
  'calendar.empty': 'Belum ada kegiatan yang dijadwalkan.',
  'calendar.emptyDay': 'Tidak ada kegiatan pada hari ini.',
  'calendar.suggest': 'Anda tidak perlu menunggu kegiatan untuk mendapatkan dukungan.',
  'calendar.suggest.directory': 'Cari tempat mendapatkan bantuan',
  'calendar.suggest.crisis': 'Perlu bicara sekarang? Lihat layanan krisis',
  'calendar.dayTitle': 'Kegiatan pada {date}',
  'calendar.close': 'Tutup',
  'calendar.recurring': 'berulang',
};
