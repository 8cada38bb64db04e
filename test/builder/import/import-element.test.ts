import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/builder/import/define.js';
import type { SebayaImport } from '../../../src/builder/import/define.js';
import type { ImportResult } from '../../../src/builder/import/types.js';
import { fixtureText } from './fixtures.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const byLabel = <T extends HTMLElement>(el: HTMLElement, text: string): T => {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.includes(text));
  if (!label) throw new Error(`no label "${text}"`);
  return root(el).getElementById(label.htmlFor) as T;
};
const button = (el: HTMLElement, text: string): HTMLButtonElement => {
  const b = [...root(el).querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};
const status = (el: HTMLElement) => root(el).querySelector('[role="status"]')?.textContent ?? '';

async function paste(el: SebayaImport, label: string, text: string) {
  byLabel<HTMLTextAreaElement>(el, label).value = text;
}

describe('<sebaya-import>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('csv: template pasted → columns matched → two places, one event on confirm (English)', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<SebayaImport>(html`<sebaya-import kind="csv" lang="en"></sebaya-import>`);
    await expect(el).to.be.accessible();
    await paste(el, 'Or paste its text here', await fixtureText('directory-template.csv'));
    button(el, 'Read').click();
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Match the columns');
    expect(byLabel<HTMLSelectElement>(el, 'Name (English)').selectedOptions[0]?.textContent).to.equal('name_en');
    expect(root(el).querySelectorAll('tbody tr')).to.have.length(2);
    await expect(el).to.be.accessible();
    expect(el.scrollWidth, 'fits 360 px').to.be.at.most(360);
    button(el, 'Import places').click();
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(root(el).textContent).to.contain('2 items ready to import.');
    expect(status(el)).to.contain('2 items ready to import.');
    await expect(el).to.be.accessible();
    const got = oneEvent(el, 'sebaya-import');
    button(el, 'Add to the config').click();
    const { detail } = (await got) as CustomEvent<ImportResult>;
    expect(detail.target).to.equal('directory.places');
    expect(detail.items).to.have.length(2);
  });

  it('csv: changing a column to "none" leaves it out', async () => {
    const el = await fixture<SebayaImport>(html`<sebaya-import kind="csv" lang="en"></sebaya-import>`);
    await paste(el, 'Or paste its text here', 'Nama,Telepon\r\nPuskesmas,0274 123456\r\n');
    button(el, 'Read').click();
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    const phone = byLabel<HTMLSelectElement>(el, 'Phone');
    expect(phone.value).to.equal('1');
    phone.value = '';
    phone.dispatchEvent(new Event('change'));
    button(el, 'Import places').click();
    await new Promise((r) => setTimeout(r, 300));
    const got = oneEvent(el, 'sebaya-import');
    button(el, 'Add to the config').click();
    const { detail } = (await got) as CustomEvent<ImportResult>;
    expect((detail.items[0] as { phones: unknown[] }).phones).to.deep.equal([]);
  });

  it('config: a syntax error is reported in Indonesian with line and column, and nothing can be added', async () => {
    const el = await fixture<SebayaImport>(html`<sebaya-import kind="config"></sebaya-import>`);
    await paste(el, 'Atau tempel isinya di sini', '{\n "locale": "id",\n}');
    button(el, 'Baca').click();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Baris 2, kolom 16');
    expect(status(el)).to.contain('Baris 2, kolom 16');
    expect(() => button(el, 'Masukkan ke konfigurasi')).to.throw();
    await expect(el).to.be.accessible();
    button(el, 'Mulai lagi').click();
    await el.updateComplete;
    expect(byLabel(el, 'Pilih berkas')).to.exist;
  });

  it('config: hostile text is shown as text, never as markup', async () => {
    const el = await fixture<SebayaImport>(html`<sebaya-import kind="config" lang="en"></sebaya-import>`);
    await paste(
      el,
      'Or paste its text here',
      '{"crisis":{"lines":[{"name":"<img src=x onerror=alert(1)>","phone":1}]}}',
    );
    button(el, 'Read').click();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    const got = oneEvent(el, 'sebaya-import');
    button(el, 'Add to the config').click();
    const { detail } = (await got) as CustomEvent<ImportResult>;
    expect(detail.target).to.equal('');
    expect(detail.items).to.have.length(1);
  });

  it('ics: a file chosen from disk, the report names what was left out; an address becomes a source', async () => {
    const el = await fixture<SebayaImport>(html`<sebaya-import kind="ics" lang="en"></sebaya-import>`);
    const input = byLabel<HTMLInputElement>(el, 'Choose a file');
    const transfer = new DataTransfer();
    transfer.items.add(new File([await fixtureText('multiple_rrules.ics')], 'x.ics', { type: 'text/calendar' }));
    input.files = transfer.files;
    button(el, 'Read').click();
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Nothing can be imported.');
    expect(root(el).textContent).to.match(/VEVENT 1 \(line \d+\): repeats by more than one rule/);
    await expect(el).to.be.accessible();
    button(el, 'Start again').click();
    await el.updateComplete;
    byLabel<HTMLInputElement>(el, 'address of a published calendar').value = 'webcal://example.org/k.ics';
    button(el, 'Use this address').click();
    // The .ics reader is a lazy chunk: wait for the report.
    for (
      let i = 0;
      i < 100 && ![...root(el).querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Add to the config');
      i += 1
    )
      await new Promise((r) => setTimeout(r, 50));
    const got = oneEvent(el, 'sebaya-import');
    button(el, 'Add to the config').click();
    const { detail } = (await got) as CustomEvent<ImportResult>;
    expect(detail).to.deep.include({
      target: 'calendar.sources',
      items: [{ type: 'ics', url: 'https://example.org/k.ics' }],
    });
  });

  it('works by keyboard alone: Tab reaches the file, the text and Read; Enter in a field reads', async () => {
    const el = await fixture<SebayaImport>(html`<sebaya-import kind="config" lang="en"></sebaya-import>`);
    el.focus();
    expect(root(el).activeElement?.id).to.equal('file');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('paste');
    await sendKeys({ type: '{"locale":"en"}' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Read');
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(root(el).activeElement?.tagName).to.equal('H4');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Add to the config');
    const got = oneEvent(el, 'sebaya-import');
    await sendKeys({ press: 'Enter' });
    expect(((await got) as CustomEvent<ImportResult>).detail.items).to.deep.equal([{ locale: 'en' }]);
    for (const b of root(el).querySelectorAll('button, input, textarea')) {
      const r = b.getBoundingClientRect();
      expect(r.width >= 24 && r.height >= 24, `${b.tagName} ≥ 24 px`).to.equal(true);
    }
  });
});
