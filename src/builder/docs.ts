/**
 * Labels and hints of config fields, by path, in the builder's language: the same bilingual docs
 * that `scripts/build-schema.ts` publishes in the JSON Schema.
 */
import type { FieldDoc } from '../core/config/docs.js';
import { sectionDocs, sharedDocs } from '../site-schema.js';
import { docsPath } from './walk.js';

export type UiLang = 'id' | 'en';

const all: Readonly<Record<string, FieldDoc>> = Object.assign({}, sharedDocs, ...sectionDocs);

/** The doc of a value path (`crisis.lines[0].phone`) or a docs path (`crisis.lines[].phone`). */
export function fieldDoc(path: string): FieldDoc | undefined {
  return all[docsPath(path)];
}

export function labelOf(path: string, lang: UiLang): string {
  return fieldDoc(path)?.title[lang] ?? path;
}

/**
 * How a JSON writer gives text in several languages; the builder's text editor has a tab per
 * language instead, so the hint leaves it out.
 */
const JSON_TEXT_FORM = /,? (?:as text or|sebagai teks atau) \{ "id": …, "en": … \}/;

/**
 * Hints that, in the schema, speak to someone writing JSON (key names, braces): in the builder the
 * same advice in the words of its form. Keyed by docs path; the walk test checks each path exists.
 */
export const FORM_HINTS: Readonly<Record<string, Readonly<Record<UiLang, string>>>> = {
  'calendar.sources[]': {
    id: 'Pilih: kegiatan yang Anda tulis di sini, atau alamat berkas kalender (ICS atau JSON) yang sudah ada.',
    en: 'Choose: activities you write here, or the address of an existing calendar file (ICS or JSON).',
  },
  'calendar.sources[].type': {
    id: 'Jenis berkasnya: "ics" untuk kalender (misalnya dari Google Kalender), "json" untuk berkas Sebaya.',
    en: 'The kind of file: "ics" for a calendar (from Google Calendar, say), "json" for a Sebaya file.',
  },
  'calendar.sources[].events[].contact': {
    id: 'Siapa yang bisa dihubungi tentang kegiatan ini.',
    en: 'Who to contact about this activity.',
  },
  'directory.sources[]': {
    id: 'Pilih: tempat yang Anda tulis di sini, atau alamat berkas daftar tempat (CSV atau JSON) yang sudah ada.',
    en: 'Choose: places you write here, or the address of an existing list of places (CSV or JSON).',
  },
  'supportForm.topics[]': {
    id: 'Satu pilihan topik yang bisa dicentang pengunjung.',
    en: 'One topic the visitor can tick.',
  },
  'supportForm.topics[].id': {
    id: 'Kode pendek topik ini (huruf kecil, tanpa spasi); tim Anda melihatnya di kotak masuk.',
    en: 'A short code for this topic (lower case, no spaces); your team sees it in the inbox.',
  },
  'supportForm.publicKey': {
    id: 'Kunci publik tim Anda: tempelkan, atau buat di sini. Dengan kunci ini setiap permintaan dienkripsi di peramban pengunjung. Jangan pernah menempelkan kunci privat.',
    en: "Your team's public key: paste it, or create one here. With it every request is encrypted in the visitor's browser. Never paste the private key.",
  },
  'quiz.stats.endpoint': {
    id: 'Alamat server Anda yang menerima jumlah jawaban benar dan salah (tanpa data pengunjung). Kosongkan bila tidak dipakai.',
    en: 'The address of your server that receives counts of right and wrong answers (nothing about visitors). Leave empty if unused.',
  },
};

export function hintOf(path: string, lang: UiLang): string {
  const own = FORM_HINTS[docsPath(path)];
  return own ? own[lang] : (fieldDoc(path)?.description[lang] ?? '').replace(JSON_TEXT_FORM, '');
}
