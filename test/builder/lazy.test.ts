// The builder's lazy parts (src/builder/lazy.ts): the shell module registers only
// <sebaya-builder>; the field editors and <sebaya-import> arrive as lazy chunks once the page is
// idle. A task page opened before they arrive says it is loading, then shows the real editors;
// the config importer takes the plain controls' place, except while the owner is using those.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { DRAFT_KEY } from '../../src/builder/model.js';

const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};
const shadow = (el: SebayaBuilder) => el.renderRoot as ShadowRoot;
/** axe on one builder, the others hidden (a page has one banner landmark). */
const accessible = async (el: SebayaBuilder, all: readonly SebayaBuilder[]) => {
  for (const other of all) other.hidden = other !== el;
  await expect(el).to.be.accessible();
  for (const other of all) other.hidden = false;
};

describe('<sebaya-builder> lazy parts', () => {
  const made: SebayaBuilder[] = [];
  const make = (view: SebayaBuilder['view']) => {
    const el = document.createElement('sebaya-builder');
    el.lang = 'en';
    el.view = view;
    document.body.append(el);
    made.push(el);
    return el;
  };
  after(() => {
    for (const el of made) el.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('registers only the shell; a task page waits for its editors, then edits through them', async () => {
    expect(customElements.get('sebaya-builder')).to.exist;
    expect(customElements.get('sebaya-edit-phone'), 'editors are not in the shell module').to.equal(undefined);
    expect(customElements.get('sebaya-import'), 'the importer is not in the shell module').to.equal(undefined);
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ config: { crisis: { lines: [{ name: 'Sejiwa', phone: '119' }] } }, done: [] }),
    );
    // Both are created before any chunk can arrive: their first render has no editors to use.
    const list = make('tasks');
    const task = make('crisis');
    await Promise.all([list.updateComplete, task.updateComplete]);
    // The owner starts pasting into the plain import controls before the importer arrives.
    const paste = shadow(list).querySelector<HTMLTextAreaElement>('#import-text')!;
    paste.value = '{ "locale": "en" }';
    const loading = shadow(task).querySelector('.loading');
    expect(loading?.textContent).to.equal('Loading the fields…');
    expect(loading?.getAttribute('role')).to.equal('status');
    expect(shadow(task).querySelector('h2')?.textContent).to.equal('Crisis lines');
    await accessible(task, made);

    await until(() => !shadow(task).querySelector('.loading'), 'the editors');
    await task.updateComplete;
    expect(customElements.get('sebaya-edit-phone')).to.exist;
    task.open = new Set(['crisis.lines[0]']);
    await task.updateComplete;
    const phone = shadow(task).querySelector<HTMLElement & { value: unknown }>('[data-path="crisis.lines[0].phone"]');
    expect(phone?.localName).to.equal('sebaya-edit-phone');
    expect(phone?.value).to.equal('119');
    const name = shadow(task).querySelector<HTMLElement>('[data-path="crisis.lines[0].name"]')!;
    expect(name.localName).to.equal('sebaya-edit-text');
    const input = name.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Into' });
    await until(() => JSON.stringify(task.config).includes('"Into"'), 'the edit in the config');
    await accessible(task, made);

    // The importer is defined now, but the owner's pasted text is not swapped away under them.
    expect(customElements.get('sebaya-import')).to.exist;
    list.requestUpdate();
    await list.updateComplete;
    expect(shadow(list).querySelector('sebaya-import')).to.equal(null);
    expect(shadow(list).querySelector<HTMLTextAreaElement>('#import-text')?.value).to.equal('{ "locale": "en" }');
  });

  it('puts <sebaya-import> in place of unused plain controls, and imports with it', async () => {
    const list = made[0]!;
    shadow(list).querySelector<HTMLTextAreaElement>('#import-text')!.value = '';
    list.requestUpdate();
    await list.updateComplete;
    const importer = shadow(list).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('sebaya-import');
    expect(importer).to.exist;
    await importer!.updateComplete;
    const inner = importer!.shadowRoot!;
    const label = [...inner.querySelectorAll('label')].find((l) => l.textContent?.includes('paste'))!;
    (inner.getElementById(label.htmlFor) as HTMLTextAreaElement).value = JSON.stringify({
      locale: 'en',
      organization: { name: 'Desa Ngunut' },
    });
    [...inner.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Read')!.click();
    await until(
      () => [...inner.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Add to the config'),
      'the import report',
    );
    [...inner.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add to the config')!.click();
    await list.updateComplete;
    expect(list.config).to.deep.equal({ locale: 'en', organization: { name: 'Desa Ngunut' } });
    await accessible(list, made);
  });
});
