import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import type { SebayaEditText } from '../../../src/builder/editors/text.js';
import { textValue } from '../../../src/builder/editors/text.js';

afterEach(wide);

const tabs = (el: HTMLElement): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
const selectedTab = (el: HTMLElement): string =>
  tabs(el)
    .find((t) => t.getAttribute('aria-selected') === 'true')!
    .textContent.trim();

describe('<sebaya-edit-text>', () => {
  it('keeps a plain string a string until a second language is filled', async () => {
    expect(textValue('Halo', { id: 'Halo lagi' }, 'id')).to.equal('Halo lagi');
    expect(textValue({ id: 'Halo' }, { id: 'Halo lagi' }, 'id')).to.deep.equal({ id: 'Halo lagi' });
    expect(textValue('Halo', { id: '', en: '' }, 'id')).to.equal(undefined);

    const el = await editor<SebayaEditText>(
      html`<sebaya-edit-text path="organization.name" label="Nama" .value=${'Kelompok sebaya'}></sebaya-edit-text>`,
    );
    const seen = edits(el);
    const field = labelled(el, /Nama \(Bahasa Indonesia\)/);
    expect(field.value).to.equal('Kelompok sebaya');
    type(field, 'Kelompok dukungan sebaya');
    expect(seen.at(-1)).to.deep.equal({ path: 'organization.name', value: 'Kelompok dukungan sebaya' });

    tabs(el)[1]!.click();
    await el.updateComplete;
    const en = labelled(el, /Nama \(Inggris\)/);
    expect(en.value).to.equal('');
    type(en, 'Peer support group');
    expect(seen.at(-1)).to.deep.equal({
      path: 'organization.name',
      value: { id: 'Kelompok dukungan sebaya', en: 'Peer support group' },
    });
    await expect(el).to.be.accessible();
  });

  it('is a real tablist: arrow keys, Home and End move between languages', async () => {
    const el = await editor<SebayaEditText>(
      html`<sebaya-edit-text
        path="t"
        label="Title"
        lang="en"
        .languages=${['id', 'en', 'jv']}
        .value=${{ id: 'Judul', en: 'Title' }}
      ></sebaya-edit-text>`,
    );
    expect(tabs(el).map((t) => t.textContent.trim())).to.deep.equal([
      'Bahasa Indonesia',
      'English',
      'Javanese ○ (empty)',
    ]);
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('English');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('English');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el)).to.match(/^Javanese/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Bahasa Indonesia');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Bahasa Indonesia');
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
    const panel = root(el).querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[0]!.id);
    await expect(el).to.be.accessible();
  });

  it('adds a language, refusing a code that is not one', async () => {
    const el = await editor<SebayaEditText>(
      html`<sebaya-edit-text path="t" label="Title" lang="en"></sebaya-edit-text>`,
    );
    const seen = edits(el);
    const add = [...root(el).querySelectorAll('button')].find((b) => b.textContent.includes('Add a language'))!;
    add.click();
    await el.updateComplete;
    await el.updateComplete;
    const code = labelled(el, 'Language code');
    expect(root(el).activeElement).to.equal(code);
    code.value = 'javanese';
    code.form!.requestSubmit();
    await el.updateComplete;
    expect(refusal(el)).to.contain('2 or 3 letters');
    code.value = 'su';
    code.form!.requestSubmit();
    await el.updateComplete;
    expect(selectedTab(el)).to.match(/^Sundanese/);
    type(labelled(el, /Title \(Sundanese\)/), 'Wilujeng');
    expect(seen.at(-1)).to.deep.equal({ path: 't', value: { su: 'Wilujeng' } });
  });

  it('required: says the default language must be filled', async () => {
    const el = await editor<SebayaEditText>(
      html`<sebaya-edit-text path="t" label="Judul" required locale="id" .value=${{ en: 'Title' }}></sebaya-edit-text>`,
    );
    expect(root(el).textContent).to.contain('Isi teks Bahasa Indonesia: itu bahasa utama situs.');
    type(labelled(el, /Judul \(Bahasa Indonesia\)/), 'Judul');
    await el.updateComplete;
    expect(root(el).textContent).not.to.contain('bahasa utama situs');
    await expect(el).to.be.accessible();
  });

  it('shows the builder error and fits 360 px', async () => {
    await narrow();
    const el = await editor<SebayaEditText>(
      html`<sebaya-edit-text path="t" label="Title" lang="en" error="t: too long" .languages=${['id', 'en', 'jv', 'su']}></sebaya-edit-text>`,
    );
    expect(root(el).textContent).to.contain('Problem: t: too long');
    for (const tab of tabs(el)) {
      const box = tab.getBoundingClientRect();
      expect(box.right).to.be.at.most(360);
      expect(box.height).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });
});
