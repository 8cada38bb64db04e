import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import type { SebayaEditPlain } from '../../../src/builder/editors/plain.js';
import type { SebayaEditNumber } from '../../../src/builder/editors/number.js';
import type { SebayaEditBoolean } from '../../../src/builder/editors/boolean.js';
import type { SebayaEditChoice } from '../../../src/builder/editors/choice.js';
import type { SebayaEditDate } from '../../../src/builder/editors/date-time.js';
import { parseNumber } from '../../../src/builder/editors/number.js';

afterEach(wide);

describe('<sebaya-edit-plain>', () => {
  it('emits what is typed with its path, and undefined when emptied', async () => {
    const el = await editor<SebayaEditPlain>(
      html`<sebaya-edit-plain path="organization.name" label="Name" lang="en" required></sebaya-edit-plain>`,
    );
    const seen = edits(el);
    const input = labelled(el, 'Name');
    expect(root(el).querySelector('label')!.textContent).to.contain('(required)');
    type(input, 'TPKJM Ngunut');
    type(input, '');
    expect(seen).to.deep.equal([
      { path: 'organization.name', value: 'TPKJM Ngunut' },
      { path: 'organization.name', value: undefined },
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the located error, marks the field invalid, and says it in Indonesian', async () => {
    const el = await editor<SebayaEditPlain>(
      html`<sebaya-edit-plain path="x.id" label="Kode" required error="x.id: tidak boleh kosong"></sebaya-edit-plain>`,
    );
    const input = labelled(el, 'Kode');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('label')!.textContent).to.contain('(wajib)');
    const described = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root(el).getElementById(id)?.textContent);
    expect(described.join(' ')).to.contain('Masalah: x.id: tidak boleh kosong');
    await expect(el).to.be.accessible();
  });

  it('focus() puts the keyboard in the field; typing by keyboard emits', async () => {
    const el = await editor<SebayaEditPlain>(html`<sebaya-edit-plain path="a" label="A"></sebaya-edit-plain>`);
    const seen = edits(el);
    el.focus();
    expect(root(el).activeElement?.id).to.equal('control');
    await sendKeys({ type: 'hi' });
    expect(seen.at(-1)).to.deep.equal({ path: 'a', value: 'hi' });
  });
});

describe('<sebaya-edit-number>', () => {
  it('reads the decimal comma and refuses letters without emitting', async () => {
    expect(parseNumber('1,5')).to.equal(1.5);
    expect(parseNumber('12')).to.equal(12);
    expect(parseNumber('1e3')).to.equal(undefined);
    const el = await editor<SebayaEditNumber>(
      html`<sebaya-edit-number path="directory.pageSize" label="Page size" lang="en"></sebaya-edit-number>`,
    );
    const seen = edits(el);
    const input = labelled(el, 'Page size');
    type(input, '20');
    type(input, '2o');
    await el.updateComplete;
    expect(seen).to.deep.equal([{ path: 'directory.pageSize', value: 20 }]);
    expect(refusal(el)).to.contain('Type a number');
    expect(input.value, 'the draft stays').to.equal('2o');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    type(input, '2,5');
    await el.updateComplete;
    expect(seen.at(-1)).to.deep.equal({ path: 'directory.pageSize', value: 2.5 });
    expect(refusal(el)).to.equal('');
  });

  it('refuses in Indonesian', async () => {
    const el = await editor<SebayaEditNumber>(html`<sebaya-edit-number path="n" label="Jumlah"></sebaya-edit-number>`);
    type(labelled(el, 'Jumlah'), 'abc');
    await el.updateComplete;
    expect(refusal(el)).to.contain('Ketik angka');
  });
});

describe('<sebaya-edit-boolean>', () => {
  it('toggles by keyboard (Space) and emits true then false', async () => {
    const el = await editor<SebayaEditBoolean>(
      html`<sebaya-edit-boolean path="directory.download" label="Offer a download" lang="en"></sebaya-edit-boolean>`,
    );
    const seen = edits(el);
    el.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    expect(seen).to.deep.equal([
      { path: 'directory.download', value: true },
      { path: 'directory.download', value: false },
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<sebaya-edit-choice>', () => {
  const options = [
    { value: 'month', label: 'Month' },
    { value: 'list', label: 'List' },
  ];
  it('offers "(not set)" when not required, emits the chosen value, keeps an unknown one visible', async () => {
    const el = await editor<SebayaEditChoice>(
      html`<sebaya-edit-choice path="calendar.view" label="View" lang="en" .options=${options}></sebaya-edit-choice>`,
    );
    const seen = edits(el);
    const select = labelled<HTMLSelectElement>(el, 'View');
    expect([...select.options].map((o) => o.text)).to.deep.equal(['(not set)', 'Month', 'List']);
    select.value = 'list';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(seen).to.deep.equal([
      { path: 'calendar.view', value: 'list' },
      { path: 'calendar.view', value: undefined },
    ]);
    el.value = 'week';
    await el.updateComplete;
    expect(select.value).to.equal('week');
    await expect(el).to.be.accessible();
  });
});

describe('<sebaya-edit-date> and <sebaya-edit-time>', () => {
  it('emit YYYY-MM-DD and HH:MM from the native pickers', async () => {
    const date = await editor<SebayaEditDate>(
      html`<sebaya-edit-date path="e.start" label="Tanggal"></sebaya-edit-date>`,
    );
    const seen = edits(date);
    type(labelled(date, 'Tanggal'), '2026-12-31');
    expect(seen).to.deep.equal([{ path: 'e.start', value: '2026-12-31' }]);
    await expect(date).to.be.accessible();

    const time = await editor<SebayaEditDate>(
      html`<sebaya-edit-time path="e.at" label="Jam" lang="en"></sebaya-edit-time>`,
    );
    const times = edits(time);
    time.focus();
    await sendKeys({ type: '0830' });
    await sendKeys({ press: 'ArrowUp' });
    expect(times.at(-1)?.path).to.equal('e.at');
    expect(times.at(-1)?.value).to.match(/^\d\d:\d\d$/);
    await expect(time).to.be.accessible();
  });
});

describe('the simple editors at 360 px', () => {
  it('fit a phone screen with targets of at least 24 px', async () => {
    await narrow();
    const el = await editor<SebayaEditBoolean>(
      html`<sebaya-edit-boolean path="b" label="Gratis"></sebaya-edit-boolean>`,
    );
    const plain = await editor<SebayaEditPlain>(html`<sebaya-edit-plain path="p" label="Nama"></sebaya-edit-plain>`);
    for (const control of [labelled(el, 'Gratis'), labelled(plain, 'Nama')]) {
      const box = control.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
      expect(box.right).to.be.at.most(360);
    }
  });
});
