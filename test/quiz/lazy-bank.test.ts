import { expect, fixture, html } from '@open-wc/testing';
import '../../src/quiz/define.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import { settled } from '../helpers/events.js';

/** Module URLs this page has loaded that belong to the built-in bank. */
const bankLoads = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('/src/quiz/bank/'));

// Runs in a page of its own (one test file per page), so nothing else has loaded the bank.
describe('<sebaya-quiz> built-in bank loading', () => {
  it('loads the bank as a separate module, and only when a quiz plays it', async () => {
    sessionStorage.clear();
    expect(bankLoads()).to.deep.equal([]);
    const own = await fixture<SebayaQuiz>(
      html`<sebaya-quiz
        lang="en"
        .config=${{ quiz: { questions: [{ id: 'a', statement: 'S', answer: true, explanation: 'E' }] } }}
      ></sebaya-quiz>`,
    );
    await settled(own);
    expect(own.getAttribute('state')).to.equal('ready');
    expect(bankLoads()).to.deep.equal([]);

    const builtIn = await fixture<SebayaQuiz>(html`<sebaya-quiz lang="en"></sebaya-quiz>`);
    await settled(builtIn);
    expect(bankLoads()).to.have.length(1);
  });
});
