/** Why an ICS import left something out, in both languages. */
import type { Words } from './types.js';

export const icsWhy = {
  noStart: {
    id: 'tidak punya tanggal mulai (DTSTART) yang sah, jadi tidak dapat dibaca',
    en: 'has no valid start date (DTSTART), so it cannot be read',
  },
  unreadable: (detail: string): Words => ({
    id: `tidak dapat dibaca: ${detail}`,
    en: `could not be read: ${detail}`,
  }),
  cancelled: {
    id: 'dibatalkan (STATUS:CANCELLED) dan seri asalnya tidak ada di berkas',
    en: 'is cancelled (STATUS:CANCELLED) and its series is not in the file',
  },
  severalRules: {
    id: 'berulang menurut lebih dari satu aturan (RRULE); formulir hanya dapat menyimpan satu aturan. Tambahkan sebagai beberapa kegiatan.',
    en: 'repeats by more than one rule (RRULE); the form keeps one rule. Add it as several events.',
  },
  extraDates: {
    id: 'punya tanggal tambahan di luar aturan ulang (RDATE), yang tidak dapat disimpan formulir. Tambahkan tanggal itu sebagai kegiatan sendiri.',
    en: 'has extra dates outside its repeat rule (RDATE), which the form cannot keep. Add those dates as events of their own.',
  },
  badRule: (rule: string): Words => ({
    id: `aturan ulangnya (${rule}) tidak dapat dibaca`,
    en: `its repeat rule (${rule}) cannot be read`,
  }),
  differs: {
    id: 'berulang dengan cara yang tidak dapat disimpan persis (mis. menurut jam zona waktu lain yang memakai waktu musim panas); tanggal-tanggalnya akan bergeser',
    en: 'repeats in a way the form cannot keep exactly (e.g. by the clock of another time zone with daylight saving); its dates would move',
  },
  notCalendar: {
    id: 'Ini bukan berkas kalender (.ics): tidak ada BEGIN:VCALENDAR atau BEGIN:VEVENT.',
    en: 'This is not a calendar file (.ics): there is no BEGIN:VCALENDAR or BEGIN:VEVENT.',
  },
  webcal: {
    id: 'Alamat webcal:// diubah menjadi https://, yang dapat dibaca peramban.',
    en: 'The webcal:// address was changed to https://, which a browser can read.',
  },
  cors: {
    id: 'Tautan Google Calendar dan Outlook tidak mengizinkan situs lain membaca berkasnya (CORS). Unggah salinan berkas .ics ke situs Anda, atau impor berkasnya di sini.',
    en: 'Google Calendar and Outlook links do not let other websites read the file (CORS). Put a copy of the .ics file on your site, or import the file here.',
  },
} satisfies Record<string, Words | ((...args: string[]) => Words)>;
