import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { editor, edits, labelled, narrow, refusal, root, type, wide } from './helpers.js';
import type { SebayaEditDatetime } from '../../../src/builder/editors/datetime.js';
import { dateTimeWords, joinDateTime, splitDateTime } from '../../../src/builder/editors/datetime.js';
import { nodes, walk } from '../../../src/builder/walk.js';
import { SiteConfig } from '../../../src/site-schema.js';
import '../../../src/calendar/define.js';
import type { SebayaCalendar } from '../../../src/calendar/calendar.js';
import { settled, shadow } from '../../helpers/events.js';

afterEach(wide);

const text = async (path: string): Promise<string> => {
  const res = await fetch(new URL(path, import.meta.url));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.text();
};

/** Every event `start` and `end` anywhere in a JSON document. */
function startsAndEnds(json: unknown, out: string[] = []): string[] {
  if (Array.isArray(json)) for (const x of json) startsAndEnds(x, out);
  else if (json && typeof json === 'object')
    for (const [k, x] of Object.entries(json)) {
      if ((k === 'start' || k === 'end') && typeof x === 'string') out.push(x);
      else startsAndEnds(x, out);
    }
  return out;
}

/** Sets a native picker's value as the browser does when a person picks, firing input and change. */
function pick(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const dt = (value: string | undefined, lang = 'en', label = 'Starts') =>
  editor<SebayaEditDatetime>(
    html`<sebaya-edit-datetime
      path="calendar.sources[0].events[0].start"
      label=${label}
      lang=${lang}
      required
      .value=${value}
    ></sebaya-edit-datetime>`,
  );

const reads = (el: HTMLElement): string => root(el).getElementById('reads')!.textContent.replace(/\s+/g, ' ').trim();

describe('date and time: the model and the walker', () => {
  it('maps the event start and end to the date-and-time editor', () => {
    const tree = walk(SiteConfig);
    const kinds = Object.fromEntries([...nodes(tree)].map((n) => [n.path, n.type === 'field' ? n.kind : n.type]));
    expect(kinds['calendar.sources[].events[].start']).to.equal('datetime');
    expect(kinds['calendar.sources[].events[].end']).to.equal('datetime');
  });

  it('splits and joins exactly every start and end of the demo and the docs examples', async () => {
    const values = [
      ...startsAndEnds(JSON.parse(await text('../../../demo/sebaya.json'))),
      ...startsAndEnds(JSON.parse(await text('../../../docs/examples/sebaya.minimal.json'))),
    ];
    expect(values.length).to.be.greaterThan(8);
    for (const value of values) {
      const parts = splitDateTime(value);
      expect(parts, value).to.not.equal(undefined);
      expect(joinDateTime(parts!.date, parts!.time), value).to.equal(value);
    }
  });

  it('shows :00 seconds in the pickers, and not offsets, other seconds, or broken strings', () => {
    expect(splitDateTime('2026-12-03T19:30:00')).to.deep.equal({ date: '2026-12-03', time: '19:30' });
    expect(splitDateTime('2026-12-03')).to.deep.equal({ date: '2026-12-03', time: '' });
    for (const bad of [
      '2026-12-03T19:30Z',
      '2026-12-03T19:30:00+07:00',
      '2026-12-03T19:30:15',
      '2026-02-30',
      'besok',
      '2026-12-03 19:30',
    ])
      expect(splitDateTime(bad), bad).to.equal(undefined);
  });

  it('reads the day and time in words, in both languages', () => {
    expect(dateTimeWords('2026-01-08', '19:30', 'id')).to.equal('Kamis, 8 Januari 2026, pukul 19.30');
    expect(dateTimeWords('2026-01-08', '19:30', 'en')).to.equal('Thursday, January 8, 2026, at 19:30');
    expect(dateTimeWords('2026-12-19', '', 'id')).to.equal('Sabtu, 19 Desember 2026, sepanjang hari');
    expect(dateTimeWords('2026-12-19', '', 'en')).to.equal('Saturday, December 19, 2026, all day');
  });
});

describe('<sebaya-edit-datetime>', () => {
  it('each control emits the exact value: a date, a date and a time, back to all day, emptied', async () => {
    const el = await dt(undefined);
    const seen = edits(el);
    expect(reads(el)).to.equal('No date chosen yet.');
    pick(labelled(el, 'Date'), '2026-12-03');
    await el.updateComplete;
    expect(seen.at(-1)).to.deep.equal({ path: 'calendar.sources[0].events[0].start', value: '2026-12-03' });
    expect(reads(el)).to.equal('Thursday, December 3, 2026, all day');
    pick(labelled(el, 'Time'), '19:30');
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-12-03T19:30');
    expect(reads(el)).to.equal('Thursday, December 3, 2026, at 19:30');
    pick(labelled(el, 'Date'), '2026-12-10');
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-12-10T19:30');
    const allDay = [...root(el).querySelectorAll('button')].find((b) => b.textContent === 'Remove the time (all day)')!;
    allDay.click();
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-12-10');
    expect(labelled(el, 'Time').value).to.equal('');
    expect(root(el).activeElement).to.equal(labelled(el, 'Time'));
    pick(labelled(el, 'Time'), '08:05');
    pick(labelled(el, 'Time'), '');
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-12-10');
    pick(labelled(el, 'Date'), '');
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('refuses a time without a date, politely, and emits nothing', async () => {
    const el = await dt(undefined);
    const seen = edits(el);
    pick(labelled(el, 'Time'), '09:00');
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(refusal(el)).to.equal('Choose a date too: a time alone is not kept.');
    expect(labelled(el, 'Date').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    pick(labelled(el, 'Date'), '2026-01-13');
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-01-13T09:00');
    expect(refusal(el)).to.equal('');
  });

  it('reads back …T19:30:00 and keeps it as written until changed', async () => {
    const el = await dt('2026-12-03T19:30:00');
    const seen = edits(el);
    expect(labelled(el, 'Date').value).to.equal('2026-12-03');
    expect(labelled(el, 'Time').value).to.equal('19:30');
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(el.value).to.equal('2026-12-03T19:30:00');
    pick(labelled(el, 'Time'), '19:45');
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-12-03T19:45');
  });

  for (const kept of ['2026-12-15T09:00:00+07:00', '2026-12-15T02:00Z', 'besok sore']) {
    it(`keeps “${kept}” as written, in text, with a line saying so`, async () => {
      const el = await dt(kept);
      const seen = edits(el);
      const input = labelled(el, 'Starts (as written)');
      expect(input.value).to.equal(kept);
      expect(root(el).getElementById('kept')!.textContent).to.contain('Kept as written');
      expect(input.getAttribute('aria-describedby')).to.contain('kept');
      expect(seen).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('as written: a real date-time typed is kept, a broken one refused; the pickers come back on request', async () => {
    const el = await dt('2026-12-15T09:00:00+07:00');
    const seen = edits(el);
    const input = labelled(el, 'Starts (as written)');
    type(input, '2026-12-16T09:00:00+07:00');
    expect(seen.at(-1)!.value).to.equal('2026-12-16T09:00:00+07:00');
    type(input, '2026-13-16');
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(refusal(el)).to.contain('Not kept');
    await expect(el).to.be.accessible();
    type(input, '2026-12-16T09:00:00+07:00');
    const button = [...root(el).querySelectorAll('button')].find(
      (b) => b.textContent === 'Replace it with a date and time chosen here',
    )!;
    button.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-12-16');
    expect(root(el).activeElement).to.equal(labelled(el, 'Date'));
    expect(labelled(el, 'Date').value).to.equal('2026-12-16');
  });

  it('a value from the builder (undo, import) replaces what is on screen', async () => {
    const el = await dt('2026-01-08T19:30');
    el.value = '2027-01-16';
    await el.updateComplete;
    expect(labelled(el, 'Date').value).to.equal('2027-01-16');
    expect(labelled(el, 'Time').value).to.equal('');
    el.value = '2027-01-16T08:00Z';
    await el.updateComplete;
    expect(labelled(el, 'Starts (as written)').value).to.equal('2027-01-16T08:00Z');
    el.value = '2027-01-16T08:00';
    await el.updateComplete;
    expect(labelled(el, 'Time').value).to.equal('08:00');
  });

  it('by keyboard alone: date, time, then the all-day button; at 360 px in Bahasa Indonesia, targets ≥ 24 px', async () => {
    await narrow();
    const el = await dt('2026-01-13T09:00', 'id', 'Mulai');
    const seen = edits(el);
    el.focus();
    expect(root(el).activeElement).to.equal(labelled(el, 'Tanggal'));
    await sendKeys({ press: 'Tab' });
    // The date input has three segments (day, month, year) that Tab walks through first.
    for (let i = 0; i < 4 && root(el).activeElement !== labelled(el, 'Jam'); i += 1) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(labelled(el, 'Jam (boleh kosong)'));
    for (let i = 0; i < 4 && root(el).activeElement?.tagName !== 'BUTTON'; i += 1) await sendKeys({ press: 'Tab' });
    const button = root(el).activeElement as HTMLButtonElement;
    expect(button.textContent).to.equal('Hapus jam (sepanjang hari)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen.at(-1)!.value).to.equal('2026-01-13');
    expect(reads(el)).to.equal('Selasa, 13 Januari 2026, sepanjang hari');
    for (const c of root(el).querySelectorAll<HTMLElement>('input, button')) {
      const r = c.getBoundingClientRect();
      expect(r.height, c.id).to.be.at.least(24);
      expect(r.width, c.id).to.be.at.least(24);
      expect(r.right, c.id).to.be.at.most(360);
    }
    await expect(el).to.be.accessible();
  });

  it('shows the builder’s located error next to the date', async () => {
    const el = await editor<SebayaEditDatetime>(
      html`<sebaya-edit-datetime path="p" label="Ends" lang="en" error="calendar.sources[0].events[0].end: not a date" .value=${'2026-01-08'}></sebaya-edit-datetime>`,
    );
    expect(root(el).textContent).to.contain('Problem: calendar.sources[0].events[0].end: not a date');
    expect(labelled(el, 'Date').getAttribute('aria-describedby')).to.contain('error');
    await expect(el).to.be.accessible();
  });

  it('the calendar shows the event on the chosen day and at the chosen time', async () => {
    const el = await dt(undefined);
    const seen = edits(el);
    pick(labelled(el, 'Date'), '2026-12-17');
    pick(labelled(el, 'Time'), '19:30');
    const start = seen.at(-1)!.value as string;
    pick(labelled(el, 'Date'), '2026-12-22');
    pick(labelled(el, 'Time'), '');
    const allDay = seen.at(-1)!.value as string;
    expect([start, allDay]).to.deep.equal(['2026-12-17T19:30', '2026-12-22']);
    const cal = await fixture<SebayaCalendar>(
      html`<sebaya-calendar
        lang="id"
        date="2026-12-01"
        view="month"
        .config=${{
          locale: 'id',
          timeZone: 'Asia/Jakarta',
          calendar: {
            sources: [
              {
                events: [
                  { id: 'kds', title: 'Kelompok dukungan', start, end: '2026-12-17T21:00' },
                  { id: 'fest', title: 'Festival', start: allDay },
                ],
              },
            ],
          },
        }}
      ></sebaya-calendar>`,
    );
    await settled(cal);
    const chips = (day: string) =>
      [...shadow(cal).querySelectorAll(`td[data-day="${day}"] .chip`)].map((c) =>
        (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    expect(chips('2026-12-17')).to.deep.equal(['19.30 Kelompok dukungan']);
    expect(chips('2026-12-22')).to.deep.equal(['Festival']);
    expect(chips('2026-12-16')).to.deep.equal([]);
  });
});
