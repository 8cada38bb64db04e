import type { Catalog } from '../core/i18n/catalog.js';
import type { supportFormEn } from './messages-en.js';
import { supportFormIssuesId } from './messages-issues.js';

/*
 * The form's strings are lazy chunks, as in every element folder: `messages.ts` (Bahasa Indonesia
 * and the key type) loads in prepare(), like the courier, so pages without a form never download
 * it; `messages-en.ts` loads only for a page, an element or a config in English. The config-issue
 * strings, needed before prepare(), live in messages-issues.ts and are part of the main bundle.
 */
export type SupportFormKey = keyof typeof supportFormEn;

/** Strings of <sebaya-support-form> in Bahasa Indonesia. */
export const supportFormId: Catalog<SupportFormKey> = {
  ...supportFormIssuesId,
  'supportForm.title': 'Minta dukungan',
  'supportForm.lead': 'Anda tidak perlu menyebutkan nama. Permintaan Anda hanya dikirim ke {organization}.',
  'supportForm.team': 'tim pendamping',
  'supportForm.sealed':
    'Dienkripsi di ponsel ini: hanya tim yang bisa membacanya. Draf Anda disimpan terenkripsi hanya selama halaman ini tetap terbuka: bila halaman dimuat ulang, draf hilang.',
  'supportForm.required': 'wajib',
  'supportForm.topic': 'Topik',
  'supportForm.topic.choose': 'Pilih topik',
  'supportForm.message': 'Apa yang ingin Anda sampaikan kepada tim?',
  'supportForm.message.hint': 'Tulis sebanyak atau sesedikit yang Anda mau.',
  'supportForm.message.count': '{count} dari {max} karakter',
  'supportForm.urgency': 'Seberapa cepat Anda butuh bantuan?',
  'supportForm.urgency.later': 'Bisa menunggu beberapa hari',
  'supportForm.urgency.soon': 'Dalam satu atau dua hari ini',
  'supportForm.urgency.now': 'Sekarang: saya dalam bahaya atau mungkin menyakiti diri sendiri',
  'supportForm.now.lead':
    'Silakan hubungi salah satu layanan ini sekarang: mereka menjawab hari ini. Anda tetap bisa mengirim formulir ini.',
  'supportForm.contact': 'Bagaimana tim bisa menghubungi Anda kembali?',
  'supportForm.contact.none': 'Tidak perlu dibalas',
  'supportForm.contact.code': 'Kode rujukan yang bisa saya sebutkan nanti',
  'supportForm.contact.whatsapp': 'WhatsApp',
  'supportForm.contact.phone': 'Telepon atau SMS',
  'supportForm.contact.email': 'Email',
  'supportForm.contact.identifying': 'Membuat Anda dikenali oleh tim',
  'supportForm.contact.value.whatsapp': 'Nomor WhatsApp Anda',
  'supportForm.contact.value.phone': 'Nomor telepon Anda',
  'supportForm.contact.value.email': 'Alamat email Anda',
  'supportForm.consent':
    'Saya setuju {organization} mengolah apa yang saya tulis di sini, termasuk informasi tentang kesehatan saya (data pribadi yang bersifat spesifik menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi), hanya untuk menanggapi permintaan ini. Data ini tidak dibagikan kepada pihak lain tanpa izin saya, kecuali bila ada nyawa yang terancam. Saya dapat menarik persetujuan dan meminta data dihapus kapan saja dengan menyebutkan kode rujukan saya.',
  'supportForm.honeypot': 'Biarkan kolom ini kosong',
  'supportForm.send': 'Kirim permintaan',
  'supportForm.again': 'Tulis permintaan lain',
  'supportForm.checkReply': 'Periksa balasan untuk permintaan sebelumnya',
  'supportForm.noReplySecret':
    'Kata rahasia balasan tidak bisa dibuat di perangkat ini, jadi jawaban tim tidak bisa dibaca di sini. Permintaan Anda sendiri tidak terpengaruh.',
  'supportForm.sendNow': 'Coba kirim sekarang',
  'supportForm.errors': 'Mohon periksa formulir:',
  'supportForm.error.message': 'Mohon tulis pesan.',
  'supportForm.error.tooLong': 'Pesan terlalu panjang ({count} karakter; paling banyak {max}).',
  'supportForm.error.topic': 'Mohon pilih topik.',
  'supportForm.error.urgency': 'Mohon pilih seberapa cepat Anda butuh bantuan.',
  'supportForm.error.contact': 'Mohon isi ke mana tim bisa membalas, atau pilih cara lain.',
  'supportForm.error.phone': 'Ini tidak tampak seperti nomor telepon.',
  'supportForm.error.email': 'Ini tidak tampak seperti alamat email.',
  'supportForm.error.consent': 'Mohon beri persetujuan agar tim boleh membaca permintaan Anda.',
  'supportForm.error.tooFast': 'Cepat sekali. Mohon periksa pesan Anda, lalu kirim lagi.',
  'supportForm.status.sending': 'Mengirim permintaan Anda…',
  'supportForm.status.queued':
    'Tersimpan di ponsel ini. Akan terkirim saat koneksi kembali: selama halaman ini terbuka, atau saat Anda membuka lagi halaman yang memuat formulir ini.',
  'supportForm.status.failing':
    'Penerima milik tim sedang tidak menerima permintaan (galat {status}). Permintaan Anda tetap tersimpan di ponsel ini dan dicoba lagi selama halaman ini terbuka, tetapi mungkin tidak segera sampai.',
  'supportForm.status.refused':
    'Penerima milik tim tidak menerima permintaan (galat {status}), jadi permintaan ini tidak terkirim. Permintaan tetap tersimpan di ponsel ini sampai Anda menghapusnya.',
  'supportForm.status.notAccepting':
    'Penerima milik tim tidak menerima permintaan (galat {status}). Tidak ada yang terkirim. Tulisan Anda masih ada di sini.',
  'supportForm.status.unsealable':
    'Perangkat ini tidak bisa mengenkripsi permintaan Anda, jadi tidak ada yang dikirim atau disimpan. Tulisan Anda masih ada di sini: coba lagi nanti, atau dari ponsel atau peramban lain.',
  'supportForm.cannotSeal':
    'Tidak bisa mengenkripsi di perangkat ini: formulir ini hanya mengirim permintaan terenkripsi, jadi untuk sementara tidak ada yang bisa dikirim dari sini.',
  'supportForm.help.lead': 'Bila Anda butuh bantuan segera, hubungi salah satu layanan ini: mereka menjawab hari ini.',
  'supportForm.status.storedPlain':
    'Sampai saat itu, permintaan tersimpan di ponsel ini dalam bentuk yang bisa dibaca.',
  'supportForm.status.storedSealed': 'Permintaan tersimpan terenkripsi: hanya tim yang bisa membacanya.',
  'supportForm.status.sent': 'Terkirim. Tim sudah menerima permintaan Anda.',
  'supportForm.status.code': 'Kode rujukan Anda:',
  'supportForm.status.codeHint': 'Catat kode ini bila Anda ingin menanyakan permintaan ini nanti.',
  'supportForm.status.rejected':
    'Server tim tidak menerima permintaan ini (galat {status}). Tulisan Anda masih ada di sini.',
  'supportForm.status.reason': 'Alasan: {reason}',
  'supportForm.status.unsaved':
    'Gagal mengirim. Peramban ini tidak bisa menyimpan permintaan untuk nanti, jadi tidak ada yang tersimpan. Tulisan Anda masih ada di sini: coba lagi saat sedang daring.',
  'supportForm.noStorage':
    'Peramban ini tidak bisa menyimpan permintaan di perangkat ini (mode privat?). Permintaan hanya terkirim saat Anda sedang daring.',
  'supportForm.pending': { other: '{count} permintaan menunggu di ponsel ini untuk dikirim.' },
  'supportForm.pending.item': 'Permintaan {code}',
  'supportForm.pending.plain': 'tersimpan dalam bentuk yang bisa dibaca',
  'supportForm.pending.sealedItem': 'tersimpan terenkripsi',
  'supportForm.pending.refused': 'ditolak server (galat {status})',
  'supportForm.pending.failing': 'penerima milik tim tidak menerima permintaan (galat {status})',
  'supportForm.pending.delete': 'Hapus permintaan tersimpan ini',
  'supportForm.pending.deleteLabel': 'Hapus permintaan tersimpan {code}',
  'supportForm.sentEarlier': 'Permintaan yang tersimpan sebelumnya sudah terkirim. Kode rujukan: {code}',
};
