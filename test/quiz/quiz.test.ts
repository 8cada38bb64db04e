import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/quiz/define.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import { BUILT_IN_BANK } from '../../src/quiz/bank/index.js';
import { links, nextEvent, settled, textOf } from '../helpers/events.js';
import {
  announced,
  answer,
  button,
  feedback,
  focused,
  inputs,
  legend,
  next,
  optionLabels,
  press,
  progressText,
  root,
  teamQuiz,
} from './helpers.js';

async function quiz(config: unknown, lang = 'en'): Promise<SebayaQuiz> {
  const el = await fixture<SebayaQuiz>(html`<sebaya-quiz lang=${lang} .config=${config}></sebaya-quiz>`);
  await settled(el);
  return el;
}

describe('<sebaya-quiz>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => fixtureCleanup());

  it('plays the built-in bilingual bank with no config at all', async () => {
    const el = await fixture<SebayaQuiz>(html`<sebaya-quiz lang="id"></sebaya-quiz>`);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(progressText(el)).to.equal(`Pertanyaan 1 dari ${BUILT_IN_BANK.length}`);
    expect(BUILT_IN_BANK.length).to.be.at.least(16);
    expect(root(el).querySelector('fieldset legend')).to.exist;
    const progress = root(el).querySelector('progress')!;
    expect(progress.max).to.equal(BUILT_IN_BANK.length);
    expect(progress.value).to.equal(0);
    expect(textOf(el)).to.contain('Mitos atau fakta?');
    await expect(el).to.be.accessible();
  });

  it('runs to the summary with the keyboard alone, moving focus and announcing each result', async () => {
    const el = await quiz(teamQuiz());
    const completed = nextEvent<{ correct: number; total: number }>(el, 'sebaya-quiz-complete');
    const answers: { questionId: string; correct: boolean }[] = [];
    el.addEventListener('sebaya-quiz-answer', (e) =>
      answers.push((e as CustomEvent<{ questionId: string; correct: boolean }>).detail),
    );

    // 1: myth or fact — Tab to the radio group, Space picks "Myth", Tab to the button, Enter.
    expect(progressText(el)).to.equal('Question 1 of 3');
    expect(legend(el)).to.equal('Shackling (pasung) helps people with mental illness.');
    await press(el, 'Tab');
    expect((focused(el) as HTMLInputElement).value).to.equal('myth');
    await press(el, 'Space');
    await press(el, 'Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Check my answer');
    await press(el, 'Enter');
    expect(focused(el)?.classList.contains('feedback')).to.equal(true);
    expect(announced(el)).to.equal('Yes, that’s right. This is a myth.');
    expect(feedback(el)).to.contain('Shackling hurts and isolates.');
    await expect(el).to.be.accessible();
    await press(el, 'Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Riskesdas 2013');
    await press(el, 'Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Next question');
    await press(el, 'Enter');

    // 2: one-answer choice — the arrow key moves to and picks "The market" (not right).
    expect(focused(el)?.textContent?.trim()).to.equal('Question 2 of 3');
    await press(el, 'Tab');
    await press(el, 'ArrowDown');
    expect(inputs(el).map((i) => i.checked)).to.deep.equal([false, true]);
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(announced(el)).to.equal('Many people think so — here is what we know. The right answer: The village hall.');
    expect(optionLabels(el)).to.deep.equal(['The village hall (right answer)', 'The market (your choice)']);
    await press(el, 'Tab');
    await press(el, 'Enter');

    // 3: several answers — checkboxes, each its own Tab stop.
    expect(inputs(el).map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    await press(el, 'Tab');
    await press(el, 'Space');
    await press(el, 'Tab');
    await press(el, 'Space');
    await press(el, 'Tab');
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(announced(el)).to.match(/^Yes, that’s right\./);
    await press(el, 'Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('See the summary');
    await press(el, 'Enter');

    expect((await completed).detail).to.deep.equal({ correct: 2, total: 3 });
    expect(answers).to.deep.equal([
      { questionId: 'pasung', correct: true },
      { questionId: 'group', correct: false },
      { questionId: 'helps', correct: true },
    ]);
    expect(focused(el)?.textContent?.trim()).to.equal('Summary');
    const summary = textOf(el);
    expect(summary).to.contain('You went through 3 statements. What to remember:');
    expect(summary).to.contain('Worth another look');
    expect(summary).to.contain('Every second Tuesday at the village hall.');
    await expect(el).to.be.accessible();
  });

  it('asks for a choice before checking, without counting anything', async () => {
    const el = await quiz(teamQuiz());
    let answered = 0;
    el.addEventListener('sebaya-quiz-answer', () => (answered += 1));
    button(el, 'Check my answer').click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Choose an answer first.');
    expect(announced(el)).to.equal('Choose an answer first.');
    expect(answered).to.equal(0);
    expect(root(el).querySelector('.feedback')).to.equal(null);
  });

  it('a double tap on Next moves on one question only, and completes once', async () => {
    const el = await quiz(teamQuiz());
    let completions = 0;
    el.addEventListener('sebaya-quiz-complete', () => (completions += 1));
    await answer(el, 'Myth');
    const nextButton = button(el, 'Next question');
    nextButton.click();
    nextButton.click();
    await el.updateComplete;
    expect(progressText(el)).to.equal('Question 2 of 3');
    await answer(el, 'The market');
    await next(el);
    await answer(el, 'Listening');
    const finish = button(el, 'See the summary');
    finish.click();
    finish.click();
    await el.updateComplete;
    expect(completions).to.equal(1);
    el.remove();
    const again = await quiz(teamQuiz());
    expect(textOf(again)).to.contain('You went through 3 statements.');
  });

  it('learn mode never speaks of passing or failing, even when every answer is wrong', async () => {
    const el = await quiz(teamQuiz());
    await answer(el, 'Fact');
    expect(feedback(el)).to.contain('Many people think so');
    expect(feedback(el)).to.contain('This is a myth.');
    await next(el);
    await answer(el, 'The market');
    await next(el);
    await answer(el, 'Hiding them away');
    await next(el);
    const text = textOf(el);
    expect(text).to.contain('You went through 3 statements.');
    expect(text).not.to.match(/fail|wrong|incorrect|score|\d+ of \d+ questions correctly/i);
    // what was learnt: every statement with its verdict
    expect(text).to.contain('Shackling (pasung) helps people with mental illness. — This is a myth.');
  });

  it('score mode counts the right answers and lists the missed ones with their explanations', async () => {
    const el = await quiz(teamQuiz({ mode: 'score' }));
    await answer(el, 'Myth');
    expect(feedback(el)).to.match(/^Correct\./);
    await next(el);
    await answer(el, 'The market');
    expect(feedback(el)).to.match(/^Not quite\./);
    await next(el);
    await answer(el, 'Listening');
    expect(feedback(el)).to.contain('The right answer: Listening, Seeing a health worker.');
    const completed = nextEvent<{ correct: number; total: number }>(el, 'sebaya-quiz-complete');
    await next(el);
    expect((await completed).detail).to.deep.equal({ correct: 1, total: 3 });
    const text = textOf(el);
    expect(text).to.contain('You answered 1 of 3 questions correctly.');
    const missed = root(el).querySelector('[part="missed"]')!;
    expect(missed.querySelectorAll(':scope > li').length).to.equal(2);
    expect(missed.textContent).to.contain('Every second Tuesday at the village hall.');
    expect(missed.textContent).to.contain('Listening and treatment help.');
    expect(missed.textContent).not.to.contain('Shackling hurts');
    expect(announced(el)).to.equal('You answered 1 of 3 questions correctly.');
    await expect(el).to.be.accessible();
  });

  it('draws `count` questions from the bank and reshuffles on Try again', async () => {
    const el = await quiz({ quiz: { count: 5 } });
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      expect(progressText(el)).to.equal(`Question ${i + 1} of 5`);
      seen.push(legend(el));
      await answer(el, (optionLabels(el)[0] ?? '').replace(/ \(.*$/, ''));
      await next(el);
    }
    expect(new Set(seen).size).to.equal(5);
    const statements = BUILT_IN_BANK.map((q) => ('statement' in q ? q.statement : q.prompt)).map((t) =>
      typeof t === 'string' ? t : t.en,
    );
    for (const s of seen) expect(statements).to.include(s);

    const order = async (): Promise<string[]> => {
      const out: string[] = [];
      while (root(el).querySelector('legend')) {
        out.push(legend(el));
        await answer(el, (optionLabels(el)[0] ?? '').replace(/ \(.*$/, ''));
        await next(el);
      }
      return out;
    };
    // With every question, two runs in the same order would be a 1 in 22! coincidence.
    const reloaded = nextEvent(el, 'sebaya-ready');
    el.config = { quiz: {} };
    await reloaded;
    await el.updateComplete;
    expect(progressText(el)).to.equal(`Question 1 of ${BUILT_IN_BANK.length}`);
    const first = await order();
    button(el, 'Try again').click();
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).to.equal(`Question 1 of ${BUILT_IN_BANK.length}`);
    const second = await order();
    expect(second).to.have.members(first);
    expect(second).not.to.deep.equal(first);
  });

  it('keeps the bank order with `shuffle: false`', async () => {
    const el = await quiz({ quiz: { shuffle: false } });
    const firstItem = BUILT_IN_BANK[0]!;
    expect(legend(el)).to.equal(
      'statement' in firstItem && typeof firstItem.statement === 'object' ? firstItem.statement.en : '',
    );
  });

  it('resumes where the visitor was after a reload, and starts over after Try again', async () => {
    const config = teamQuiz();
    let el = await quiz(config);
    await answer(el, 'Myth');
    await next(el);
    await answer(el, 'The village hall');
    const keys = Object.keys(sessionStorage);
    expect(keys.length).to.equal(1);
    expect(keys[0]).to.match(/^sebaya:quiz:/);
    el.remove();

    el = await quiz(config);
    expect(progressText(el)).to.equal('Question 2 of 3');
    expect(feedback(el)).to.contain('Every second Tuesday');
    await next(el);
    expect(progressText(el)).to.equal('Question 3 of 3');
    el.remove();

    el = await quiz(config);
    expect(progressText(el)).to.equal('Question 3 of 3');
    await answer(el, 'Listening', 'Seeing a health worker');
    await next(el);
    el.remove();

    // a reload on the summary shows the summary again (and does not report completion twice)
    let completions = 0;
    const count = () => (completions += 1);
    document.addEventListener('sebaya-quiz-complete', count);
    el = await quiz(config);
    expect(textOf(el)).to.contain('You went through 3 statements.');
    await new Promise((r) => setTimeout(r, 50));
    document.removeEventListener('sebaya-quiz-complete', count);
    expect(completions).to.equal(0);
    button(el, 'Try again').click();
    await el.updateComplete;
    el.remove();
    el = await quiz(config);
    expect(progressText(el)).to.equal('Question 1 of 3');
  });

  it('keeps the progress of two quizzes on one page apart by their ids', async () => {
    const config = teamQuiz();
    const page = await fixture(html`<div>
      <sebaya-quiz id="satu" lang="en" .config=${config}></sebaya-quiz>
      <sebaya-quiz id="dua" lang="en" .config=${config}></sebaya-quiz>
    </div>`);
    const [one, two] = [...page.querySelectorAll('sebaya-quiz')];
    await settled(one!);
    await settled(two!);
    await answer(one!, 'Myth');
    await next(one!);
    page.innerHTML = '';
    const again = await fixture(html`<div>
      <sebaya-quiz id="satu" lang="en" .config=${config}></sebaya-quiz>
      <sebaya-quiz id="dua" lang="en" .config=${config}></sebaya-quiz>
    </div>`);
    const [one2, two2] = [...again.querySelectorAll('sebaya-quiz')];
    await settled(one2!);
    await settled(two2!);
    expect(progressText(one2!)).to.equal('Question 2 of 3');
    expect(progressText(two2!)).to.equal('Question 1 of 3');
  });

  it('does not resume progress saved for other questions', async () => {
    sessionStorage.setItem('sebaya:quiz:x', '{"v":1}');
    const el = await quiz(teamQuiz());
    await answer(el, 'Myth');
    el.remove();
    const other = teamQuiz();
    (other.quiz as { questions: { id: string }[] }).questions[0]!.id = 'renamed';
    const el2 = await quiz(other);
    expect(progressText(el2)).to.equal('Question 1 of 3');
    expect(root(el2).querySelector('.feedback')).to.equal(null);
  });

  it('speaks English and Indonesian, and says when a text was translated', async () => {
    const el = await quiz({ quiz: { shuffle: false, tags: ['pasung'] } }, 'en');
    expect(legend(el)).to.equal('People with mental illness are no longer shackled (pasung) in Indonesia.');
    await answer(el, 'Myth');
    expect(feedback(el)).to.contain('14.3%');
    expect(feedback(el)).to.contain('The source is in Indonesian; the text here was translated.');
    const source = links(el).find((l) => l.href.includes('idntimes.com'));
    expect(source?.text).to.equal('Riskesdas 2013 (Indonesian Ministry of Health), as cited by IDN Times');
    el.lang = 'id';
    await el.updateComplete;
    expect(legend(el)).to.equal('Pemasungan orang dengan gangguan jiwa sudah tidak terjadi di Indonesia.');
    expect(feedback(el)).to.contain('Ya, benar. Ini mitos.');
    expect(feedback(el)).not.to.contain('terjemahan');
  });

  it("marks a text shown in another language than the visitor's with `lang`", async () => {
    const el = await quiz({
      quiz: {
        includeBuiltIn: false,
        questions: [
          {
            id: 'a',
            statement: { id: 'Pasung itu aman.' },
            answer: false,
            explanation: { id: 'Tidak.', en: 'No.' },
            source: { label: 'Riskesdas', url: 'https://example.org/' },
          },
        ],
      },
    });
    expect(legend(el)).to.equal('Pasung itu aman.');
    expect(root(el).querySelector('legend span')?.getAttribute('lang')).to.equal('id');
    await answer(el, 'Myth');
    expect(root(el).querySelector('.feedback p:nth-of-type(2) span')).to.equal(null); // the explanation has English
    expect(root(el).querySelector('.source span')).to.equal(null); // a plain string has no language of its own
  });

  it('links the directory, the calendar and the crisis panel on the same page as next steps', async () => {
    const page = await fixture(html`<div>
      <section id="layanan"><sebaya-directory></sebaya-directory></section>
      <sebaya-calendar></sebaya-calendar>
      <sebaya-crisis-help id="krisis"></sebaya-crisis-help>
    </div>`);
    const el = document.createElement('sebaya-quiz');
    el.lang = 'en';
    el.config = teamQuiz({ questions: [(teamQuiz().quiz as { questions: unknown[] }).questions[0]] });
    page.append(el);
    await settled(el);
    await answer(el, 'Myth');
    await next(el);
    const nav = root(el).querySelector('[part="next-steps"]')!;
    const hrefs = [...nav.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(hrefs).to.deep.equal([
      ['Find help near you', '#layanan'],
      ['Need to talk to someone now?', '#krisis'],
    ]);
    // the calendar has no id: a button brings it into view
    expect(button(el, 'Join an activity')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('uses the configured next steps and falls back to a crisis line when no panel is on the page', async () => {
    const el = await quiz(
      teamQuiz({
        questions: [(teamQuiz().quiz as { questions: unknown[] }).questions[0]],
        nextSteps: [
          { label: { en: 'Our peer group on WhatsApp', id: 'Grup sebaya kami' }, url: 'https://wa.me/6281234567890' },
        ],
      }),
    );
    await answer(el, 'Myth');
    await next(el);
    const all = links(el);
    expect(all).to.deep.include({ text: 'Our peer group on WhatsApp', href: 'https://wa.me/6281234567890' });
    expect(all.some((l) => l.href === 'tel:119,8')).to.equal(true);
  });

  it('renders hostile strings from the config as text', async () => {
    const polyglots = (
      await (
        await fetch(new URL('../fixtures/quiz/XSS_Injection__Intruders__XSS_Polyglots.txt', import.meta.url))
      ).text()
    )
      .split('\n')
      .filter(Boolean);
    const naughty = (await (await fetch(new URL('../fixtures/quiz/blns.json', import.meta.url))).json()) as string[];
    const nasty = [
      ...polyglots.slice(0, 6),
      ...naughty.filter((s) => /<|script|onerror|javascript/i.test(s)).slice(0, 6),
    ];
    const alerts: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (m?: unknown) => alerts.push(m);
    try {
      const el = await quiz({
        quiz: {
          shuffle: false,
          includeBuiltIn: false,
          questions: nasty.map((s, i) => ({
            id: `q${i}`,
            prompt: s,
            options: [
              { id: 'a', text: s.slice(0, 400), correct: true },
              { id: 'b', text: `${i} <b>bold</b>` },
            ],
            explanation: s,
            source: { label: s.slice(0, 400), url: 'https://example.org/?q=<script>' },
          })),
        },
      });
      for (const s of nasty.slice(0, 4)) {
        expect(legend(el)).to.equal(s.trim());
        await answer(el, s.slice(0, 400).trim());
        expect(feedback(el)).to.contain(s.replace(/\s+/g, ' ').trim());
        await next(el);
      }
      const r = root(el);
      expect(
        r.querySelectorAll('script, img, svg, iframe, object, embed, b, body, video, audio, math').length,
      ).to.equal(0);
      expect([...r.querySelectorAll('*')].some((n) => [...n.attributes].some((a) => a.name.startsWith('on')))).to.equal(
        false,
      );
      await new Promise((r2) => setTimeout(r2, 50));
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = originalAlert;
    }
  });

  it('leaves the heading and the region name to the page with `no-title`', async () => {
    const el = await fixture<SebayaQuiz>(html`<sebaya-quiz lang="en" no-title .config=${teamQuiz()}></sebaya-quiz>`);
    await settled(el);
    expect(root(el).querySelector('h2')).to.equal(null);
    expect(root(el).querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
    el.noTitle = false;
    await el.updateComplete;
    const h2 = root(el).querySelector('h2')!;
    expect(h2.textContent).to.equal('Myth or fact?');
    expect(h2.getBoundingClientRect().height).to.be.above(10);
    expect(root(el).querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h2.id);
  });

  it("plays the demo site's quiz section: the team's own items with the local built-in ones", async () => {
    const demo = (await (await fetch(new URL('../../demo/sebaya.json', import.meta.url))).json()) as {
      quiz: { questions: unknown[] };
    };
    const errors: Event[] = [];
    const el = document.createElement('sebaya-quiz');
    el.addEventListener('sebaya-error', (e) => errors.push(e));
    el.lang = 'id';
    el.config = demo;
    (await fixture(html`<div></div>`)).append(el);
    await settled(el);
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    const local = BUILT_IN_BANK.filter((q) => q.tags?.includes('local')).length;
    expect(progressText(el)).to.match(new RegExp(`^Pertanyaan 1 dari ${local + demo.quiz.questions.length}$`));
  });

  it('can be defined twice without an exception', async () => {
    const { defineElement } = await import('../../src/core/define.js');
    const { SebayaQuiz } = await import('../../src/quiz/quiz.js');
    expect(() => defineElement('sebaya-quiz', SebayaQuiz)).not.to.throw();
    expect(customElements.get('sebaya-quiz')).to.equal(SebayaQuiz);
  });
});
