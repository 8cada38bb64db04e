import type { Catalog } from './catalog.js';
import type { coreEn } from './messages-en.js';
import type { IssueKey } from './issue-messages.js';
import type { LoadKey } from './load-messages.js';
import type { OwnerKey } from './owner-messages.js';

/** Keys of the core catalogs, including the config-issue and config-reading ones that load with their chunks. */
export type CoreKey = keyof typeof coreEn | IssueKey | LoadKey | OwnerKey;
type BaseKey = keyof typeof coreEn;

/** The same strings in Bahasa Indonesia. */
export const coreId: Catalog<BaseKey> = {
  'core.loading': 'Memuat…',
  'core.error.title': 'Bagian ini belum dapat ditampilkan saat ini.',
  'core.error.retry': 'Coba lagi',
  'core.error.internal': 'Terjadi kesalahan di dalam elemen ini.',
  'core.error.help': 'Perlu bicara dengan seseorang sekarang?',
  'core.load.chunk': 'Sebagian elemen ini tidak bisa dimuat. Periksa koneksi lalu coba lagi.',
  'crisis.title': 'Butuh bantuan sekarang?',
  'crisis.lead':
    'Jika Anda atau orang di dekat Anda dalam bahaya atau berpikir untuk bunuh diri, hubungi sekarang. Gratis.',
  'crisis.call': 'Telepon {name}',
  'crisis.whatsapp': 'WhatsApp {name}',
  'crisis.website': 'Buka {name}',
  'crisis.extension': 'ekstensi {extension}',
  'crisis.hours': 'Jam layanan: {hours}',
  'crisis.emergency': 'Dalam keadaan darurat hubungi 112 atau datang ke IGD rumah sakit terdekat.',
  'crisis.exit': 'Keluar cepat',
  // Crisis panel (issue #14): the Shift hint is its own sentence, left out on touch-only devices and with no-shortcut.
  'crisis.exitHint': 'Langsung meninggalkan situs ini.',
  'crisis.exitShortcut': 'Bisa juga dengan menekan Shift tiga kali.',
  'crisis.source': 'Sumber: {source}, diperiksa {date}',
  'crisis.sejiwa.name': 'SEJIWA — Layanan Sehat Jiwa (119 ekstensi 8)',
  'crisis.sejiwa.about': 'Layanan konseling psikologi gratis lewat telepon dari HIMPSI bersama Kemenkes.',
  'crisis.healing119.about':
    'Layanan Kemenkes yang gratis dan anonim untuk pencegahan bunuh diri: situs web, WhatsApp, dan panggilan darurat.',
};
