import type { Catalog } from '../core/i18n/catalog.js';

/*
 * The words of anonymous replies, in both languages, in the reply chunk: pages whose form has no
 * `supportForm.replies` never download them. They join the translators through `registerCatalogs`,
 * so a site owner overrides them in the config's `messages` like every other key.
 */

/** Reply strings in English: the list of keys. */
export const replyEn = {
  'supportForm.reply.secret.title': 'Your reply secret',
  'supportForm.reply.secret.lead':
    'Write down the reference code and these five words, on paper or where only you can see them. With both you can read the team’s answer here. They are shown only now.',
  'supportForm.reply.secret.code': 'Reference code:',
  'supportForm.reply.secret.words': 'Five words:',
  'supportForm.reply.copy': 'Copy',
  'supportForm.reply.copied': 'Copied.',
  'supportForm.reply.selected': 'The code and the words are selected: copy them or write them down.',
  'supportForm.reply.remember': 'Remember them on this device (anyone who uses this phone could then read the answer)',
  'supportForm.reply.remembered': 'Kept on this device until you untick this or use the quick exit.',
  'supportForm.reply.notRemembered': 'This device cannot keep them: please write them down.',
  'supportForm.reply.open': 'Check for a reply',
  'supportForm.reply.title': 'Check for a reply',
  'supportForm.reply.lead': 'Type the reference code and the five words you were given when you sent your request.',
  'supportForm.reply.code': 'Reference code',
  'supportForm.reply.code.hint': 'Eight letters and digits, for example AB12-CD34.',
  'supportForm.reply.words': 'The five words',
  'supportForm.reply.words.hint': 'Upper or lower case, separated by spaces.',
  'supportForm.reply.check': 'Check',
  'supportForm.reply.checking': 'Checking… this takes a few seconds.',
  'supportForm.reply.none':
    'No reply yet. Teams usually answer within a few days; please check again later. If you need someone to talk to now, the lines below answer today.',
  'supportForm.reply.found': { one: 'One reply from the team:', other: '{count} replies from the team:' },
  'supportForm.reply.day': 'Sent {day}',
  'supportForm.reply.limited': {
    one: 'Too many tries. Please wait a minute and try again.',
    other: 'Too many tries. Please wait {count} minutes and try again.',
  },
  'supportForm.reply.unreachable':
    'The team’s server could not be reached. What you typed is still here: try again in a moment.',
  'supportForm.reply.retry': 'Try again',
  'supportForm.reply.bad.code': 'The reference code has eight letters and digits, for example AB12-CD34.',
  'supportForm.reply.bad.words': 'Please type the five words of your reply secret.',
  'supportForm.reply.back': 'Back to the form',
  'supportForm.reply.storedHere': 'The code and the words are remembered on this device.',
  'supportForm.reply.forget': 'Forget them on this device',
  'supportForm.reply.forgotten': 'Forgotten on this device. Keep your paper copy.',
} as const satisfies Catalog;

export type ReplyKey = keyof typeof replyEn;

/** Reply strings in Bahasa Indonesia. */
export const replyId: Catalog<ReplyKey> = {
  'supportForm.reply.secret.title': 'Kata rahasia balasan Anda',
  'supportForm.reply.secret.lead':
    'Catat kode rujukan dan lima kata ini, di kertas atau di tempat yang hanya Anda lihat. Dengan keduanya Anda bisa membaca jawaban tim di sini. Keduanya hanya ditampilkan sekarang.',
  'supportForm.reply.secret.code': 'Kode rujukan:',
  'supportForm.reply.secret.words': 'Lima kata:',
  'supportForm.reply.copy': 'Salin',
  'supportForm.reply.copied': 'Tersalin.',
  'supportForm.reply.selected': 'Kode dan kata-kata sudah dipilih: salin atau catat.',
  'supportForm.reply.remember': 'Ingat di perangkat ini (siapa pun yang memakai ponsel ini bisa membaca jawabannya)',
  'supportForm.reply.remembered':
    'Disimpan di perangkat ini sampai Anda menghapus centang ini atau memakai tombol keluar cepat.',
  'supportForm.reply.notRemembered': 'Perangkat ini tidak bisa menyimpannya: silakan dicatat.',
  'supportForm.reply.open': 'Periksa balasan',
  'supportForm.reply.title': 'Periksa balasan',
  'supportForm.reply.lead': 'Ketik kode rujukan dan lima kata yang Anda terima saat mengirim permintaan.',
  'supportForm.reply.code': 'Kode rujukan',
  'supportForm.reply.code.hint': 'Delapan huruf dan angka, misalnya AB12-CD34.',
  'supportForm.reply.words': 'Lima kata',
  'supportForm.reply.words.hint': 'Huruf besar atau kecil sama saja, dipisah dengan spasi.',
  'supportForm.reply.check': 'Periksa',
  'supportForm.reply.checking': 'Sedang memeriksa… ini perlu beberapa detik.',
  'supportForm.reply.none':
    'Belum ada balasan. Tim biasanya menjawab dalam beberapa hari; silakan periksa lagi nanti. Bila Anda butuh teman bicara sekarang, layanan di bawah ini menjawab hari ini.',
  'supportForm.reply.found': { other: '{count} balasan dari tim:' },
  'supportForm.reply.day': 'Dikirim {day}',
  'supportForm.reply.limited': { other: 'Terlalu banyak percobaan. Silakan tunggu {count} menit lalu coba lagi.' },
  'supportForm.reply.unreachable':
    'Server tim tidak bisa dihubungi. Yang Anda ketik masih ada di sini: coba lagi sebentar lagi.',
  'supportForm.reply.retry': 'Coba lagi',
  'supportForm.reply.bad.code': 'Kode rujukan terdiri dari delapan huruf dan angka, misalnya AB12-CD34.',
  'supportForm.reply.bad.words': 'Silakan ketik lima kata rahasia balasan Anda.',
  'supportForm.reply.back': 'Kembali ke formulir',
  'supportForm.reply.storedHere': 'Kode dan kata-kata ini diingat di perangkat ini.',
  'supportForm.reply.forget': 'Lupakan di perangkat ini',
  'supportForm.reply.forgotten': 'Sudah dilupakan di perangkat ini. Simpan catatan kertas Anda.',
};
