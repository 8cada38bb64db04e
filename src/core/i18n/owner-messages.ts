import type { Catalog } from './catalog.js';

/**
 * Words of the site owner's box (issue #14): they come with its chunk (`config/owner.ts`), loaded
 * only with `debug` or `#sebaya-debug`, so visitors never download them.
 */
export const ownerEn = {
  'core.owner.title': 'For the site owner: what to fix in the Sebaya config',
  'core.owner.fine': 'No problems found in the config of this element.',
  'core.owner.code': 'Error code: {code}. The same list is in the browser console.',
  'core.owner.hint':
    'Visitors do not see this box, only one calm line and the way to get help. Remove #sebaya-debug from the address to hide it.',
} as const satisfies Catalog;

export type OwnerKey = keyof typeof ownerEn;

export const ownerId: Catalog<OwnerKey> = {
  'core.owner.title': 'Untuk pemilik situs: yang perlu diperbaiki di konfigurasi Sebaya',
  'core.owner.fine': 'Tidak ada masalah di konfigurasi elemen ini.',
  'core.owner.code': 'Kode galat: {code}. Daftar yang sama ada di konsol peramban.',
  'core.owner.hint':
    'Pengunjung tidak melihat kotak ini, hanya satu kalimat tenang dan cara mendapat bantuan. Hapus #sebaya-debug dari alamat untuk menyembunyikannya.',
};
