/**
 * The spreadsheet template's columns (docs/directory.md): what the reader (`csv.ts`) accepts and
 * the download (`export.ts`) writes. Data only, so the download does not pull in the reader.
 */

/** The documented columns and the Indonesian names a team may use instead. */
export const CSV_COLUMNS = {
  id: ['id'],
  name: ['name', 'nama'],
  categories: ['categories', 'category', 'kategori'],
  description: ['description', 'deskripsi', 'keterangan'],
  area: ['area', 'wilayah', 'daerah'],
  address: ['address', 'alamat'],
  lat: ['lat', 'latitude', 'lintang'],
  lon: ['lon', 'lng', 'longitude', 'bujur'],
  phone: ['phone', 'phones', 'telepon', 'telp', 'hp'],
  whatsapp: ['whatsapp', 'wa'],
  sms: ['sms'],
  email: ['email', 'e_mail', 'surel'],
  website: ['website', 'web', 'situs'],
  hours: ['hours', 'jam', 'jam_buka'],
  hours_note: ['hours_note', 'catatan_jam'],
  time_zone: ['time_zone', 'timezone', 'zona_waktu'],
  cost: ['cost', 'biaya'],
  free: ['free', 'gratis'],
  languages: ['languages', 'language', 'bahasa'],
  last_verified: ['last_verified', 'verified', 'diperiksa', 'terakhir_diperiksa'],
  keywords: ['keywords', 'kata_kunci'],
} as const;
export type CsvColumn = keyof typeof CSV_COLUMNS;

/** Columns whose text may be given per language with a suffix: `name_en`, `deskripsi_en`. */
export const LOCALIZED = [
  'name',
  'description',
  'address',
  'hours_note',
  'cost',
  'keywords',
] as const satisfies readonly CsvColumn[];
export type LocalizedColumn = (typeof LOCALIZED)[number];
