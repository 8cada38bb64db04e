import type { inboxEn } from './messages-en.js';

export type InboxKey = keyof typeof inboxEn;
export type Message = string | { readonly zero?: string; readonly one?: string; readonly other: string };

/** Strings of <sebaya-inbox> in Bahasa Indonesia. */
export const inboxId: { readonly [K in InboxKey]: Message } = {
  'inbox.title': 'Permintaan dukungan',
  'inbox.config.error':
    'Kotak masuk tidak bisa dimulai. Pemilik situs: konsol peramban menjelaskan apa yang perlu diperbaiki.',
  'inbox.loading': 'Memuat…',
  'inbox.retry': 'Coba lagi',
  'inbox.opening': 'Membuka permintaan di perangkat ini…',

  'key.title': 'Kunci privat tim',
  'key.lead':
    'Permintaan dienkripsi untuk kunci tim. Kunci itu hanya disimpan di perangkat ini, dan tidak ada halaman yang bisa membacanya kembali: kunci hanya bisa membuka permintaan.',
  'key.import': 'Buka file kunci privat',
  'key.import.hint': 'File buatan “sebaya keygen” atau kotak masuk ini (sebaya-private-key.json).',
  'key.generate': 'Buat pasangan kunci baru',
  'key.generate.hint':
    'Mengunduh file cadangan. Simpan baik-baik di luar jaringan: tanpa file itu, permintaan tidak bisa dibuka di perangkat lain.',
  'key.generated':
    'Kunci baru dibuat dan cadangannya sudah diunduh. Masukkan kunci publik ini ke konfigurasi situs sebagai supportForm.publicKey:',
  'key.bad.json': 'File ini bukan file kunci (bukan JSON).',
  'key.bad.shape': 'File ini tidak berisi kunci privat P-256 dari “sebaya keygen”.',
  'key.bad.storage': 'Peramban ini tidak mau menyimpan kunci (mode penjelajahan pribadi?). Coba jendela biasa.',
  'key.held': 'Kunci {kid} tersimpan di perangkat ini dan tidak bisa dibaca kembali.',
  'key.mismatch':
    'Kunci di perangkat ini bukan pasangan kunci publik situs (supportForm.publicKey): permintaan baru tidak akan terbuka dengannya.',
  'key.forget': 'Lupakan kunci ini di perangkat ini',
  'key.forget.confirm': 'Lupakan kunci? Tanpa file cadangannya, permintaan tidak bisa dibuka lagi di sini.',
  'key.forget.yes': 'Ya, lupakan',
  'key.forgotten': 'Kunci sudah dilupakan di perangkat ini.',
  'key.file.comment':
    'KUNCI PRIVAT tim pendamping untuk <sebaya-support-form>. Rahasiakan; jangan pernah taruh di situs web.',

  'cred.title': 'Kredensial koordinator',
  'cred.label': 'Kredensial (diawali sbc_)',
  'cred.remember': 'Ingat di perangkat ini',
  'cred.remember.hint': 'Jangan dicentang di komputer bersama: kredensial dilupakan saat tab ini ditutup.',
  'cred.submit': 'Buka kotak masuk',
  'cred.shape': 'Kredensial berbentuk sbc_ diikuti 43 huruf, angka, - atau _.',
  'cred.wrong':
    'Server menolak kredensial ini (401). Periksa lagi, atau buat yang baru dan berikan barisnya kepada pengelola server.',
  'cred.create': 'Buat kredensial baru',
  'cred.created':
    'Kredensial baru (jaga seperti kata sandi; hanya ditampilkan sekarang). Tambahkan baris ini ke "credentials" di konfigurasi penerima:',
  'cred.signout': 'Keluar',

  'list.refresh': 'Periksa permintaan baru',
  'list.new': { other: '{count} permintaan baru' },
  'list.none.new': 'Tidak ada permintaan baru.',
  'list.empty': 'Belum ada permintaan. Permintaan baru akan muncul di sini.',
  'list.count': 'Menampilkan {shown} dari {total}',
  'list.more': 'Tampilkan lebih banyak',
  'list.unopened': {
    other:
      '{count} permintaan tidak bisa dibuka: dienkripsi untuk kunci lain. Buka file kunci yang benar, atau minta pemilik situs memeriksa supportForm.publicKey.',
  },
  'list.malformed': { other: '{count} permintaan rusak atau tidak lengkap.' },

  'urgency.later': 'Bisa menunggu beberapa hari',
  'urgency.soon': 'Dalam satu atau dua hari',
  'urgency.now': 'Sekarang: mungkin dalam bahaya',
  'row.day': 'Dikirim {day}',
  'row.code': 'Kode {code}',
  'row.contact': 'Cara menjawab',
  'contact.none': 'Tidak ingin dihubungi',
  'contact.code': 'Jawab di sini, dengan kode referensi',
  'contact.whatsapp': 'WhatsApp: {value}',
  'contact.phone': 'Telepon: {value}',
  'contact.email': 'Email: {value}',
  'row.unsealed': 'Tidak dienkripsi',
  'row.mark': 'Sudah ditangani',
  'row.replies': { other: '{count} balasan terkirim' },
  'row.marked': 'Ditandai sudah ditangani.',
  'row.unmarked': 'Ditandai belum ditangani.',

  'reply.open': 'Tulis balasan',
  'reply.label': 'Balasan untuk kode {code}',
  'reply.hint': 'Dienkripsi di perangkat ini: hanya pengirim, dengan kata sandi balasannya, yang bisa membacanya.',
  'reply.send': 'Kirim balasan',
  'reply.sent': 'Balasan terkirim.',
  'reply.empty': 'Tulis balasannya dulu.',
  'reply.none': 'Pengirim tidak membuat kata sandi balasan, jadi balasan tidak bisa dititipkan di sini.',

  'delete.open': 'Hapus',
  'delete.confirm': 'Hapus permintaan ini beserta balasannya untuk selamanya?',
  'delete.yes': 'Ya, hapus',
  cancel: 'Batal',
  deleted: 'Permintaan dihapus.',

  'forget.title': 'Hapus berdasarkan kode referensi',
  'forget.hint': 'Bila pengirim meminta datanya dihapus dengan menyebutkan kode referensinya.',
  'forget.label': 'Kode referensi',
  'forget.submit': 'Hapus permintaan dengan kode ini',
  'forget.shape': 'Kode referensi terdiri dari 8 huruf dan angka, misalnya AB12-CD34.',
  'forget.confirm': 'Hapus semua permintaan dengan kode {code} untuk selamanya?',
  'forget.done': { zero: 'Tidak ada permintaan dengan kode itu.', other: '{count} permintaan dihapus.' },

  'export.title': 'Laporan bulanan (CSV)',
  'export.hint': 'Permintaan yang sudah ditangani, dihitung per topik dan urgensi.',
  'export.month': 'Bulan',
  'export.month.all': 'Semua bulan',
  'export.messages': 'Sertakan teks pesan',
  'export.messages.hint': 'Hanya bila benar-benar perlu: laporan berisi pesan harus dijaga seperti rekam medis.',
  'export.download': 'Unduh CSV',
  'export.none': 'Belum ada permintaan yang ditandai sudah ditangani.',
  'csv.topic': 'Topik',
  'csv.urgency': 'Urgensi',
  'csv.count': 'Jumlah',
  'csv.day': 'Tanggal',
  'csv.message': 'Pesan',

  'fail.offline': 'Tidak bisa menghubungi server. Yang sudah tampil tetap di sini; coba lagi saat sambungan kembali.',
  'fail.server': 'Server sedang bermasalah. Coba lagi sebentar lagi.',
  'fail.rate-limited': 'Terlalu banyak percobaan. Tunggu satu menit, lalu coba lagi.',
  'fail.missing': 'Permintaan ini sudah tidak ada di server.',
  'fail.unauthorized': 'Server menolak kredensial (401).',
};
