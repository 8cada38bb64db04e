import type { Catalog } from './catalog.js';

/**
 * Words for reading a config: load failures, a missing config or section, the inline-config
 * label, the "saved copy" notice.
 * They come with the config-reading chunk (`config/source.ts`), in both languages, so a crisis
 * panel on its built-in lines never downloads them.
 */
export const loadEn = {
  'core.asOf': 'No connection: showing the information saved on {when}. It will refresh when the connection is back.',
  'core.load.network':
    'Could not load {url}. The server did not answer, or it does not allow this website to read the file (CORS).',
  'core.load.timeout': 'Loading {url} took too long.',
  'core.load.http': 'Loading {url} failed: the server answered {status}.',
  'core.load.notJson': '{url} is not a JSON file (it looks like a web page).',
  'core.load.syntax': '{url} is not valid JSON: unexpected {found} (line {line}, column {column}).',
  'core.load.end': 'end of file',
  'core.load.tooLarge': '{url} is too large ({size}); the limit is {limit}.',
  'core.inline': 'The config written in this page',
  'core.missingConfig':
    'This element needs a configuration: add a src="…" attribute pointing at the site config, or an inline <script type="application/json">.',
  'core.missingSection': '{section}: this section is missing from the site config.',
} as const satisfies Catalog;

export type LoadKey = keyof typeof loadEn;

export const loadId: Catalog<LoadKey> = {
  'core.asOf':
    'Tidak ada koneksi: menampilkan informasi yang tersimpan pada {when}. Akan diperbarui saat koneksi kembali.',
  'core.load.network':
    'Tidak bisa memuat {url}. Server tidak menjawab, atau tidak mengizinkan situs ini membaca berkasnya (CORS).',
  'core.load.timeout': 'Memuat {url} terlalu lama.',
  'core.load.http': 'Gagal memuat {url}: server menjawab {status}.',
  'core.load.notJson': '{url} bukan berkas JSON (tampaknya halaman web).',
  'core.load.syntax': '{url} bukan JSON yang benar: {found} tidak terduga (baris {line}, kolom {column}).',
  'core.load.end': 'akhir berkas',
  'core.load.tooLarge': '{url} terlalu besar ({size}); batasnya {limit}.',
  'core.inline': 'Konfigurasi yang ditulis di halaman ini',
  'core.missingConfig':
    'Elemen ini perlu konfigurasi: tambahkan atribut src="…" yang menunjuk ke berkas konfigurasi situs, atau <script type="application/json"> di dalamnya.',
  'core.missingSection': '{section}: bagian ini tidak ada di konfigurasi situs.',
};
