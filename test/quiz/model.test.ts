import { expect } from '@open-wc/testing';
import {
  checkQuestions,
  drawDeck,
  filterByTags,
  fingerprint,
  isCorrect,
  mergeBanks,
  shuffled,
  type Question,
} from '../../src/quiz/model/questions.js';
import { loadProgress, saveProgress } from '../../src/quiz/model/progress.js';
import { StatsBatcher } from '../../src/quiz/model/stats.js';
import { seeded } from '../helpers/random.js';

const q = (id: string, tags: string[] = []): Question =>
  checkQuestions([{ id, statement: `S ${id}`, answer: true, explanation: 'E', tags }], ['q']).questions[0]!;

describe('quiz model', () => {
  it('turns myth-or-fact items into a choice between myth and fact', () => {
    const [myth] = checkQuestions([{ id: 'm', statement: 'x', answer: false, explanation: 'e' }], ['q']).questions;
    expect(myth!.options.map((o) => [o.id, o.correct])).to.deep.equal([
      ['myth', true],
      ['fact', false],
    ]);
    expect(isCorrect(myth!, ['myth'])).to.equal(true);
    expect(isCorrect(myth!, ['fact'])).to.equal(false);
  });

  it('needs exactly the correct options of a several-answer choice', () => {
    const [c] = checkQuestions(
      [
        {
          id: 'c',
          prompt: 'p',
          options: [
            { id: 'a', text: 'A', correct: true },
            { id: 'b', text: 'B', correct: true },
            { id: 'x', text: 'X' },
          ],
          explanation: 'e',
        },
      ],
      ['q'],
    ).questions;
    expect(c!.multiple).to.equal(true);
    expect(isCorrect(c!, ['b', 'a'])).to.equal(true);
    expect(isCorrect(c!, ['a'])).to.equal(false);
    expect(isCorrect(c!, ['a', 'b', 'x'])).to.equal(false);
  });

  it('reports repeated option ids and accepts a plain-string text in any language', () => {
    const r = checkQuestions(
      [
        {
          id: 'c',
          prompt: 'Apa?',
          options: [
            { id: 'a', text: 'A', correct: true },
            { id: 'a', text: 'B' },
          ],
          explanation: 'e',
        },
        { id: 'ok', statement: { 'en-GB': 'Colour' }, answer: true, explanation: 'e' },
      ],
      ['quiz', 'questions'],
    );
    expect(r.errors.map((e) => [e.path.join('.'), e.key])).to.deep.equal([
      ['quiz.questions.0.options.1.id', 'core.issue.duplicate'],
    ]);
    expect(r.questions.map((x) => x.id)).to.deep.equal(['ok']);
  });

  it('draws `count` at random, keeps bank order without shuffle, and shuffles a permutation', () => {
    const bank = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => q(id));
    const kept = drawDeck(bank, { shuffle: false, count: 3 }, seeded(1));
    expect(kept).to.have.length(3);
    expect([...kept].sort()).to.deep.equal(kept); // bank order
    expect(drawDeck(bank, { shuffle: false }, seeded(1))).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(drawDeck(bank, { shuffle: false, count: 99 })).to.have.length(6);
    const mixed = drawDeck(bank, { shuffle: true }, seeded(7));
    expect(mixed).to.have.members(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(mixed).not.to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(drawDeck(bank, { shuffle: true }, seeded(7))).to.deep.equal(mixed);
    expect(drawDeck(bank, { shuffle: true }, seeded(8))).not.to.deep.equal(mixed);
    // Every position is reachable: over many draws each id comes first at least once.
    const firsts = new Set(Array.from({ length: 200 }, (_, i) => shuffled(['a', 'b', 'c', 'd'], seeded(i))[0]));
    expect(firsts.size).to.equal(4);
  });

  it('merges the team bank over the built-in one and filters by tags', () => {
    const merged = mergeBanks([q('sebaya-x'), q('own')], [q('sebaya-x', ['built']), q('sebaya-y', ['pasung'])]);
    expect(merged.map((x) => x.id)).to.deep.equal(['sebaya-x', 'own', 'sebaya-y']);
    expect(merged[0]!.tags).to.deep.equal([]);
    expect(filterByTags(merged, ['pasung']).map((x) => x.id)).to.deep.equal(['sebaya-y']);
    expect(filterByTags(merged, []).length).to.equal(3);
    expect(fingerprint(['a', 'b'])).not.to.equal(fingerprint(['b', 'a']));
  });

  it('saves progress and reads back only what fits the questions', () => {
    sessionStorage.clear();
    const known = new Set(['a', 'b']);
    saveProgress('sebaya:quiz:t', { v: 1, deck: ['a', 'b'], index: 1, answers: { a: ['myth'], zzz: ['x'] } });
    expect(loadProgress('sebaya:quiz:t', known)).to.deep.equal({
      v: 1,
      deck: ['a', 'b'],
      index: 1,
      answers: { a: ['myth'] },
    });
    expect(loadProgress('sebaya:quiz:t', new Set(['a']))).to.equal(undefined);
    sessionStorage.setItem('sebaya:quiz:t', '{not json');
    expect(loadProgress('sebaya:quiz:t', known)).to.equal(undefined);
    sessionStorage.setItem('sebaya:quiz:t', JSON.stringify({ v: 1, deck: ['a'], index: 5, answers: {} }));
    expect(loadProgress('sebaya:quiz:t', known)).to.equal(undefined);
    sessionStorage.clear();
  });

  it('batches counts per question and swallows a failing or throwing sender', async () => {
    const sent: { url: string; body: string }[] = [];
    const b = new StatsBatcher('https://stats.example/x', 3, async (url, init) => {
      sent.push({ url, body: init.body as string });
      throw new Error('offline');
    });
    b.record('a', true);
    b.record('a', false);
    expect(sent).to.have.length(0);
    b.record('b', true);
    expect(sent).to.have.length(1);
    expect(JSON.parse(sent[0]!.body)).to.deep.equal({
      v: 1,
      counts: [
        { questionId: 'a', correct: 1, incorrect: 1 },
        { questionId: 'b', correct: 1, incorrect: 0 },
      ],
    });
    b.flush();
    expect(sent).to.have.length(1); // nothing waiting, nothing sent
    const throwing = new StatsBatcher('x', 1, () => {
      throw new Error('CSP');
    });
    expect(() => throwing.record('a', true)).not.to.throw();
    await new Promise((r) => setTimeout(r, 10));
  });
});
