import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import '../../src/crisis-help/define.js';
import '../../src/directory/define.js';
import '../../src/quiz/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { PREVIEW_DELAY } from '../../src/builder/builder.js';
import { DRAFT_KEY } from '../../src/builder/model.js';
import { sameView } from '../../src/builder/preview.js';
import { settled, textOf } from '../helpers/events.js';

type Previewed = LitElement & { config?: unknown };

const place = (i: number) => ({
  id: `p${i}`,
  name: `Puskesmas ${i}`,
  categories: ['puskesmas'],
  phones: [{ number: `+62 272 ${String(100000 + i)}` }],
  hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '14:00' }],
});

const CONFIG = {
  crisis: { lines: [{ name: 'Sejiwa', phone: '119', extension: '8' }] },
  quiz: { mode: 'score' },
  directory: {
    sources: [{ resources: [place(0), place(1), place(2)] }],
    categories: [{ id: 'puskesmas', label: 'Puskesmas' }],
  },
};

const RESOURCES = 'directory.sources[0].resources';

async function mount(config: object = CONFIG): Promise<SebayaBuilder> {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ config, done: [] }));
  const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang="en"></sebaya-builder>`);
  await el.updateComplete;
  await settled(previewed(el, 'sebaya-directory'));
  return el;
}

function previewed(el: SebayaBuilder, tag: string): Previewed {
  const found = el.renderRoot.querySelector<Previewed>(`.stage ${tag}`);
  if (!found) throw new Error(`no previewed ${tag}`);
  return found;
}

/** An edit, then the previewed directory settled — without waiting for the checks' pause. */
async function editAndSettle(el: SebayaBuilder, path: string, value: unknown): Promise<Previewed> {
  el.edit(path, value);
  await el.updateComplete;
  const directory = previewed(el, 'sebaya-directory');
  await settled(directory);
  return directory;
}

describe('<sebaya-builder> live preview', () => {
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('sameView: an element re-reads only when its section, a shared key or an unknown key changed', () => {
    const shared = { name: 'Desa' };
    const directory = { sources: [] };
    const before = { organization: shared, directory, quiz: { mode: 'score' } };
    expect(sameView(before, { ...before, quiz: { mode: 'score' } }, 'directory')).to.equal(true);
    expect(sameView(before, { ...before, quiz: { mode: 'score' } }, 'quiz')).to.equal(false);
    expect(sameView(before, { ...before, directory: { sources: [] } }, 'directory')).to.equal(false);
    expect(sameView(before, { ...before, organization: { name: 'Desa' } }, 'directory')).to.equal(false);
    // The crisis panel reads the shared keys only (crisis among them).
    expect(sameView(before, { ...before, directory: { sources: [] } }, 'crisis')).to.equal(true);
    expect(sameView(before, { ...before, crisis: { lines: [] } }, 'crisis')).to.equal(false);
    // A key no element knows is warned about by each: it counts, added or removed.
    expect(sameView(before, { ...before, calender: {} }, 'quiz')).to.equal(false);
    const { quiz: _quiz, ...withoutQuiz } = before;
    expect(sameView(before, withoutQuiz, 'directory')).to.equal(true);
    expect(sameView(before, withoutQuiz, 'quiz')).to.equal(false);
  });

  it('typing a place name shows it in the previewed directory before the checks run', async () => {
    const el = await mount();
    await el.focusPath(`${RESOURCES}[1].name`);
    const field = el.renderRoot.querySelector<HTMLElement>(`[data-path="${RESOURCES}[1].name"]`);
    const input = (field?.shadowRoot?.querySelector('input') ?? field) as HTMLInputElement;
    input.focus();
    input.select();
    const started = performance.now();
    await sendKeys({ type: 'Klinik Jiwa' });
    const directory = previewed(el, 'sebaya-directory');
    await el.updateComplete;
    await settled(directory);
    expect(textOf(directory)).to.include('Klinik Jiwa');
    expect(textOf(directory)).not.to.include('Puskesmas 1');
    // The preview did not wait for the pause (typing itself may take longer than the pause here).
    if (performance.now() - started < PREVIEW_DELAY) expect(el.problems).to.deep.equal([]);
    // The whole page, a place open in the form beside the preview.
    await expect(el).to.be.accessible();
  });

  it('hands a new config only to the element whose part changed', async () => {
    const el = await mount();
    const quiz = previewed(el, 'sebaya-quiz');
    const crisis = previewed(el, 'sebaya-crisis-help');
    const quizConfig = quiz.config;
    const crisisConfig = crisis.config;
    const directory = await editAndSettle(el, `${RESOURCES}[0].name`, 'Posyandu Jiwa');
    expect(directory.config).to.equal(el.config);
    expect(quiz.config).to.equal(quizConfig);
    expect(crisis.config).to.equal(crisisConfig);
    // A shared key (the crisis lines) reaches every element.
    await editAndSettle(el, 'crisis.lines[0].name', 'SEJIWA 119');
    expect(quiz.config).to.equal(el.config);
    expect(crisis.config).to.equal(el.config);
    await settled(crisis);
    expect(textOf(crisis)).to.include('SEJIWA 119');
    // So does the quiz's own section, and only to the quiz among the two.
    const before = previewed(el, 'sebaya-directory').config;
    el.edit('quiz.mode', 'learn');
    await el.updateComplete;
    expect(quiz.config).to.equal(el.config);
    expect(previewed(el, 'sebaya-directory').config).to.equal(before);
  });

  it('a section removed and restored brings its element back, read again', async () => {
    const el = await mount();
    const quiz = previewed(el, 'sebaya-quiz');
    const section = el.config.quiz;
    el.edit('quiz', undefined);
    await el.updateComplete;
    expect(el.renderRoot.querySelector('.stage sebaya-quiz')).to.equal(null);
    el.edit('quiz', section);
    await el.updateComplete;
    expect(previewed(el, 'sebaya-quiz')).to.equal(quiz);
    expect(quiz.config).to.equal(el.config);
    await settled(quiz);
    expect(quiz.getAttribute('state')).to.equal('ready');
  });

  it('a removed place leaves the preview, and Undo brings it back', async () => {
    const el = await mount();
    const list = () => textOf(previewed(el, 'sebaya-directory'));
    expect(list()).to.include('Puskesmas 2');
    await el.focusPath(`${RESOURCES}[2].name`);
    const remove = el.renderRoot.querySelector<HTMLButtonElement>(`li[data-item="${RESOURCES}[2]"] button.remove`);
    expect(remove, 'the remove button of place 3').to.exist;
    remove?.click();
    await el.updateComplete;
    await settled(previewed(el, 'sebaya-directory'));
    expect(list()).not.to.include('Puskesmas 2');
    expect(list()).to.include('Puskesmas 1');
    el.renderRoot.querySelector<HTMLButtonElement>('.notice button.undo')?.click();
    await el.updateComplete;
    await settled(previewed(el, 'sebaya-directory'));
    expect(list()).to.include('Puskesmas 2');
  });

  it('an invalid edit shows the directory’s own error, not the places from before', async () => {
    const el = await mount();
    const directory = await editAndSettle(el, `${RESOURCES}[0].hours[0].opens`, '25:99');
    expect(directory.getAttribute('state')).to.equal('error');
    expect(textOf(directory)).not.to.include('Puskesmas 1');
    // The owner's box names the field (the builder previews with `debug`).
    expect(textOf(directory)).to.include(`${RESOURCES}[0].hours[0].opens`);
    await expect(el.renderRoot.querySelector('aside.preview')).to.be.accessible();
    const fixed = await editAndSettle(el, `${RESOURCES}[0].hours[0].opens`, '07:30');
    expect(fixed.getAttribute('state')).to.equal('ready');
    expect(textOf(fixed)).to.include('Puskesmas 1');
  });
});
