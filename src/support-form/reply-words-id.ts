/**
 * The 256 words a reply secret is drawn from in Bahasa Indonesia (docs/receiver-contract.md, "Replies").
 * Short, common and easy to write on paper; no two share their first four letters, so a word
 * written with its ending wrong still reads back (`mendSecret`); nothing about death, illness or
 * violence, because the person reading them may be in distress. The key derivation uses the words
 * themselves, not their places here: a secret stays readable if this list changes later (only the
 * mending of a miswritten word needs the word to be in the list).
 */
export const replyWordsId: readonly string[] = `
akar alpukat anggur angsa apel arah aren asri awan ayam baju bakso bambu bandeng bangau bantal
batu bawang bayam bebek benang bening beras bibit bintang biru bola boneka bubur bukit buku
bulan bumi buncis bunga burung cabai cahaya cangkir capung cemara cendol cerah ceri cermin cicak
cincin cokelat dagu dahan danau dapur daun delima delman desa dodol domba domino duku durian
emas embun fajar gabus gajah gambar garam garpu gelas gembira gerimis getuk gitar gula gunung
gurami halaman hangat harum hiasan hijau hujan hutan ikan ilalang indah intan jagung jahe jalan
jambu jamur jati jendela jerami jeruk jingga kabut kacang kain kakao kaktus kamar kancil kapal
kapur karet kartu kasur katak kayu kebun kecap kelapa kelinci kemeja kemiri kenari kentang
kerang kertas ketupat kijang kipas kolam kopi kota kucing kuda kue kuning kunyit kupu lada lampu
langit laut layang lebah lemari lemper lilin limau lobak lumut madu mangga manis mawar meja
melati melon merah merpati mobil nada naga nanas nangka nasi nila nyiur obor ombak padang padi
pagi pakis pala panci pandan pantai papan pasir payung pelangi pena pensil pepaya perahu pintu
piring pisang pita pohon pucuk puding pulau rebana rebung ringan roda rotan roti rujak rumah
rumput rusa sabun salak sambal sapi sarung sate sawah sayur semut sendok senja sepatu sepeda
serai singa siput sirih sisir sore sukun sulam sungai surat susu tahu talas taman tampah tanah
tangga tapai tas tebu teh tekun telur teman tempe tenang terang tikar timun tiram tomat topi
tupai ubi udang ukir ulam unta wajan wangi warna wayang wisata wortel
`
  .trim()
  .split(/\s+/);
