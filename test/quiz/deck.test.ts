import { expect } from '@open-wc/testing';
import {
  awaiting,
  current,
  isOver,
  newRound,
  next,
  record,
  roundKey,
  tally,
  toggle,
  type Bank,
  type Round,
} from '../../src/quiz/model/deck.js';
import { checkQuestions, type Question } from '../../src/quiz/model/questions.js';
import { seeded } from '../helpers/random.js';

/** A myth (the right answer is `myth`), a one-answer choice (`yes`) and a several-answer choice (`a` and `b`). */
const questions: Question[] = checkQuestions(
  [
    { id: 'myth', statement: 'S', answer: false, explanation: 'E' },
    {
      id: 'one',
      prompt: 'P',
      options: [
        { id: 'yes', text: 'Y', correct: true },
        { id: 'no', text: 'N' },
      ],
      explanation: 'E',
    },
    {
      id: 'many',
      prompt: 'P',
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true },
        { id: 'x', text: 'X' },
      ],
      explanation: 'E',
    },
  ],
  ['q'],
).questions;
const bank: Bank = new Map(questions.map((q) => [q.id, q]));
const [myth, one, many] = questions as [Question, Question, Question];

/** The bank in its own order, nothing answered. */
const fresh = (): Round => newRound(bank, { shuffle: false });

/** Answers the current question with `chosen` and moves on. */
function play(round: Round, chosen: string[]): Round {
  const q = awaiting(round, bank);
  if (!q) throw new Error('nothing to answer');
  return next(record(round, q, chosen).round, bank)!;
}

describe('quiz deck', () => {
  it('draws a fresh round from the bank: in order without shuffle, `count` of them, nothing answered', () => {
    expect(fresh()).to.deep.equal({ v: 1, deck: ['myth', 'one', 'many'], index: 0, answers: {} });
    const two = newRound(bank, { shuffle: true, count: 2 }, seeded(3));
    expect(two.deck).to.have.length(2);
    expect(new Set(two.deck).size).to.equal(2);
    for (const id of two.deck) expect(bank.has(id)).to.equal(true);
    expect(newRound(bank, { shuffle: true, count: 2 }, seeded(3))).to.deep.equal(two);
  });

  it('shows the first question, waits for its answer, then shows it answered', () => {
    const round = fresh();
    expect(current(round, bank)).to.equal(myth);
    expect(awaiting(round, bank)).to.equal(myth);
    const { round: answered, correct } = record(round, myth, ['myth']);
    expect(correct).to.equal(true);
    expect(answered.answers).to.deep.equal({ myth: ['myth'] });
    expect(answered.index).to.equal(0);
    expect(current(answered, bank)).to.equal(myth);
    expect(awaiting(answered, bank)).to.equal(undefined);
    expect(round.answers, 'the round before is left as it was').to.deep.equal({});
  });

  it('checks an answer: exactly the correct options are right', () => {
    expect(record(fresh(), myth, ['fact']).correct).to.equal(false);
    expect(record(fresh(), one, ['yes']).correct).to.equal(true);
    expect(record(fresh(), many, ['b', 'a']).correct).to.equal(true);
    expect(record(fresh(), many, ['a']).correct).to.equal(false);
    expect(record(fresh(), many, ['a', 'b', 'x']).correct).to.equal(false);
  });

  it('keeps a copy of the chosen options, not the caller’s list', () => {
    const chosen = ['yes'];
    const { round } = record(fresh(), one, chosen);
    chosen.push('no');
    expect(round.answers['one']).to.deep.equal(['yes']);
  });

  it('moves on only from an answered question (a double tap on Next skips nothing)', () => {
    const round = fresh();
    expect(next(round, bank)).to.equal(undefined);
    const second = next(record(round, myth, ['fact']).round, bank)!;
    expect(second.index).to.equal(1);
    expect(current(second, bank)).to.equal(one);
    expect(next(second, bank), 'the second question is not answered yet').to.equal(undefined);
  });

  it('ends the round after the last question, and nothing moves on from the summary', () => {
    let round = fresh();
    expect(isOver(round)).to.equal(false);
    round = play(round, ['myth']);
    round = play(round, ['no']);
    expect(isOver(round)).to.equal(false);
    round = play(round, ['a', 'b']);
    expect(isOver(round)).to.equal(true);
    expect(current(round, bank)).to.equal(undefined);
    expect(awaiting(round, bank)).to.equal(undefined);
    expect(next(round, bank)).to.equal(undefined);
  });

  it('tallies right answers out of the deck and lists the missed ones in play order', () => {
    const round = play(play(play(fresh(), ['fact']), ['yes']), ['a']);
    const t = tally(round, bank);
    expect([t.correct, t.total]).to.deep.equal([1, 3]);
    expect(t.questions).to.deep.equal([myth, one, many]);
    expect(t.missed).to.deep.equal([myth, many]);
    const allRight = tally(play(play(play(fresh(), ['myth']), ['yes']), ['b', 'a']), bank);
    expect([allRight.correct, allRight.total, allRight.missed.length]).to.deep.equal([3, 3, 0]);
  });

  it('counts a question left unanswered as missed', () => {
    const t = tally(play(fresh(), ['myth']), bank);
    expect([t.correct, t.total]).to.deep.equal([1, 3]);
    expect(t.missed).to.deep.equal([one, many]);
  });

  it('keeps one ticked option for a one-answer question and several for a several-answer one', () => {
    expect(toggle([], one, 'yes', true)).to.deep.equal(['yes']);
    expect(toggle(['yes'], one, 'no', true)).to.deep.equal(['no']);
    expect(toggle(['yes'], one, 'yes', false)).to.deep.equal([]);
    expect(toggle(['a'], many, 'b', true)).to.deep.equal(['a', 'b']);
    expect(toggle(['a', 'b'], many, 'b', true)).to.deep.equal(['a', 'b']);
    expect(toggle(['a', 'b'], many, 'a', false)).to.deep.equal(['b']);
  });

  it('keys saved progress by the name, the mode, the draw and the questions', () => {
    const key = roundKey('team', 'learn', { shuffle: true }, bank);
    expect(key).to.match(/^sebaya:quiz:team:/);
    expect(roundKey('team', 'learn', { shuffle: true }, new Map(bank))).to.equal(key);
    expect(roundKey('', 'learn', { shuffle: true }, bank)).to.match(/^sebaya:quiz:quiz:/);
    const others = [
      roundKey('other', 'learn', { shuffle: true }, bank),
      roundKey('team', 'score', { shuffle: true }, bank),
      roundKey('team', 'learn', { shuffle: false }, bank),
      roundKey('team', 'learn', { shuffle: true, count: 2 }, bank),
      roundKey('team', 'learn', { shuffle: true }, new Map([...bank].slice(1))),
    ];
    expect(new Set([key, ...others]).size).to.equal(6);
  });
});
