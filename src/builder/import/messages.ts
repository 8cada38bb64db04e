/** The strings of <sebaya-import>, Bahasa Indonesia first. */
export const importId = {
  'title.ics': 'Impor acara dari berkas .ics atau alamatnya',
  'title.csv': 'Impor tempat dari spreadsheet (CSV)',
  'title.config': 'Impor sebaya.json yang sudah ada',
  file: 'Pilih berkas',
  'file.hint.ics': 'Berkas .ics dari Google Calendar, Outlook atau aplikasi kalender lain.',
  'file.hint.csv': 'Berkas .csv: templat direktori, atau unduhan Google Sheets / Excel (“CSV”).',
  'file.hint.config': 'Berkas sebaya.json.',
  paste: 'Atau tempel isinya di sini',
  url: 'Atau alamat kalender yang diterbitkan (https://… .ics)',
  'url.hint': 'Kalender dibaca dari alamat ini setiap kali halaman dibuka.',
  'url.use': 'Pakai alamat ini',
  read: 'Baca',
  reading: 'Membaca…',
  nothing: 'Pilih berkas atau tempel teks terlebih dahulu.',
  tooBig: 'Berkas ini lebih dari 10 MB; terlalu besar untuk diimpor di sini.',
  'match.title': 'Cocokkan kolom',
  'match.lead':
    'Untuk setiap isian tempat, pilih kolom spreadsheet yang memuatnya. Sudah diisi sesuai nama kolom; periksa.',
  'match.none': '— tidak ada —',
  'match.preview': 'Tiga baris pertama spreadsheet',
  'match.go': 'Impor tempat',
  'report.title': 'Hasil pembacaan',
  'report.items': {
    zero: 'Tidak ada yang dapat diimpor.',
    one: '1 butir siap diimpor.',
    other: '{count} butir siap diimpor.',
  },
  'report.config.ok': 'Konfigurasi terbaca.',
  'report.config.errors': {
    one: 'Ada 1 masalah yang perlu diperbaiki setelah impor.',
    other: 'Ada {count} masalah yang perlu diperbaiki setelah impor.',
  },
  'report.skipped': 'Dilewati',
  'report.notes': 'Catatan',
  'report.problems': 'Masalah',
  'report.add': 'Masukkan ke konfigurasi',
  'report.again': 'Mulai lagi',
  done: 'Sudah dimasukkan.',
  'field.id': 'Kode (id)',
  'field.name': 'Nama',
  'field.categories': 'Kategori',
  'field.description': 'Keterangan',
  'field.area': 'Wilayah',
  'field.address': 'Alamat',
  'field.lat': 'Lintang',
  'field.lon': 'Bujur',
  'field.phone': 'Telepon',
  'field.whatsapp': 'WhatsApp',
  'field.sms': 'SMS',
  'field.email': 'Surel',
  'field.website': 'Situs web',
  'field.hours': 'Jam buka',
  'field.hours_note': 'Catatan jam buka',
  'field.time_zone': 'Zona waktu',
  'field.cost': 'Biaya',
  'field.free': 'Gratis',
  'field.languages': 'Bahasa',
  'field.last_verified': 'Terakhir diperiksa',
  'field.keywords': 'Kata kunci',
  'field.en': '{field} (bahasa Inggris)',
} as const;

export type ImportKey = keyof typeof importId;
type Message = string | { readonly zero?: string; readonly one?: string; readonly other: string };

export const importEn: { readonly [K in ImportKey]: Message } = {
  'title.ics': 'Import events from an .ics file or address',
  'title.csv': 'Import places from a spreadsheet (CSV)',
  'title.config': 'Import an existing sebaya.json',
  file: 'Choose a file',
  'file.hint.ics': 'An .ics file from Google Calendar, Outlook or another calendar app.',
  'file.hint.csv': 'A .csv file: the directory template, or a Google Sheets / Excel download (“CSV”).',
  'file.hint.config': 'A sebaya.json file.',
  paste: 'Or paste its text here',
  url: 'Or the address of a published calendar (https://… .ics)',
  'url.hint': 'The calendar is read from this address each time the page opens.',
  'url.use': 'Use this address',
  read: 'Read',
  reading: 'Reading…',
  nothing: 'Choose a file or paste some text first.',
  tooBig: 'This file is over 10 MB; too large to import here.',
  'match.title': 'Match the columns',
  'match.lead':
    'For each place field, choose the spreadsheet column it is in. Filled in from the column names; please check.',
  'match.none': '— none —',
  'match.preview': 'The first three rows of the spreadsheet',
  'match.go': 'Import places',
  'report.title': 'What was read',
  'report.items': {
    zero: 'Nothing can be imported.',
    one: '1 item ready to import.',
    other: '{count} items ready to import.',
  },
  'report.config.ok': 'The config was read.',
  'report.config.errors': {
    one: '1 problem to fix after importing.',
    other: '{count} problems to fix after importing.',
  },
  'report.skipped': 'Left out',
  'report.notes': 'Notes',
  'report.problems': 'Problems',
  'report.add': 'Add to the config',
  'report.again': 'Start again',
  done: 'Added.',
  'field.id': 'Code (id)',
  'field.name': 'Name',
  'field.categories': 'Categories',
  'field.description': 'Description',
  'field.area': 'Area',
  'field.address': 'Address',
  'field.lat': 'Latitude',
  'field.lon': 'Longitude',
  'field.phone': 'Phone',
  'field.whatsapp': 'WhatsApp',
  'field.sms': 'SMS',
  'field.email': 'Email',
  'field.website': 'Website',
  'field.hours': 'Opening hours',
  'field.hours_note': 'Note on opening hours',
  'field.time_zone': 'Time zone',
  'field.cost': 'Cost',
  'field.free': 'Free',
  'field.languages': 'Languages',
  'field.last_verified': 'Last checked',
  'field.keywords': 'Keywords',
  'field.en': '{field} (English)',
};

/** A translator for the builder's UI language (`id` unless `en`). */
export function importWords(lang: string): (key: ImportKey, params?: Record<string, string | number>) => string {
  const catalog: { readonly [K in ImportKey]: Message } = lang === 'en' ? importEn : importId;
  const rules = new Intl.PluralRules(lang === 'en' ? 'en' : 'id');
  return (key, params = {}) => {
    const m = catalog[key];
    const count = Number(params.count ?? 0);
    const text =
      typeof m === 'string'
        ? m
        : ((count === 0 ? m.zero : undefined) ?? (rules.select(count) === 'one' ? m.one : undefined) ?? m.other);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
