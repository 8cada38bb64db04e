import type { Catalog } from '../core/i18n/catalog.js';
import { registerCatalogs } from '../core/i18n/registry.js';

/**
 * Words about a source that could not be read, for the site owner (the owner box, the console,
 * `sebaya-error`): they come with the sources engine (`model/engine.ts`), loaded before any source
 * is read, so they stay out of `sebaya.js`. Visitors see one calm line from the eager catalog.
 */
export const directorySourcesEn = {
  'directory.source.name': 'source {number}',
  'directory.source.failed': 'Could not load {source}: {reason}',
  'directory.malformed.not-list': '{source} does not hold a list of places.',
  'directory.malformed.no-name-column': '{source} has no "name" column (see the spreadsheet template).',
  'directory.malformed.not-hsds': '{source} is not Open Referral (HSDS) data.',
  'directory.malformed.html': '{source} is a web page, not a published spreadsheet (CSV).',
  'directory.malformed.empty': '{source} is empty.',
  'directory.skipped': {
    one: '{count} entry in {source} was left out because it is incomplete.',
    other: '{count} entries in {source} were left out because they are incomplete.',
  },
} as const satisfies Catalog;

export type DirectorySourcesKey = keyof typeof directorySourcesEn;

export const directorySourcesId: Catalog<DirectorySourcesKey> = {
  'directory.source.name': 'sumber {number}',
  'directory.source.failed': 'Tidak bisa memuat {source}: {reason}',
  'directory.malformed.not-list': '{source} tidak berisi daftar tempat.',
  'directory.malformed.no-name-column': '{source} tidak punya kolom "name" atau "nama" (lihat templat spreadsheet).',
  'directory.malformed.not-hsds': '{source} bukan data Open Referral (HSDS).',
  'directory.malformed.html': '{source} adalah halaman web, bukan spreadsheet yang dipublikasikan (CSV).',
  'directory.malformed.empty': '{source} kosong.',
  'directory.skipped': { other: '{count} entri di {source} tidak ditampilkan karena datanya tidak lengkap.' },
};

registerCatalogs({ id: directorySourcesId, en: directorySourcesEn });
