import type { Catalog } from './catalog.js';

/**
 * Words for config problems (`calendar.sources[1].url: is not a valid URL`). They load with the
 * validation chunk, not with every page: a page whose config is fine never needs most of them.
 */
export const issueEn = {
  'core.issue.required': 'is required',
  'core.issue.type': 'should be {expected}, but is {received}',
  'core.issue.oneOf': 'should be one of {expected}, but is {received}',
  'core.issue.empty': 'must not be empty',
  'core.issue.url': 'is not a valid URL',
  'core.issue.link': 'is not an allowed link (only https, http, tel, mailto and WhatsApp links)',
  'core.issue.timeZone': 'is not a known time zone (for example "Asia/Jakarta")',
  'core.issue.locale': 'is not a language code (for example "id" or "en")',
  'core.issue.tooLong': 'is too long (at most {max})',
  'core.issue.tooMany': 'has too many items (at most {max})',
  'core.issue.tooSmall': 'is too small (at least {min})',
  'core.issue.tooBig': 'is too large (at most {max})',
  'core.issue.invalid': 'is not valid',
  'core.issue.unknownKey': 'is not a known setting and is ignored',
  'core.issue.duplicate': 'repeats the id "{id}"',
  // issue #14 (core): quick exit targets, unknown keys with a suggestion
  'core.issue.exitUrl':
    'must be the address of another web page (https://…), for example "https://www.bmkg.go.id/": "#", tel: and mailto: links leave this page on screen',
  'core.issue.didYouMean': 'is not a known setting and is ignored: did you mean "{suggestion}"?',
  // issue #17 (appearance): the site's accent colour
  'core.issue.hexColour': 'is not a colour written as #rrggbb (for example "#0b6b5d")',
  'core.issue.contrast':
    'is too faint to read on the background (it needs a contrast of at least 4.5:1): choose a darker colour for "accent", a lighter one for "accentDark"',
  // (the config-reading chunk waits for these before wording a JSON syntax error)
  'core.load.comment':
    '{url} is not valid JSON: comments (// or /* … */) are not allowed in JSON (line {line}, column {column}). Remove the comment.',
  'core.load.comma':
    '{url} is not valid JSON: a comma after the last item (line {line}, column {column}). Remove that comma.',
  'core.type.string': 'text',
  'core.type.number': 'a number',
  'core.type.boolean': 'true or false',
  'core.type.object': 'an object { … }',
  'core.type.array': 'a list [ … ]',
  'core.type.null': 'null',
  'core.type.undefined': 'missing',
  'core.type.text': 'text or { "id": …, "en": … }',
  'core.root': 'the config',
} as const satisfies Catalog;

export type IssueKey = keyof typeof issueEn;

export const issueId: Catalog<IssueKey> = {
  'core.issue.required': 'wajib diisi',
  'core.issue.type': 'seharusnya {expected}, tetapi berisi {received}',
  'core.issue.oneOf': 'seharusnya salah satu dari {expected}, tetapi berisi {received}',
  'core.issue.empty': 'tidak boleh kosong',
  'core.issue.url': 'bukan URL yang valid',
  'core.issue.link': 'bukan tautan yang diizinkan (hanya https, http, tel, mailto, dan WhatsApp)',
  'core.issue.timeZone': 'bukan zona waktu yang dikenal (misalnya "Asia/Jakarta")',
  'core.issue.locale': 'bukan kode bahasa (misalnya "id" atau "en")',
  'core.issue.tooLong': 'terlalu panjang (paling banyak {max})',
  'core.issue.tooMany': 'terlalu banyak isinya (paling banyak {max})',
  'core.issue.tooSmall': 'terlalu kecil (paling sedikit {min})',
  'core.issue.tooBig': 'terlalu besar (paling banyak {max})',
  'core.issue.invalid': 'tidak valid',
  'core.issue.unknownKey': 'bukan pengaturan yang dikenal dan diabaikan',
  'core.issue.duplicate': 'mengulang id "{id}"',
  // issue #14 (core): tujuan keluar cepat, kunci tak dikenal dengan saran
  'core.issue.exitUrl':
    'harus alamat halaman web lain (https://…), misalnya "https://www.bmkg.go.id/": tautan "#", tel:, dan mailto: membiarkan halaman ini tetap terlihat',
  'core.issue.didYouMean': 'bukan pengaturan yang dikenal dan diabaikan: mungkin maksud Anda "{suggestion}"?',
  'core.issue.hexColour': 'bukan warna dalam bentuk #rrggbb (misalnya "#0b6b5d")',
  'core.issue.contrast':
    'kurang kontras dengan latar sehingga sulit dibaca (perlu kontras minimal 4,5:1): pilih warna lebih gelap untuk "accent", lebih terang untuk "accentDark"',
  'core.load.comment':
    '{url} bukan JSON yang benar: komentar (// atau /* … */) tidak boleh ada di JSON (baris {line}, kolom {column}). Hapus komentarnya.',
  'core.load.comma':
    '{url} bukan JSON yang benar: ada koma setelah butir terakhir (baris {line}, kolom {column}). Hapus koma itu.',
  'core.type.string': 'teks',
  'core.type.number': 'angka',
  'core.type.boolean': 'true atau false',
  'core.type.object': 'objek { … }',
  'core.type.array': 'daftar [ … ]',
  'core.type.null': 'null',
  'core.type.undefined': 'tidak ada',
  'core.type.text': 'teks atau { "id": …, "en": … }',
  'core.root': 'konfigurasi',
};
