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
  appearance: {
    id: 'Warna situs Anda untuk tombol dan garis tepi semua elemen. Kosongkan untuk memakai warna bawaan Sebaya.',
    en: "Your site's colour for the buttons and borders of every element. Leave empty for Sebaya's own.",
  },
  'appearance.accent': {
    id: 'Pilih warna, atau ketik seperti #0b6b5d. Harus cukup gelap agar terbaca di atas putih (kontras minimal 4,5:1).',
    en: 'Pick a colour, or type one like #0b6b5d. It must be dark enough to read on white (contrast at least 4.5:1).',
  },
  'appearance.accentDark': {
    id: 'Untuk pengunjung yang memakai mode gelap: warna yang cukup terang agar terbaca di latar gelap (kontras minimal 4,5:1). Kosong: warna bawaan mode gelap.',
    en: 'For visitors in dark mode: a colour light enough to read on the dark background (contrast at least 4.5:1). Empty: the dark mode’s own.',
  },
  'calendar.categories[].color': {
    id: 'Warna penanda kategori di kalender: pilih, atau ketik seperti #0b6b5d. Harus terlihat jelas di atas putih (kontras minimal 3:1).',
    en: 'The colour marking this category in the calendar: pick one, or type one like #0b6b5d. It must stand out on white (contrast at least 3:1).',
  },
  'calendar.sources[].events[].start': {
    id: 'Tanggal kegiatan, dan jam mulainya bila ada (waktu situs Anda). Tanpa jam berarti sehari penuh.',
    en: "The day of the activity, and its start time if it has one (your site's time). No time means all day.",
  },
  'calendar.sources[].events[].end': {
    id: 'Kapan selesai (boleh kosong). Untuk kegiatan sehari penuh: hari terakhirnya.',
    en: 'When it ends (may be empty). For an all-day activity: its last day.',
  },
  'calendar.sources[].events[].allDay': {
    id: 'Centang untuk kegiatan tanpa jam (sepanjang hari).',
    en: 'Tick for an activity with no time (all day).',
  },
  'calendar.sources[].events[].rrule': {
    id: 'Apakah kegiatan ini berulang, dan kapan (misalnya setiap Kamis, atau Selasa kedua setiap bulan).',
    en: 'Whether this activity repeats, and when (every Thursday, say, or the 2nd Tuesday of each month).',
  },
  'directory.download': {
    id: 'Tampilkan tombol “Unduh daftar ini (CSV)” di bawah hasil, agar pengunjung bisa menyimpan daftar tempat yang ditampilkan.',
    en: 'Show a “Download this list (CSV)” button below the results, so visitors can keep the places shown.',
  },
  'directory.sources[].resources[].free': {
    id: 'Centang bila layanannya gratis (dipakai saringan “gratis”; mengalahkan isian biaya).',
    en: 'Tick if the service is free (used by the “free” filter; wins over the cost field).',
  },
  'directory.sources[].resources[].timeZone': {
    id: 'Hanya bila jam buka tempat ini memakai zona waktu lain dari situs Anda (misalnya Asia/Makassar untuk WITA).',
    en: "Only if this place's opening hours are in another time zone than your site's (Asia/Makassar for WITA, say).",
  },
  'quiz.questions[].answer': {
    id: 'Centang bila pernyataannya fakta; biarkan kosong bila mitos.',
    en: 'Tick if the statement is a fact; leave it unticked if it is a myth.',
  },
  'quiz.questions[].options': {
    id: 'Dua sampai dua belas jawaban; tandai satu atau lebih sebagai benar (lebih dari satu menjadi kotak centang).',
    en: 'Two to twelve answers; mark one or more as right (more than one become tick boxes).',
  },
  'quiz.questions[].options[].correct': {
    id: 'Centang untuk jawaban yang benar.',
    en: 'Tick for a right answer.',
  },
  'quiz.includeBuiltIn': {
    id: 'Mainkan juga pertanyaan bawaan Sebaya. Bila kosong: ya bila Anda tidak menulis pertanyaan, tidak bila menulisnya.',
    en: "Also play Sebaya's built-in questions. When unset: yes if you wrote no questions, no if you did.",
  },
  'quiz.shuffle': {
    id: 'Mainkan pertanyaan dalam urutan acak. Bila tidak dicentang, urutannya seperti yang Anda tulis.',
    en: 'Play the questions in a random order. Unticked, they come in the order you wrote them.',
  },
  'supportForm.replies': {
    id: 'Tim bisa menjawab tanpa tahu siapa yang bertanya: pengunjung mendapat kode dan lima kata untuk membaca jawaban nanti. Perlu penerima yang mendukung balasan.',
    en: 'Your team can answer without knowing who asked: the visitor gets a code and five words to read the answer later. Needs a receiver that supports replies.',
  },
  timeZone: {
    id: 'Zona waktu untuk tanggal dan jam: Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT).',
    en: 'The time zone of dates and times: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).',
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
