import { progressKey, type Progress } from './progress.js';
import { drawDeck, fingerprint, isCorrect, type Question, type Random } from './questions.js';

/**
 * A round of the quiz as plain data: the deck drawn, where the visitor is, and what they answered.
 * It is what `progress.ts` saves, so a reload resumes it. Every step returns a new round; nothing
 * here knows the page, the element or the visitor's language.
 */
export type Round = Progress;

/** The playable questions, by id. */
export type Bank = ReadonlyMap<string, Question>;

/** How a round is drawn (the quiz section's `shuffle` and `count`). */
export interface Draw {
  readonly shuffle: boolean;
  readonly count?: number | undefined;
}

/** A fresh round: a new draw from the bank, nothing answered. */
export function newRound(bank: Bank, draw: Draw, random?: Random): Round {
  return { v: 1, deck: drawDeck([...bank.values()], draw, random), index: 0, answers: {} };
}

/**
 * Where a round is saved. Progress belongs to these questions drawn this way: another bank,
 * count or mode starts afresh. `name` tells two quizzes on one page apart (their ids).
 */
export function roundKey(name: string, mode: string, draw: Draw, bank: Bank): string {
  return progressKey(
    `${name || 'quiz'}:${fingerprint([mode, String(draw.count ?? ''), String(draw.shuffle), ...bank.keys()])}`,
  );
}

/** Whether the round is over (the summary shows). */
export const isOver = (round: Round): boolean => round.index >= round.deck.length;

/** The question shown now (answered or not); undefined on the summary. */
export function current(round: Round, bank: Bank): Question | undefined {
  const id = round.deck[round.index];
  return id === undefined ? undefined : bank.get(id);
}

/** The current question while it waits for an answer; undefined once it is answered, and on the summary. */
export function awaiting(round: Round, bank: Bank): Question | undefined {
  const q = current(round, bank);
  return q && !round.answers[q.id] ? q : undefined;
}

/**
 * The options ticked after one more change: a one-answer question keeps only the last one, a
 * several-answer question adds or removes it.
 */
export function toggle(selection: readonly string[], question: Question, optionId: string, checked: boolean): string[] {
  if (!question.multiple) return checked ? [optionId] : [];
  return checked ? [...new Set([...selection, optionId])] : selection.filter((s) => s !== optionId);
}

/** Records the options chosen for a question, and whether they were right. */
export function record(
  round: Round,
  question: Question,
  chosen: readonly string[],
): { round: Round; correct: boolean } {
  return {
    round: { ...round, answers: { ...round.answers, [question.id]: [...chosen] } },
    correct: isCorrect(question, chosen),
  };
}

/**
 * The round moved on to the next question (or to the summary after the last one). Only from an
 * answered question: a double tap on "Next" must not skip an unanswered one (undefined then).
 */
export function next(round: Round, bank: Bank): Round | undefined {
  const q = current(round, bank);
  return q && round.answers[q.id] ? { ...round, index: round.index + 1 } : undefined;
}

/** The outcome of a round: right answers out of the deck, its questions in play order, and those worth another look. */
export interface Tally {
  readonly correct: number;
  readonly total: number;
  readonly questions: readonly Question[];
  /** Questions answered wrongly, or not at all. */
  readonly missed: readonly Question[];
}

export function tally(round: Round, bank: Bank): Tally {
  const questions = round.deck.map((id) => bank.get(id)).filter((q): q is Question => !!q);
  const missed = questions.filter((q) => !isCorrect(q, round.answers[q.id] ?? []));
  return { correct: questions.length - missed.length, total: round.deck.length, questions, missed };
}
