import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/quiz/define.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import type { SebayaErrorDetail } from '../../src/core/element.js';
import { nextEvent, settled, textOf } from '../helpers/events.js';
import { answer, legend, next, progressText, root } from './helpers.js';

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  statement: { id: `Pernyataan ${id}`, en: `Statement ${id}` },
  answer: true,
  explanation: { id: 'Penjelasan', en: 'Explanation' },
  ...extra,
});

/** Renders a quiz and collects its `sebaya-error` events (console noise is expected). */
async function quiz(
  questions: unknown[],
  extra: Record<string, unknown> = {},
): Promise<{ el: SebayaQuiz; errors: SebayaErrorDetail[] }> {
  const errors: SebayaErrorDetail[] = [];
  const el = document.createElement('sebaya-quiz');
  el.lang = 'en';
  el.debug = true;
  el.addEventListener('sebaya-error', (e) => errors.push(e.detail));
  el.config = { quiz: { shuffle: false, questions, ...extra } };
  const host = await fixture(html`<div></div>`);
  host.append(el);
  await settled(el);
  await el.updateComplete;
  return { el, errors };
}

/** The site-owner lines in the owner box (`debug`); visitors see only the calm notice. */
const details = (el: SebayaQuiz): string[] => {
  expect(root(el).querySelector('[part="notice"]')?.textContent ?? '', 'the visitor notice names no path').not.to.match(
    /quiz\.questions/,
  );
  return [...root(el).querySelectorAll('[part="owner"] li')].map((li) => li.textContent?.trim() ?? '');
};

