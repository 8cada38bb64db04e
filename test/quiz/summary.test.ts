import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/quiz/define.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import { settled } from '../helpers/events.js';
import { answer, button, next, root, teamQuiz } from './helpers.js';

/** A quiz in a box `width` px wide (a phone is 360). */
async function quizAt(width: number, config: unknown): Promise<SebayaQuiz> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}><sebaya-quiz lang="en" .config=${config}></sebaya-quiz></div>`,
  );
  const el = wrap.querySelector<SebayaQuiz>('sebaya-quiz')!;
  await settled(el);
  return el;
}

/** Answers every question with its last option ("Fact", or a wrong one in the team quiz) until the summary shows. */
async function playThrough(el: SebayaQuiz): Promise<void> {
  for (let i = 0; i < 50 && !root(el).querySelector('[part="summary"]'); i += 1) {
    [...root(el).querySelectorAll<HTMLInputElement>('fieldset input')].at(-1)!.click();
    await el.updateComplete;
    button(el, 'Check my answer').click();
    await el.updateComplete;
    await next(el);
  }
}

/** The disclosure of a missed question, found by its statement, as a person sees it. */
function disclosure(el: SebayaQuiz, statement: string): { toggle: HTMLElement; details: HTMLDetailsElement } {
  const toggle = [...root(el).querySelectorAll<HTMLElement>('[part="missed"] summary')].find((s) =>
    s.textContent?.includes(statement),
  );
  if (!toggle) throw new Error(`no disclosure for ${statement}`);
  return { toggle, details: toggle.closest('details')! };
}

const shown = (el: SebayaQuiz, text: string): boolean =>
  [...root(el).querySelectorAll<HTMLElement>('[part="missed"] p')].some(
    (p) => p.textContent?.includes(text) && p.checkVisibility(),
  );

describe('<sebaya-quiz> summary', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => fixtureCleanup());

  it('folds each missed explanation under its statement, the verdict staying in view', async () => {
    const el = await quizAt(360, teamQuiz());
    await answer(el, 'Fact'); // wrong
    await next(el);
    await answer(el, 'The market'); // wrong
    await next(el);
    await answer(el, 'Listening', 'Seeing a health worker'); // right
    await next(el);
    const summary = root(el).querySelector<HTMLElement>('[part="summary"]')!;
    expect(summary.textContent).to.contain('Worth another look');
    const pasung = disclosure(el, 'Shackling (pasung) helps people with mental illness.');
    expect(pasung.toggle.textContent).to.contain('This is a myth.');
    expect(pasung.details.open).to.equal(false);
    expect(shown(el, 'Shackling hurts and isolates.')).to.equal(false);
    expect(disclosure(el, 'Where does our peer group meet?').toggle.textContent).to.contain(
      'The right answer: The village hall.',
    );
    expect(shown(el, 'Every second Tuesday at the village hall.')).to.equal(false);
    // A target of at least 24 × 24 px.
    const box = pasung.toggle.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(24);
    await expect(el).to.be.accessible();

    pasung.toggle.click();
    await el.updateComplete;
    expect(pasung.details.open).to.equal(true);
    expect(shown(el, 'Shackling hurts and isolates.')).to.equal(true);
    expect(
      root(el).querySelector('[part="missed"] a[href="https://example.org/riskesdas"]')!.checkVisibility(),
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens an explanation with the keyboard', async () => {
    const el = await quizAt(360, teamQuiz());
    await playThrough(el);
    const group = disclosure(el, 'Where does our peer group meet?');
    group.toggle.focus();
    await sendKeys({ press: 'Enter' });
    expect(group.details.open).to.equal(true);
    expect(shown(el, 'Every second Tuesday at the village hall.')).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(group.details.open).to.equal(false);
  });

  it('stays short on a phone with the whole built-in bank answered wrong', async () => {
    const el = await quizAt(360, { quiz: { mode: 'score' } });
    await playThrough(el);
    const summary = root(el).querySelector<HTMLElement>('[part="summary"]')!;
    const missed = root(el).querySelectorAll('[part="missed"] > li').length;
    expect(missed).to.be.at.least(8);
    // Each missed item is about its statement's height; unfolded they made the summary ~4,000 px.
    expect(summary.getBoundingClientRect().height).to.be.below(missed * 170 + 600);
  });
});
