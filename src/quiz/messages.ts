import type { Catalog } from '../core/i18n/catalog.js';
import type { quizEn } from './messages-en.js';
import { quizIssuesId } from './messages-issues.js';

export type QuizKey = keyof typeof quizEn;

/** The same strings in Bahasa Indonesia. */
export const quizId: Catalog<QuizKey> = {
  ...quizIssuesId,
  'quiz.title': 'Mitos atau fakta?',
  'quiz.progress': 'Pertanyaan {current} dari {total}',
  'quiz.progressLabel': 'Kemajuan kuis',
  'quiz.mythOrFact': 'Ini mitos atau fakta?',
  'quiz.myth': 'Mitos',
  'quiz.fact': 'Fakta',
  'quiz.pickOne': 'Pilih satu jawaban.',
  'quiz.pickMany': 'Pilih semua jawaban yang sesuai.',
  'quiz.check': 'Periksa jawaban saya',
  'quiz.chooseFirst': 'Pilih jawaban dulu.',
  'quiz.next': 'Pertanyaan berikutnya',
  'quiz.finish': 'Lihat ringkasan',
  'quiz.learn.right': 'Ya, benar.',
  'quiz.learn.wrong': 'Banyak orang berpikir begitu — ini yang kita ketahui.',
  'quiz.score.right': 'Benar.',
  'quiz.score.wrong': 'Belum tepat.',
  'quiz.verdict.myth': 'Ini mitos.',
  'quiz.verdict.fact': 'Ini fakta.',
  'quiz.verdict.options': 'Jawaban yang tepat: {answers}.',
  'quiz.option.correct': 'jawaban yang tepat',
  'quiz.option.chosen': 'pilihan Anda',
  'quiz.source': 'Sumber:',
  'quiz.translated': 'Sumbernya berbahasa {language}; teks di sini terjemahan.',
  'quiz.summary.title': 'Ringkasan',
  'quiz.summary.score': { other: 'Anda menjawab benar {correct} dari {total} pertanyaan.' },
  'quiz.summary.learn': { other: 'Anda sudah membahas {total} pernyataan. Yang perlu diingat:' },
  'quiz.summary.allRight': 'Anda sudah mengetahui semuanya. Terima kasih sudah ikut berbagi pengetahuan.',
  'quiz.summary.missed': 'Layak dibaca lagi',
  'quiz.summary.missedScore': 'Yang belum tepat',
  'quiz.tryAgain': 'Coba lagi',
  'quiz.next.title': 'Yang bisa Anda lakukan selanjutnya',
  'quiz.next.directory': 'Cari layanan bantuan terdekat',
  'quiz.next.calendar': 'Ikuti kegiatan',
  'quiz.next.crisis': 'Perlu bicara dengan seseorang sekarang?',
  'quiz.skipped': { other: '{count} pertanyaan tidak dapat ditampilkan.' },
};