describe('<sebaya-quiz> bad input', () => {
  let quietError: typeof console.error;
  let quietWarn: typeof console.warn;
  beforeEach(() => {
    sessionStorage.clear();
    quietError = console.error;
    quietWarn = console.warn;
    console.error = () => undefined;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.error = quietError;
    console.warn = quietWarn;
    fixtureCleanup();
  });

  it('skips a repeated id, names it with its path, and plays the rest', async () => {
    const { el, errors } = await quiz([good('a'), good('b'), good('a')]);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(progressText(el)).to.equal('Question 1 of 2');
    expect(textOf(el)).to.contain('1 question could not be shown.');
    expect(details(el)).to.deep.equal(['quiz.questions[2].id: repeats the id "a"']);
    expect(errors).to.deep.equal([
      {
        code: 'quiz-questions-skipped',
        message: 'quiz.questions[2].id: repeats the id "a"',
        path: 'quiz.questions[2].id',
      },
    ]);
    await expect(el).to.be.accessible();
  });

  it('skips a choice with no correct option', async () => {
    const noCorrect = {
      id: 'c',
      prompt: 'Which?',
      options: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y', correct: false },
      ],
      explanation: 'E',
    };
    const { el, errors } = await quiz([noCorrect, good('a')]);
    expect(legend(el)).to.equal('Statement a');
    expect(details(el)).to.deep.equal(['quiz.questions[0].options: has no option with "correct": true']);
    expect(errors[0]?.path).to.equal('quiz.questions[0].options');
  });

  it('skips a statement in neither Bahasa Indonesia nor English', async () => {
    const javanese = good('jv', { statement: { jv: 'Gangguan jiwa iku amarga kurang iman.' } });
    const { el } = await quiz([good('a'), javanese]);
    expect(progressText(el)).to.equal('Question 1 of 1');
    expect(details(el)).to.deep.equal([
      'quiz.questions[1].statement: has no text in Bahasa Indonesia ("id") or English ("en")',
    ]);
  });

  it('skips an item whose source link is not safe', async () => {
    const unsafe = good('x', { source: { label: 'Click', url: 'javascript:alert(document.cookie)' } });
    const { el, errors } = await quiz([unsafe, good('a')]);
    expect(details(el)).to.deep.equal([
      'quiz.questions[0].source.url: is not an allowed link (only https, http, tcl, mailto and WhatsApp links)'.replace(
        'tcl',
        'tel',
      ),
    ]);
    expect(errors[0]?.path).to.equal('quiz.questions[0].source.url');
    expect([...root(el).querySelectorAll('a')].some((a) => a.href.startsWith('javascript'))).to.equal(false);
  });

  it('names items of neither kind, wrong types and short option lists', async () => {
    const { el } = await quiz([
      { id: 'k', explanation: 'E' },
      'just text',
      good('t', { answer: 'yes' }),
      { id: 'o', prompt: 'P', options: [{ id: 'only', text: 'One', correct: true }], explanation: 'E' },
      good('ok'),
    ]);
    expect(details(el)).to.deep.equal([
      'quiz.questions[0]: needs "statement" and "answer" (myth or fact) or "prompt" and "options" (a choice)',
      'quiz.questions[1]: should be an object { … }, but is "just text"',
      'quiz.questions[2].answer: should be true or false, but is "yes"',
      'quiz.questions[3].options: needs at least 2 options',
    ]);
    expect(progressText(el)).to.equal('Question 1 of 1');
    await answer(el, 'Fact');
    await next(el);
    expect(textOf(el)).to.contain('You went through 1 statement.');
  });

  it('shows a config error naming the path when no question is left', async () => {
    const javanese = good('jv', { statement: { jv: 'Kurang iman.' } });
    const { el, errors } = await quiz([javanese]);
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors).to.deep.equal([
      {
        code: 'config-invalid',
        message: 'quiz.questions[0].statement: has no text in Bahasa Indonesia ("id") or English ("en")',
        path: 'quiz.questions[0].statement',
      },
    ]);
    el.debug = true; // the owner box names it (visitors see one calm line)
    await el.updateComplete;
    expect(textOf(el)).to.contain('quiz.questions[0].statement');
    expect(root(el).querySelector('[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a config error when the bank is empty after filtering by tags', async () => {
    const { el, errors } = await quiz([good('a', { tags: ['local'] })], {
      includeBuiltIn: true,
      tags: ['nothing-has-this'],
    });
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors[0]).to.deep.equal({
      code: 'config-invalid',
      message: 'quiz.tags: matches no question',
      path: 'quiz.tags',
    });
  });

  it('shows a config error when the built-in bank is turned off and there are no questions', async () => {
    const { el, errors } = await quiz([], { includeBuiltIn: false });
    expect(errors[0]?.path).to.equal('quiz.questions');
    el.debug = true;
    await el.updateComplete;
    expect(textOf(el)).to.contain('quiz.questions: has no question to play');
  });

  it('words the config error again in the language the page switches to', async () => {
    const { el } = await quiz([good('a', { tags: ['local'] })], { includeBuiltIn: false, tags: ['nothing-has-this'] });
    expect(textOf(el)).to.contain('quiz.tags: matches no question');
    el.lang = 'id';
    await el.updateComplete;
    expect(textOf(el)).to.contain('quiz.tags: tidak cocok dengan pertanyaan mana pun');
    expect(textOf(el)).not.to.contain('matches no question');
  });

  it('stops on a broken section setting with its path', async () => {
    const { el, errors } = await quiz([good('a')], { mode: 'grade', count: 0 });
    expect(el.getAttribute('state')).to.equal('error');
    expect(errors[0]?.path).to.equal('quiz.mode');
    const s = await quiz([good('a')], { stats: { endpoint: 'javascript:alert(1)' } });
    expect(s.errors[0]?.path).to.equal('quiz.stats.endpoint');
    const n = await quiz([good('a')], { nextSteps: [{ label: 'x', url: 'data:text/html,<script>alert(1)</script>' }] });
    expect(n.errors[0]?.path).to.equal('quiz.nextSteps[0].url');
  });

  it('lets a team replace a built-in question by reusing its id', async () => {
    const { el } = await quiz([good('sebaya-weak-faith', { statement: 'Our own wording' })], {
      includeBuiltIn: true,
      tags: undefined,
    });
    const { BUILT_IN_BANK } = await import('../../src/quiz/bank/index.js');
    expect(progressText(el)).to.equal(`Question 1 of ${BUILT_IN_BANK.length}`);
    expect(legend(el)).to.equal('Our own wording');
  });

  it('warns the site owner about unknown keys inside a question', async () => {
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    const ready = nextEvent(document.body, 'sebaya-ready');
    const { el } = await quiz([good('a', { explaination: 'typo' })]);
    await ready;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(warnings.join('\n')).to.contain('quiz.questions[0].explaination: is not a known setting and is ignored');
  });
});
