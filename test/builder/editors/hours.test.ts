import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import { HoursRuleSchema } from '../../../src/directory/schema.js';
import { withHolidays, closedOnHolidays } from '../../../src/builder/editors/hours-rules.js';
import type { SebayaEditHours } from '../../../src/builder/editors/hours.js';

afterEach(wide);

const PATH = 'directory.sources[0].resources[2].hours';
const rule = (el: HTMLElement, n: number): HTMLFieldSetElement =>
  root(el).querySelector<HTMLFieldSetElement>(`fieldset[data-rule="${n}"]`)!;
const inRule = (el: HTMLElement, n: number, label: string): HTMLInputElement => {
  const l = [...rule(el, n).querySelectorAll('label')].find((x) => x.textContent.trim() === label)!;
  return l.control as HTMLInputElement;
};
const button = (el: HTMLElement, text: string): HTMLButtonElement =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === text)!;

describe('<sebaya-edit-hours>', () => {
  it('round-trips what the schema accepts, keeping fields it has no control for', async () => {
    const hours = [
      { days: ['mo', 'we'], opens: '08:00', closes: '14:00' },
      { days: ['1sa'], opens: '19:00', closes: '02:00', from: '2026-01-03', every: 2 },
    ];
    const el = await editor<SebayaEditHours>(
      html`<sebaya-edit-hours path=${PATH} label="Opening hours" lang="en" .value=${hours}></sebaya-edit-hours>`,
    );
    const seen = edits(el);
    expect(inRule(el, 1, 'Monday').checked).to.equal(true);
    expect(inRule(el, 1, 'Tuesday').checked).to.equal(false);
    expect(rule(el, 2).textContent).to.contain('1sa');
    inRule(el, 1, 'Friday').click();
    const sent = seen.at(-1)!;
    expect(sent.path).to.equal(PATH);
    expect(sent.value).to.deep.equal([
      { days: ['mo', 'we', 'fr'], opens: '08:00', closes: '14:00' },
      { days: ['1sa'], opens: '19:00', closes: '02:00', from: '2026-01-03', every: 2 },
    ]);
    expect(v.safeParse(v.array(HoursRuleSchema), sent.value).success).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('adds a rule by keyboard, refuses it until a day is chosen, then removes one', async () => {
    const el = await editor<SebayaEditHours>(
      html`<sebaya-edit-hours path=${PATH} label="Jam buka" .value=${[{ days: ['mo'], opens: '08:00', closes: '12:00' }]}></sebaya-edit-hours>`,
    );
    const seen = edits(el);
    button(el, 'Tambah jam buka').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).getElementById('announce')!.textContent).to.equal('Jam buka 2 ditambahkan.');
    expect(root(el).activeElement).to.equal(inRule(el, 2, 'Senin'));
    const opens = root(el).querySelector<HTMLInputElement>('#r2-opens')!;
    opens.value = '13:00';
    opens.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(refusal(el)).to.equal('Jam buka 2: pilih setidaknya satu hari.');
    expect(seen).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(refusal(el)).to.equal('');
    expect(seen.at(-1)!.value).to.deep.equal([
      { days: ['mo'], opens: '08:00', closes: '12:00' },
      { days: ['tu'], opens: '13:00', closes: '16:00' },
    ]);
    button(el, 'Hapus jam buka 1').click();
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.deep.equal([{ days: ['tu'], opens: '13:00', closes: '16:00' }]);
    expect(root(el).getElementById('announce')!.textContent).to.equal('Jam buka 1 dihapus.');
    await expect(el).to.be.accessible();
  });

  it('"closed on public holidays" and the note edit hoursNote in the site’s languages', async () => {
    expect(withHolidays(undefined, true, 'id')).to.equal('Tutup pada hari libur nasional.');
    expect(withHolidays({ id: 'Telepon dulu.', en: 'Call first.' }, true, 'id')).to.deep.equal({
      id: 'Telepon dulu. Tutup pada hari libur nasional.',
      en: 'Call first. Closed on public holidays.',
    });
    expect(withHolidays('Telepon dulu. Tutup pada hari libur nasional.', false, 'id')).to.equal('Telepon dulu.');
    expect(closedOnHolidays({ en: 'Closed on public holidays.' })).to.equal(true);

    const el = await editor<SebayaEditHours>(
      html`<sebaya-edit-hours path=${PATH} label="Opening hours" lang="en" .note=${'Telepon dulu.'}></sebaya-edit-hours>`,
    );
    const seen = edits(el);
    labelled(el, 'Closed on public holidays').click();
    expect(seen.at(-1)).to.deep.equal({
      path: 'directory.sources[0].resources[2].hoursNote',
      value: 'Telepon dulu. Tutup pada hari libur nasional.',
    });
    const note = root(el).querySelector('sebaya-edit-text')!;
    await note.updateComplete;
    const english = [...note.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')][1]!;
    english.click();
    await note.updateComplete;
    type(note.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!, 'Call first.');
    expect(seen.at(-1)).to.deep.equal({
      path: 'directory.sources[0].resources[2].hoursNote',
      value: { id: 'Telepon dulu. Tutup pada hari libur nasional.', en: 'Call first.' },
    });
    labelled(el, 'Closed on public holidays').click();
    expect(seen.at(-1)!.value).to.deep.equal({ id: 'Telepon dulu.', en: 'Call first.' });
  });

  it('fits 360 px, every target at least 24 px', async () => {
    await narrow();
    const el = await editor<SebayaEditHours>(
      html`<sebaya-edit-hours path=${PATH} label="Jam buka" .value=${[{ days: ['mo'], opens: '08:00', closes: '12:00' }]}></sebaya-edit-hours>`,
    );
    for (const control of root(el).querySelectorAll<HTMLElement>('input, button')) {
      const box = control.getBoundingClientRect();
      expect(box.right, control.id).to.be.at.most(360);
      expect(box.height, control.id).to.be.at.least(24);
      expect(box.width, control.id).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });
});
