/** Page-object helpers for `<sebaya-quiz>` tests: what a person sees and does. */
import { sendKeys } from '@web/test-runner-commands';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import { shadow, textOf } from '../helpers/events.js';

/** A small team config: a myth-or-fact item, a one-answer choice and a several-answer choice. */
export function teamQuiz(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    quiz: {
      shuffle: false,
      includeBuiltIn: false,
      questions: [
        {
          id: 'pasung',
          statement: {
            id: 'Pasung membantu orang dengan gangguan jiwa.',
            en: 'Shackling (pasung) helps people with mental illness.',
          },
          answer: false,
          explanation: { id: 'Pasung melukai dan mengurung.', en: 'Shackling hurts and isolates.' },
          source: { label: 'Riskesdas 2013', url: 'https://example.org/riskesdas' },
        },
        {
          id: 'group',
          prompt: { id: 'Di mana kelompok sebaya kami bertemu?', en: 'Where does our peer group meet?' },
          options: [
            { id: 'balai', text: { id: 'Balai kalurahan', en: 'The village hall' }, correct: true },
            { id: 'pasar', text: { id: 'Pasar', en: 'The market' } },
          ],
          explanation: {
            id: 'Setiap Selasa kedua di balai kalurahan.',
            en: 'Every second Tuesday at the village hall.',
          },
        },
        {
          id: 'helps',
          prompt: { id: 'Apa yang membantu?', en: 'What helps?' },
          options: [
            { id: 'listen', text: { id: 'Mendengarkan', en: 'Listening' }, correct: true },
            { id: 'nakes', text: { id: 'Ke tenaga kesehatan', en: 'Seeing a health worker' }, correct: true },
            { id: 'hide', text: { id: 'Menyembunyikan', en: 'Hiding them away' } },
          ],
          explanation: { id: 'Mendengarkan dan pengobatan membantu.', en: 'Listening and treatment help.' },
        },
      ],
      ...extra,
    },
  };
}

export const root = (el: SebayaQuiz): ShadowRoot => shadow(el);

/** The element inside the shadow root that has focus. */
export function focused(el: SebayaQuiz): Element | null {
  return root(el).activeElement;
}

export async function press(el: SebayaQuiz, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** "Question 2 of 3" as shown. */
export function progressText(el: SebayaQuiz): string {
  return (root(el).querySelector('.progress h3')?.textContent ?? '').trim();
}

export function legend(el: SebayaQuiz): string {
  return (root(el).querySelector('legend')?.textContent ?? '').trim();
}

export function inputs(el: SebayaQuiz): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('fieldset input')];
}

/** The labelled options as a person reads them. */
export function optionLabels(el: SebayaQuiz): string[] {
  return [...root(el).querySelectorAll('label')].map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export function button(el: SebayaQuiz, name: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(name)} in: ${textOf(el)}`);
  return found;
}

/** Picks options by their visible label and checks the answer, as with a mouse. */
export async function answer(el: SebayaQuiz, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    const l = [...root(el).querySelectorAll('label')].find((x) => (x.textContent ?? '').trim().startsWith(label));
    if (!l) throw new Error(`no option ${label}`);
    l.querySelector('input')!.click();
    await el.updateComplete;
  }
  button(el, /Check my answer|Periksa jawaban/).click();
  await el.updateComplete;
}

export async function next(el: SebayaQuiz): Promise<void> {
  button(el, /Next question|See the summary|Pertanyaan berikutnya|Lihat ringkasan/).click();
  await el.updateComplete;
}

/** The polite live region's text. */
export function announced(el: SebayaQuiz): string {
  return (root(el).querySelector('[role="status"]')?.textContent ?? '').trim();
}

export function feedback(el: SebayaQuiz): string {
  return (root(el).querySelector('.feedback')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
