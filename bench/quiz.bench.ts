/**
 * `<sebaya-quiz>` with the built-in bank: the first question with no config (cold: lazy chunks
 * fetched; warm: cached), an answer checked to its feedback on screen (95th percentile), and the
 * summary of a full round.
 */
import '../src/quiz/define.js';
import type { SebayaQuiz } from '../src/quiz/quiz.js';
import { median, p95, type BenchResult } from './types.js';

function clearProgress(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('sebaya:quiz:')) sessionStorage.removeItem(key);
}

async function ready(el: SebayaQuiz): Promise<void> {
  while (!el.hasAttribute('state') || el.getAttribute('state') === 'loading')
    await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

async function mount(): Promise<{ el: SebayaQuiz; ms: number }> {
  clearProgress();
  const t0 = performance.now();
  const el = document.createElement('sebaya-quiz');
  el.lang = 'id';
  document.body.append(el);
  await ready(el);
  return { el, ms: performance.now() - t0 };
}

/** Picks the first option and checks it; resolves when the feedback is rendered. */
async function answerFirst(el: SebayaQuiz): Promise<void> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('fieldset input')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="check"]')!.click();
  await el.updateComplete;
}

async function next(el: SebayaQuiz): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  await el.updateComplete;
}

export async function run(): Promise<BenchResult[]> {
  const cold = await mount();
  cold.el.remove();

  const warm: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const m = await mount();
    warm.push(m.ms);
    m.el.remove();
  }

  const answers: number[] = [];
  const summaries: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const { el } = await mount();
    while (el.shadowRoot!.querySelector('fieldset')) {
      const t0 = performance.now();
      await answerFirst(el);
      answers.push(performance.now() - t0);
      const last = el.shadowRoot!.querySelector('[part="next"]')?.textContent?.includes('ringkasan');
      const t1 = performance.now();
      await next(el);
      if (last) summaries.push(performance.now() - t1);
    }
    el.remove();
  }
  clearProgress();

  return [
    { name: 'quiz: first question, no config (cold, lazy chunks)', value: cold.ms, unit: 'ms', budget: 500 },
    { name: 'quiz: first question, no config (warm, median)', value: median(warm), unit: 'ms', budget: 40 },
    { name: 'quiz: answer → feedback (p95)', value: p95(answers), unit: 'ms', budget: 16 },
    { name: 'quiz: summary of 22 questions (median)', value: median(summaries), unit: 'ms', budget: 50 },
  ];
}
