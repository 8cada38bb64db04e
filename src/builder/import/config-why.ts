/** The config importer's words (syntax errors, migrations), in both languages. */
import type { Words } from './types.js';

const at = (line: number, column: number): Words => ({
  id: `Baris ${line}, kolom ${column}`,
  en: `Line ${line}, column ${column}`,
});

export const configWhy = {
  comment: (line: number, column: number): Words => ({
    id: `${at(line, column).id}: JSON tidak boleh berisi komentar (// atau /* */). Hapus komentarnya.`,
    en: `${at(line, column).en}: JSON cannot contain comments (// or /* */). Remove the comment.`,
  }),
  comma: (line: number, column: number): Words => ({
    id: `${at(line, column).id}: ada koma setelah butir terakhir. Hapus koma itu.`,
    en: `${at(line, column).en}: there is a comma after the last item. Remove that comma.`,
  }),
  unexpected: (line: number, column: number, found: string): Words => ({
    id: found
      ? `${at(line, column).id}: tanda ${found} tidak diharapkan di sini; periksa tanda kutip, koma dan kurung sebelumnya.`
      : `${at(line, column).id}: berkas berakhir sebelum selesai; mungkin ada } atau ] yang kurang.`,
    en: found
      ? `${at(line, column).en}: ${found} is not expected here; check the quotes, commas and brackets before it.`
      : `${at(line, column).en}: the file ends too early; a } or ] may be missing.`,
  }),
  notObject: {
    id: 'Konfigurasi harus berupa objek JSON { … }, bukan daftar atau nilai lain.',
    en: 'The config must be a JSON object { … }, not a list or another value.',
  },
  empty: { id: 'Tidak ada teks untuk diimpor.', en: 'There is no text to import.' },
  fromSnippet: {
    id: 'JSON diambil dari dalam cuplikan <script type="application/json">.',
    en: 'The JSON was taken from inside a <script type="application/json"> snippet.',
  },
  renamedMessage: (locale: string, from: string, to: string): Words => ({
    id: `messages.${locale}: kunci pesan "${from}" sekarang bernama "${to}"; sudah dipindahkan.`,
    en: `messages.${locale}: the message key "${from}" is now called "${to}"; it was moved.`,
  }),
  goneMessage: (locale: string, key: string): Words => ({
    id: `messages.${locale}: pesan "${key}" tidak lagi ditampilkan di mana pun; sudah dihapus.`,
    en: `messages.${locale}: the message "${key}" is no longer shown anywhere; it was removed.`,
  }),
  quickExit: (value: string): Words => ({
    id: `crisis.quickExitUrl: "${value}" bukan alamat http(s) halaman lain, yang sekarang wajib; sudah dihapus, jadi tombol Keluar cepat memakai alamat bawaannya. Isi alamat situs lain yang aman (mis. situs berita) bila perlu.`,
    en: `crisis.quickExitUrl: "${value}" is not the http(s) address of another page, which is now required; it was removed, so the Quick exit button uses its default address. Enter another safe site (e.g. a news site) if you wish.`,
  }),
};
