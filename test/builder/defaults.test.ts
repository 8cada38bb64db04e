import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/calendar/define.js';
import '../../src/quiz/define.js';
import '../../src/support-form/define.js';
import { DOCUMENTED_DEFAULTS } from '../../src/builder/defaults.js';
import { nodes, walk, type FieldNode } from '../../src/builder/walk.js';
import { SiteConfig } from '../../src/site-schema.js';
import { attempt } from '../../src/support-form/model/delivery.js';
import { settled, textOf } from '../helpers/events.js';
import { endpointFor, newBox, received } from '../support-form/helpers.js';

/**
 * The builder says "(default)" for what an element does when a field is unset. Each documented
 * default is checked here against the element itself: unset renders (or stores) exactly what the
 * default set explicitly does, and the other value differs (so the check can fail).
 */

type Rendered = LitElement & { config: unknown };

async function render(tag: string, config: unknown, attrs: Record<string, string> = {}): Promise<Rendered> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement(tag) as Rendered;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.config = config;
  host.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** What a visitor reads in the element. */
const seen = async (tag: string, config: unknown, attrs: Record<string, string> = {}): Promise<string> =>
  textOf(await render(tag, config, attrs));

const fields = [...nodes(walk(SiteConfig))].filter((n): n is FieldNode => n.type === 'field');
const defaultAt = (path: string): unknown => fields.find((f) => f.path === path)?.default;

before(() => setViewport({ width: 1200, height: 900 }));

describe('defaults the builder shows', () => {
  it('the walker gives every documented default, and the schema’s own (v.optional(x, default))', () => {
    for (const [path, value] of Object.entries(DOCUMENTED_DEFAULTS)) expect(defaultAt(path), path).to.equal(value);
    expect(defaultAt('directory.download')).to.equal(false);
    expect(defaultAt('directory.maps')).to.equal('google');
    expect(defaultAt('quiz.includeBuiltIn')).to.equal(undefined);
    // Every documented default names a field the walker knows, with a value that field accepts.
    for (const [path, value] of Object.entries(DOCUMENTED_DEFAULTS)) {
      const f = fields.find((n) => n.path === path);
      expect(f, path).to.not.equal(undefined);
      if (f!.kind === 'choice') expect(f!.options, path).to.include(value);
      else expect(f!.kind, path).to.equal('boolean');
    }
  });

  it('quiz.shuffle and quiz.mode: unset, the quiz plays the round the defaults set explicitly do', async () => {
    const questions = ['a', 'b', 'c'].map((id) => ({
      id,
      statement: { id: `Pernyataan ${id}`, en: `Statement ${id}` },
      answer: true,
      explanation: { id: 'Penjelasan', en: 'Explanation' },
    }));
    // The round is kept (sessionStorage) under a key made of the mode and the draw (quiz/model/deck.ts roundKey).
    const key = async (extra: Record<string, unknown>): Promise<string[]> => {
      sessionStorage.clear();
      await render('sebaya-quiz', { quiz: { questions, ...extra } }, { id: 'defaults', lang: 'en' });
      return Object.keys(sessionStorage).filter((k) => k.startsWith('sebaya:'));
    };
    const unset = await key({});
    expect(unset).to.have.length(1);
    expect(
      await key({ shuffle: DOCUMENTED_DEFAULTS['quiz.shuffle'], mode: DOCUMENTED_DEFAULTS['quiz.mode'] }),
    ).to.deep.equal(unset);
    expect(await key({ shuffle: !DOCUMENTED_DEFAULTS['quiz.shuffle'] })).to.not.deep.equal(unset);
    expect(await key({ mode: 'score' })).to.not.deep.equal(unset);
    sessionStorage.clear();
  });

  it('calendar.view and calendar.weekStart: unset, the calendar shows what the defaults set explicitly show', async () => {
    const calendar = (extra: Record<string, unknown>) => ({
      calendar: { sources: [{ events: [{ id: 'kds', title: 'Kelompok', start: '2026-12-03T19:30' }] }], ...extra },
    });
    const attrs = { lang: 'en', date: '2026-12-01' };
    const unsetEl = await render('sebaya-calendar', calendar({}), attrs);
    expect((unsetEl as unknown as { currentView: string }).currentView).to.equal(DOCUMENTED_DEFAULTS['calendar.view']);
    const first = (el: Element) => el.shadowRoot!.querySelector('th')?.getAttribute('abbr');
    expect(first(unsetEl)).to.equal('Monday');
    const unset = textOf(unsetEl);
    const explicit = calendar({
      view: DOCUMENTED_DEFAULTS['calendar.view'],
      weekStart: DOCUMENTED_DEFAULTS['calendar.weekStart'],
    });
    expect(await seen('sebaya-calendar', explicit, attrs)).to.equal(unset);
    expect(await seen('sebaya-calendar', calendar({ weekStart: 'su' }), attrs)).to.not.equal(unset);
    expect(await seen('sebaya-calendar', calendar({ view: 'list' }), attrs)).to.not.equal(unset);
  });

  it('supportForm.replies: unset, the form offers no replies, as `false` does', async () => {
    const form = (extra: Record<string, unknown>) => ({
      supportForm: { endpoint: 'https://tim.example/api/support', minFillSeconds: 0, ...extra },
    });
    const attrs = { lang: 'en', view: 'reply' };
    const unset = await seen('sebaya-support-form', form({}), attrs);
    expect(
      await seen('sebaya-support-form', form({ replies: DOCUMENTED_DEFAULTS['supportForm.replies'] }), attrs),
    ).to.equal(unset);
    expect(await seen('sebaya-support-form', form({ replies: true }), attrs)).to.not.equal(unset);
  });

  it('supportForm.contentType: unset, a request goes out as the default type (to the test receiver)', async () => {
    // The form hands its `contentType` (undefined when unset) to `attempt` (support-form.ts).
    const box = newBox('default-type');
    await attempt(endpointFor(box), '{}', 5000, undefined, undefined);
    await attempt(endpointFor(box), '{}', 5000, undefined, 'text/plain');
    const [unset, plain] = (await received(box)).types;
    expect(unset).to.equal(DOCUMENTED_DEFAULTS['supportForm.contentType']);
    expect(plain).to.not.equal(unset);
  });
});
