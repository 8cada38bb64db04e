import type { Catalog } from '../core/i18n/catalog.js';
import { quizIssuesEn } from './messages-issues.js';

/**
 * Strings of `<sebaya-quiz>` in English: the list of keys. Learn mode never speaks of passing or
 * failing; "wrong" answers are met with "many people think so" and the explanation.
 */
export const quizEn = {
  ...quizIssuesEn,
  'quiz.title': 'Myth or fact?',
  'quiz.progress': 'Question {current} of {total}',
  'quiz.progressLabel': 'Quiz progress',
  'quiz.mythOrFact': 'Is this a myth or a fact?',
  'quiz.myth': 'Myth',
  'quiz.fact': 'Fact',
  'quiz.pickOne': 'Choose one answer.',
  'quiz.pickMany': 'Choose every answer that fits.',
  'quiz.check': 'Check my answer',
  'quiz.chooseFirst': 'Choose an answer first.',
  'quiz.next': 'Next question',
  'quiz.finish': 'See the summary',
  'quiz.learn.right': 'Yes, that’s right.',
  'quiz.learn.wrong': 'Many people think so — here is what we know.',
  'quiz.score.right': 'Correct.',
  'quiz.score.wrong': 'Not quite.',
  'quiz.verdict.myth': 'This is a myth.',
  'quiz.verdict.fact': 'This is a fact.',
  'quiz.verdict.options': 'The right answer: {answers}.',
  'quiz.option.correct': 'right answer',
  'quiz.option.chosen': 'your choice',
  'quiz.source': 'Source:',
  'quiz.translated': 'The source is in {language}; the text here was translated.',
  'quiz.summary.title': 'Summary',
  'quiz.summary.score': {
    one: 'You answered {correct} of {total} question correctly.',
    other: 'You answered {correct} of {total} questions correctly.',
  },
  'quiz.summary.learn': {
    one: 'You went through {total} statement. What to remember:',
    other: 'You went through {total} statements. What to remember:',
  },
  'quiz.summary.allRight': 'You knew every one of them. Thank you for sharing what you know.',
  'quiz.summary.missed': 'Worth another look',
  'quiz.summary.missedScore': 'The ones you missed',
  'quiz.tryAgain': 'Try again',
  'quiz.next.title': 'What you can do next',
  'quiz.next.directory': 'Find help near you',
  'quiz.next.calendar': 'Join an activity',
  'quiz.next.crisis': 'Need to talk to someone now?',
  'quiz.skipped': { one: '{count} question could not be shown.', other: '{count} questions could not be shown.' },
} as const satisfies Catalog;
