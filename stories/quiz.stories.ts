import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/quiz/define.js';
import type { SebayaQuiz } from '../src/quiz/quiz.js';

/** A team's own questions (as in the demo): pasung, and the village peer group. */
const team = {
  quiz: {
    shuffle: false,
    questions: [
      {
        id: 'pasung-aman',
        statement: {
          id: 'Memasung anggota keluarga adalah cara yang aman untuk merawatnya.',
          en: 'Shackling (pasung) a family member is a safe way to care for them.',
        },
        answer: false,
        explanation: {
          id: 'Banyak ODGJ mampu pulih dan menjalani kehidupan yang produktif dengan pengobatan serta pendampingan yang tepat.',
          en: 'Many people with mental illness recover and lead productive lives with the right treatment and support.',
        },
        source: {
          label: {
            id: 'Kementerian Kesehatan RI, dikutip Medan Aktual',
            en: 'Indonesian Ministry of Health, as reported by Medan Aktual',
          },
          url: 'https://medanaktual.com/mitos-dan-stigma-odgj-yang-masih-salah-dipahami',
        },
        translatedFrom: 'id',
      },
      {
        id: 'kelompok-sebaya',
        prompt: {
          id: 'Siapa yang boleh datang ke kelompok dukungan sebaya kami?',
          en: 'Who may come to our peer-support group?',
        },
        options: [
          {
            id: 'odgj',
            text: { id: 'Orang dengan pengalaman gangguan jiwa', en: 'People with lived experience of mental illness' },
            correct: true,
          },
          { id: 'keluarga', text: { id: 'Keluarga dan pendamping', en: 'Families and carers' }, correct: true },
          { id: 'dokter', text: { id: 'Hanya dokter', en: 'Doctors only' } },
        ],
        explanation: {
          id: 'Kelompok ini terbuka untuk siapa saja yang hidup dengan atau mendampingi gangguan jiwa. Jadwalnya ada di kalender kegiatan.',
          en: 'The group is open to anyone living with, or caring for someone with, a mental illness. Its meetings are in the activity calendar.',
        },
      },
    ],
  },
};

const scoreConfig = { quiz: { ...team.quiz, mode: 'score' } };

let storyCount = 0;

/** Waits for the quiz to be ready, then lets a story click through it. */
async function ready(canvas: HTMLElement): Promise<SebayaQuiz> {
  const el = canvas.querySelector('sebaya-quiz')!;
  for (let i = 0; i < 200 && el.getAttribute('state') === 'loading'; i += 1)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  return el;
}

async function pick(el: SebayaQuiz, index: number, ...more: number[]): Promise<void> {
  const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')];
  for (const i of [index, ...more]) inputs[i]?.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="check"]')?.click();
  await el.updateComplete;
  // The story test fails if the state it shows was not reached.
  if (!el.shadowRoot!.querySelector('[part="feedback"]')) throw new Error('the quiz shows no feedback');
}

async function next(el: SebayaQuiz, expect: 'question' | 'summary' = 'question'): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')?.click();
  await el.updateComplete;
  if (!el.shadowRoot!.querySelector(expect === 'summary' ? '[part="summary"]' : '[part="question"]'))
    throw new Error(`the quiz shows no ${expect}`);
}

const meta: Meta = {
  title: 'Elements/Quiz',
  component: 'sebaya-quiz',
  // Each story starts afresh: the quiz otherwise resumes saved progress (sessionStorage).
  render: (args) => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('sebaya:quiz:')) sessionStorage.removeItem(key);
    storyCount += 1;
    return html`<sebaya-quiz id=${`story-${storyCount}`} ?no-title=${args.noTitle === true} .config=${args.config}></sebaya-quiz>`;
  },
  args: { noTitle: false },
  argTypes: { noTitle: { control: 'boolean' } },
};
export default meta;
type Story = StoryObj;

/** No config: the first question of the built-in bank. */
export const FirstQuestion: Story = {};

/** The team's own questions plus the built-in bank. */
export const TeamAndBuiltIn: Story = { args: { config: { quiz: { ...team.quiz, includeBuiltIn: true } } } };

/** Right answer: kind feedback, explanation, source, the note that the source was translated. */
export const FeedbackRight: Story = {
  args: { config: team },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => pick(await ready(canvasElement), 0),
};

/** Not right (learn mode): "many people think so", never "failed". */
export const FeedbackWrong: Story = {
  args: { config: team },
  play: async ({ canvasElement }) => pick(await ready(canvasElement), 1),
};

/** Several correct options: checkboxes, each option marked after checking. */
export const FeedbackSeveralAnswers: Story = {
  args: { config: team },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await pick(el, 0);
    await next(el);
    await pick(el, 0, 2);
  },
};

/** Learn mode summary: what was learnt, what is worth another look, next steps. */
export const SummaryLearn: Story = {
  args: { config: team },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await pick(el, 0);
    await next(el);
    await pick(el, 2);
    await next(el, 'summary');
  },
};

/** Score mode summary: how many were right and the missed ones with explanations. */
export const SummaryScore: Story = {
  args: { config: scoreConfig },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await pick(el, 1);
    await next(el);
    await pick(el, 0, 1);
    await next(el, 'summary');
  },
};

/** Some questions skipped: calm note for visitors, paths for the site owner. */
export const SkippedQuestions: Story = {
  args: {
    config: {
      quiz: {
        ...team.quiz,
        questions: [
          ...team.quiz.questions,
          {
            id: 'rusak',
            prompt: 'Pilih',
            options: [
              { id: 'a', text: 'A' },
              { id: 'b', text: 'B' },
            ],
            explanation: 'Tidak ada jawaban benar.',
          },
        ],
      },
    },
  },
};

/** A broken config: nothing left to play; one calm line and a crisis line (the path is in the owner box with `debug`). */
export const ConfigError: Story = {
  args: {
    config: {
      quiz: {
        includeBuiltIn: false,
        questions: [{ id: 'x', statement: { jv: 'Kurang iman' }, answer: false, explanation: 'E' }],
      },
    },
  },
};

/** In English. */
export const English: Story = { args: { config: team }, globals: { locale: 'en' } };

/** Dark theme. */
export const Dark: Story = {
  args: { config: team },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => pick(await ready(canvasElement), 1),
};

/** Score summary on a phone (360 px) with one missed explanation unfolded; the others stay folded under their statements. */
export const SummaryExplanationOpen: Story = {
  args: { config: scoreConfig },
  render: (args, context) => html`<div style="width: 360px">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await pick(el, 1);
    await next(el);
    await pick(el, 2);
    await next(el, 'summary');
    const first = el.shadowRoot!.querySelector<HTMLElement>('[part="missed"] summary');
    if (!first) throw new Error('the summary lists no missed question');
    first.click();
    await el.updateComplete;
  },
};
