import type { Catalog } from '../core/i18n/catalog.js';

/**
 * Config-issue strings of <sebaya-quiz>: part of its catalogs, and on their own for the config
 * builder, which words the same problems without the element's whole catalog.
 */
export const quizIssuesEn = {
  'quiz.issue.kind': 'needs "statement" and "answer" (myth or fact) or "prompt" and "options" (a choice)',
  'quiz.issue.noCorrect': 'has no option with "correct": true',
  'quiz.issue.fewOptions': 'needs at least 2 options',
  'quiz.issue.noLanguage': 'has no text in Bahasa Indonesia ("id") or English ("en")',
  'quiz.issue.noQuestions': 'has no question to play (add questions, or set "includeBuiltIn": true)',
  'quiz.issue.noMatch': 'matches no question',
  'quiz.issue.skipped': 'was skipped',
} as const satisfies Catalog;

export type QuizIssueKey = keyof typeof quizIssuesEn;

export const quizIssuesId: Catalog<QuizIssueKey> = {
  'quiz.issue.kind': 'perlu "statement" dan "answer" (mitos atau fakta) atau "prompt" dan "options" (pilihan)',
  'quiz.issue.noCorrect': 'tidak punya pilihan dengan "correct": true',
  'quiz.issue.fewOptions': 'perlu paling sedikit 2 pilihan',
  'quiz.issue.noLanguage': 'tidak punya teks dalam Bahasa Indonesia ("id") atau Inggris ("en")',
  'quiz.issue.noQuestions':
    'tidak berisi pertanyaan untuk dimainkan (tambahkan pertanyaan, atau atur "includeBuiltIn": true)',
  'quiz.issue.noMatch': 'tidak cocok dengan pertanyaan mana pun',
  'quiz.issue.skipped': 'dilewati',
};
