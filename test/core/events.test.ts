import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quiz/define.js';
import '../../src/crisis-help/define.js';
import type { SebayaEvents } from '../../src/core/events.js';
import type { SebayaQuiz } from '../../src/quiz/quiz.js';
import { settled, shadow } from '../helpers/events.js';

interface ManifestEvent {
  readonly name: string;
}
interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly {
      readonly tagName?: string;
      readonly customElement?: boolean;
      readonly events?: readonly ManifestEvent[];
    }[];
  }[];
}

/** Every public event, by name: the keys of `SebayaEvents` (a missing key fails the typecheck). */
const EVENTS: Record<keyof SebayaEvents, true> = {
  'sebaya-ready': true,
  'sebaya-error': true,
  'sebaya-event-select': true,
  'sebaya-quick-exit': true,
  'sebaya-resource-select': true,
  'sebaya-quiz-answer': true,
  'sebaya-quiz-complete': true,
  'sebaya-request-queued': true,
  'sebaya-request-sent': true,
  'sebaya-inbox-reply-sent': true,
  'sebaya-inbox-deleted': true,
  'sebaya-inbox-handled': true,
  'sebaya-edit': true,
  'sebaya-import': true,
};

describe('Sebaya events', () => {
  it('lists every public event in custom-elements.json, and nothing that is not one', async () => {
    const res = await fetch('/custom-elements.json');
    expect(res.ok, 'custom-elements.json (run npm run analyze)').to.equal(true);
    const manifest = (await res.json()) as Manifest;
    const listed = new Set<string>();
    for (const m of manifest.modules)
      for (const d of m.declarations ?? []) {
        if (!d.customElement || !d.tagName) continue;
        for (const e of d.events ?? []) {
          expect(e.name, `${d.tagName} lists an event that is not Sebaya's`).to.be.oneOf(Object.keys(EVENTS));
          listed.add(e.name);
        }
        // The builder's field editors and importer take no config of their own: they only report.
        if (d.tagName.startsWith('sebaya-edit-') || d.tagName === 'sebaya-import') continue;
        expect(
          (d.events ?? []).map((e) => e.name),
          d.tagName,
        ).to.include.members(['sebaya-ready', 'sebaya-error']);
      }
    expect([...listed].sort()).to.deep.equal(Object.keys(EVENTS).sort());
  });

  it('types the detail of an event listened for on an element (GlobalEventHandlersEventMap)', async () => {
    const el = await fixture<SebayaQuiz>(
      html`<sebaya-quiz lang="en" .config=${{ quiz: { shuffle: false, includeBuiltIn: false, questions: [{ id: 'a', statement: 'S', answer: true, explanation: 'E' }] } }}></sebaya-quiz>`,
    );
    await settled(el);
    const answered: boolean[] = [];
    // `e.detail.correct` is a boolean here without a cast: the typecheck fails if the map loses it.
    el.addEventListener('sebaya-quiz-answer', (e) => answered.push(e.detail.correct));
    const root = shadow(el);
    root.querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
    const event = oneEvent(el, 'sebaya-quiz-answer');
    root.querySelector<HTMLButtonElement>('[part="check"]')!.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ questionId: 'a', correct: answered[0] });
    expect(answered).to.have.length(1);
  });
});
