import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../src/calendar/define.js';
import type { SebayaCalendar } from '../../src/calendar/calendar.js';
import { parseIcs } from '../../src/calendar/model/ics.js';
import { dayKeyOf } from '../../src/calendar/model/time.js';
import { links, nextEvent, settled, shadow, textOf } from '../helpers/events.js';

const HOLIDAYS = new URL('../fixtures/calendar/kalender_indonesia-holidays_2026-04-01.ics', import.meta.url).href;
const feed = (c: string): string => `/__test__/calendar-feed?case=${c}`;

/** The Ngunut team's schedule plus the national holidays feed. */
function config(extra: { sources?: unknown[]; timeZone?: string } = {}) {
  return {
    locale: 'id',
    timeZone: extra.timeZone ?? 'Asia/Jakarta',
    calendar: {
      categories: [
        { id: 'kds', label: { id: 'Kelompok dukungan sebaya', en: 'Peer support group' }, color: '#0b6b5d' },
        { id: 'posyandu', label: { id: 'Posyandu jiwa', en: 'Mental-health post' }, color: '#7c3aad' },
        { id: 'holiday', label: { id: 'Hari libur', en: 'Public holiday' }, color: '#b45309' },
      ],
      sources: extra.sources ?? [
        {
          name: 'Tim Ngunut',
          events: [
            {
              id: 'kds',
              title: { id: 'Kelompok dukungan sebaya', en: 'Peer support group' },
              start: '2026-01-08T19:30',
              end: '2026-01-08T21:00',
              rrule: 'FREQ=WEEKLY;BYDAY=TH',
              category: 'kds',
              location: 'Balai Kalurahan Ngunut',
              description: 'Ruang aman untuk berbagi <b>cerita</b>. Info: https://ngunut.example/kds',
              contact: { name: 'Bu Sri', whatsapp: '0812-3456-7890' },
            },
            {
              id: 'posyandu',
              title: 'Posyandu jiwa',
              start: '2026-01-13T09:00',
              end: '2026-01-13T11:00',
              rrule: 'FREQ=MONTHLY;BYDAY=2TU',
              category: 'posyandu',
            },
            {
              id: 'festival',
              title: 'Festival seni melawan stigma',
              start: '2026-12-19',
              end: '2026-12-20',
              category: 'kds',
            },
          ],
        },
        { type: 'ics', url: HOLIDAYS, category: 'holiday', name: 'Hari libur nasional' },
      ],
    },
  };
}

async function calendar(
  cfg: unknown,
  attrs: { lang?: string; date?: string; view?: string } = {},
): Promise<SebayaCalendar> {
  const el = await fixture<SebayaCalendar>(
    html`<sebaya-calendar .config=${cfg} lang=${attrs.lang ?? 'id'} date=${attrs.date ?? '2026-12-01'} view=${attrs.view ?? 'month'}></sebaya-calendar>`,
  );
  await settled(el);
  return el;
}

const cell = (el: SebayaCalendar, day: string) => shadow(el).querySelector<HTMLElement>(`td[data-day="${day}"]`)!;
const chips = (el: SebayaCalendar, day: string) =>
  [...cell(el, day).querySelectorAll('.chip')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
const focused = (el: SebayaCalendar) => shadow(el).activeElement as HTMLElement | null;
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));
const dialog = (el: SebayaCalendar) => shadow(el).querySelector('dialog');
async function frame(el: SebayaCalendar) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}
/** Waits for the dialog (the detail view is a lazy chunk the first time). */
async function opened(el: SebayaCalendar): Promise<HTMLDialogElement> {
  for (let i = 0; i < 100 && !dialog(el)?.open; i += 1) await frame(el);
  return dialog(el)!;
}

describe('<sebaya-calendar>', () => {
  // "Today" is fixed, so that what the list shows (from today, when today is in its month) and the
  // today marker do not depend on when the tests run.
  const realNow = Date.now;
  before(() => {
    Date.now = () => Date.parse('2026-11-20T03:00:00Z'); // Friday 20 November 2026, 10.00 WIB
  });
  after(() => {
    Date.now = realNow;
  });

  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows December 2026 as an ARIA grid starting on Monday, with recurring events, the holiday feed and chips', async () => {
    const el = await calendar(config());
    expect(el.getAttribute('state')).to.equal('ready');
    const grid = shadow(el).querySelector('table[role="grid"]')!;
    expect(grid).to.exist;
    expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('Desember 2026');
    const heads = [...grid.querySelectorAll('th')].map((th) => th.getAttribute('abbr'));
    expect(heads[0]).to.equal('Senin');
    expect(heads[6]).to.equal('Minggu');
    // Weekly group on Thursdays at 19.30 WIB, posyandu on the 2nd Tuesday (8 Dec), the festival, the holiday feed.
    for (const d of ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31'])
      expect(chips(el, d).join('|'), d).to.contain('19.30 Kelompok dukungan sebaya');
    expect(chips(el, '2026-12-08')).to.deep.equal(['09.00 Posyandu jiwa']);
    expect(chips(el, '2026-12-01')).to.deep.equal([]);
    expect(chips(el, '2026-12-19')).to.deep.equal(['Festival seni melawan stigma']);
    expect(chips(el, '2026-12-25')).to.deep.equal(['Hari Raya Natal']);
    expect(cell(el, '2026-12-03').textContent).to.contain('Kamis, 3 Desember 2026, 1 kegiatan');
    await expect(el).to.be.accessible();
  });

  it('marks today (in the site zone) with aria-current="date"', async () => {
    const el = await fixture<SebayaCalendar>(
      html`<sebaya-calendar .config=${config()} lang="id" view="month"></sebaya-calendar>`,
    );
    await settled(el);
    const today = dayKeyOf(Date.now(), 'Asia/Jakarta');
    const marked = shadow(el).querySelectorAll('td[aria-current="date"]');
    expect(marked).to.have.length(1);
    expect((marked[0] as HTMLElement).dataset.day).to.equal(today);
    expect(marked[0]!.textContent).to.contain('hari ini');
  });

  it('moves by arrow keys, Home/End, PageUp/PageDown, and Enter opens the day; closing the dialog returns focus to the day', async () => {
    const el = await calendar(config());
    const start = cell(el, '2026-12-01');
    expect(start.tabIndex).to.equal(0);
    start.focus();
    key(start, 'ArrowRight');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-02');
    key(focused(el)!, 'ArrowDown');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-09');
    key(focused(el)!, 'Home');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-07');
    key(focused(el)!, 'End');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-13');
    key(focused(el)!, 'ArrowUp');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-06');
    key(focused(el)!, 'PageDown');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2027-01-06');
    expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('Januari 2027');
    key(focused(el)!, 'PageUp');
    await frame(el);
    key(focused(el)!, 'ArrowLeft');
    key(focused(el)!, 'ArrowLeft');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-04');
    for (let i = 0; i < 4; i += 1) key(focused(el)!, 'ArrowRight');
    await frame(el);
    expect(focused(el)?.dataset.day).to.equal('2026-12-08');
    key(focused(el)!, 'Enter');
    await frame(el);
    const d = dialog(el)!;
    expect(d.open).to.equal(true);
    expect(d.querySelector('h2')!.textContent).to.equal('Kegiatan pada Selasa, 8 Desember 2026');
    expect(d.textContent).to.contain('Posyandu jiwa');
    await expect(el).to.be.accessible();
    d.close();
    await frame(el);
    expect(dialog(el)).to.equal(null);
    expect(focused(el)?.dataset.day).to.equal('2026-12-08');
  });

  it('opens an event detail in a <dialog>: WIB time, duration, rule in words, map link, safe description, contact; fires sebaya-event-select', async () => {
    const el = await calendar(config());
    const chip = cell(el, '2026-12-03').querySelector<HTMLButtonElement>('.chip')!;
    const selected = nextEvent<{ id: string; start: string }>(el, 'sebaya-event-select');
    chip.click();
    expect((await selected).detail).to.deep.equal({ id: 'kds', start: '2026-12-03T12:30:00.000Z' });
    await opened(el);
    const d = dialog(el)!;
    expect(d.open).to.equal(true);
    expect(shadow(el).activeElement?.id).to.equal('dialog-title');
    const text = (d.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain('Kamis, 3 Desember 2026, 19.30–21.00 WIB');
    expect(text).to.contain('Durasi1 jam 30 menit');
    expect(text).to.contain('Setiap Kamis');
    expect(text).to.contain('Balai Kalurahan Ngunut');
    expect(text).to.contain('Bu Sri');
    // HTML in a description stays text; its URL becomes a safe link.
    expect(text).to.contain('<b>cerita</b>');
    expect(d.querySelector('b')).to.equal(null);
    const hrefs = links(el).map((l) => l.href);
    expect(hrefs).to.include('https://ngunut.example/kds');
    expect(hrefs).to.include('https://wa.me/6281234567890');
    expect(
      hrefs.some((h) => h.startsWith('https://www.google.com/maps/search/?api=1&query=Balai%20Kalurahan%20Ngunut')),
    ).to.equal(true);
    const google = hrefs.find((h) => h.startsWith('https://calendar.google.com/'))!;
    expect(new URL(google).searchParams.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=TH');
    await expect(el).to.be.accessible();
  });

  it('downloads an .ics of the date that the parser reads back', async () => {
    const el = await calendar(config());
    cell(el, '2026-12-08').querySelector<HTMLButtonElement>('.chip')!.click();
    await opened(el);
    let href = '';
    shadow(el).addEventListener(
      'click',
      (e) => {
        const a = e.target as HTMLAnchorElement;
        if (a.localName === 'a' && a.hasAttribute('download')) {
          e.preventDefault();
          href = a.href;
          expect(a.download).to.equal('posyandu-jiwa.ics');
        }
      },
      true,
    );
    const button = [...dialog(el)!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Unduh .ics (tanggal ini)'),
    )!;
    button.click();
    for (let i = 0; i < 50 && !href; i += 1) await new Promise((r) => setTimeout(r, 20));
    const text = await (await fetch(href)).text();
    const back = parseIcs(text, { source: 0, timeZone: 'UTC' });
    expect(back.events).to.have.length(1);
    expect(back.events[0]!.title).to.equal('Posyandu jiwa');
    expect(new Date(back.events[0]!.start).toISOString()).to.equal('2026-12-08T02:00:00.000Z');
  });

  it('shows Jakarta times in WIB whatever the browser zone, and WITA for a Makassar site', async () => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const cfg = config({
      sources: [
        {
          events: [
            { id: 'x', title: 'Pelatihan PFA', start: '2026-12-15T09:00:00+07:00', end: '2026-12-15T12:00:00+07:00' },
          ],
        },
      ],
    });
    const el = await calendar(cfg);
    expect(chips(el, '2026-12-15')).to.deep.equal(['09.00 Pelatihan PFA']);
    if (browserZone !== 'Asia/Jakarta') expect(new Date('2026-12-15T09:00:00+07:00').getHours()).not.to.equal(9);
    const makassar = await calendar({ ...cfg, timeZone: 'Asia/Makassar' });
    expect(chips(makassar, '2026-12-15')).to.deep.equal(['10.00 Pelatihan PFA']);
    cell(makassar, '2026-12-15').querySelector<HTMLButtonElement>('.chip')!.click();
    await opened(makassar);
    expect(dialog(makassar)!.textContent).to.contain('10.00–13.00 WITA');
  });

  it('speaks English with lang="en": month, weekdays, titles, rule, notice-free', async () => {
    const el = await calendar(config(), { lang: 'en' });
    expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('December 2026');
    expect(shadow(el).querySelector('th')!.getAttribute('abbr')).to.equal('Monday');
    expect(chips(el, '2026-12-03')[0]).to.contain('Peer support group');
    cell(el, '2026-12-08').querySelector<HTMLButtonElement>('.chip')!.click();
    await opened(el);
    const text = dialog(el)!.textContent ?? '';
    expect(text).to.contain('Every second Tuesday of the month');
    expect(text).to.contain('2 hours');
    expect(text).to.contain('Add to my calendar');
    expect(shadow(el).querySelector('.notices')).to.equal(null);
  });

  it('lists the month grouped by day, and switches views with the toolbar', async () => {
    const el = await calendar(config(), { view: 'list' });
    const headings = [...shadow(el).querySelectorAll('.list h3')].map((h) => h.textContent?.trim());
    expect(headings[0]).to.match(/Desember/);
    expect(headings).to.include('Kamis, 3 Desember');
    expect(shadow(el).querySelector('table')).to.equal(null);
    const items = [...shadow(el).querySelectorAll('.item')].map((i) => (i.textContent ?? '').replace(/\s+/g, ' '));
    expect(
      items.some(
        (t) => t.includes('19.30–21.00') && t.includes('Kelompok dukungan sebaya') && t.includes('(berulang)'),
      ),
    ).to.equal(true);
    await expect(el).to.be.accessible();
    const monthButton = [...shadow(el).querySelectorAll('.toolbar button')].find(
      (b) => b.textContent === 'Bulan',
    ) as HTMLButtonElement;
    monthButton.click();
    await frame(el);
    expect(shadow(el).querySelector('table[role="grid"]')).to.exist;
    expect(monthButton.getAttribute('aria-pressed')).to.equal('true');
  });

  it('defaults to the list on a narrow screen', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><sebaya-calendar .config=${config()} lang="id" date="2026-12-01"></sebaya-calendar></div>`,
    );
    const el = wrap.querySelector('sebaya-calendar')!;
    await settled(el);
    for (let i = 0; i < 20 && !shadow(el).querySelector('.list'); i += 1) await frame(el);
    expect(shadow(el).querySelector('.list')).to.exist;
    // There the time stands above the title instead of taking a column of its own.
    const item = shadow(el).querySelector<HTMLElement>('.item')!;
    const [time, title] = ['.time', '.title'].map((s) => item.querySelector(s)!.getBoundingClientRect());
    expect(title!.top).to.be.at.least(time!.bottom - 1);
    expect(title!.left).to.be.closeTo(time!.left, 1);
  });

  it('shows activities as colour markers in a month too narrow for their titles', async () => {
    for (const width of [360, 900]) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style=${`width: ${width}px`}><sebaya-calendar view="month" .config=${config()} lang="id" date="2026-12-01"></sebaya-calendar></div>`,
      );
      const el = wrap.querySelector('sebaya-calendar')!;
      await settled(el);
      // The width is measured after the first render.
      for (let i = 0; i < 20 && width === 360 && !shadow(el).querySelector('table.narrow'); i += 1) await frame(el);
      const chip = cell(el, '2026-12-08').querySelector<HTMLElement>('.chip')!;
      const style = getComputedStyle(chip);
      if (width === 360) {
        expect(style.color).to.equal('rgba(0, 0, 0, 0)');
        expect(style.backgroundColor).not.to.equal(getComputedStyle(cell(el, '2026-12-09')).backgroundColor);
        expect(style.borderTopWidth).to.equal('1px');
        // Still named for screen readers, and still a target of at least 24 × 24 px.
        expect(chip.textContent).to.contain('Posyandu jiwa');
        const box = chip.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(24);
        await expect(el).to.be.accessible();
      } else expect(style.color).not.to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('keeps its width in a shrink-to-fit host (a flex row), in both views', async () => {
    for (const view of ['month', 'list']) {
      const row = await fixture<HTMLDivElement>(
        html`<div style="display: flex; width: 900px"><sebaya-calendar view=${view} .config=${config()} lang="id" date="2026-12-01"></sebaya-calendar></div>`,
      );
      const el = row.querySelector('sebaya-calendar')!;
      await settled(el);
      await frame(el);
      expect(el.getBoundingClientRect().width, view).to.be.above(400);
    }
  });

  it('filters by category (colour and label, as checkboxes)', async () => {
    const el = await calendar(config());
    const labels = [...shadow(el).querySelectorAll('.filters label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Kelompok dukungan sebaya', 'Posyandu jiwa', 'Hari libur']);
    const box = shadow(el).querySelectorAll<HTMLInputElement>('.filters input')[1]!;
    box.click();
    await frame(el);
    expect(chips(el, '2026-12-08')).to.deep.equal([]);
    expect(chips(el, '2026-12-03').length).to.equal(1);
    box.click();
    await frame(el);
    expect(chips(el, '2026-12-08')).to.deep.equal(['09.00 Posyandu jiwa']);
  });

  it('says when the categories left on hide everything, and brings them all back in one step', async () => {
    for (const view of ['month', 'list']) {
      const el = await calendar(config(), { view });
      for (const box of shadow(el).querySelectorAll<HTMLInputElement>('.filters input')) box.click();
      await frame(el);
      const empty = shadow(el).querySelector('.empty')!;
      // (The list's heading names its days, which depend on today; the month's is fixed.)
      expect(empty.textContent, view).to.contain(
        view === 'month'
          ? 'Tidak ada kegiatan dari kategori yang Anda pilih pada Desember 2026.'
          : 'Tidak ada kegiatan dari kategori yang Anda pilih pada ',
      );
      expect(empty.textContent).not.to.contain('Belum ada kegiatan');
      await expect(el).to.be.accessible();
      const showAll = [...empty.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Tampilkan semua kategori',
      )!;
      showAll.focus();
      await press({ press: 'Enter' });
      await frame(el);
      expect(shadow(el).querySelector('.empty'), view).to.equal(null);
      expect([...shadow(el).querySelectorAll<HTMLInputElement>('.filters input')].every((b) => b.checked)).to.equal(
        true,
      );
      // The keyboard stays in the filters, not lost with the button.
      expect(focused(el)).to.equal(shadow(el).querySelector('.filters input'));
    }
  });

  it('spreads multi-day events over every day they touch, across a month boundary', async () => {
    const el = await calendar(
      config({
        sources: [
          {
            events: [
              { id: 'camp', title: 'Kemah pemuda', start: '2026-11-30', end: '2026-12-02' },
              { id: 'night', title: 'Ronda malam', start: '2026-12-31T22:00', end: '2027-01-01T02:00' },
            ],
          },
        ],
      }),
    );
    for (const d of ['2026-11-30', '2026-12-01', '2026-12-02']) expect(chips(el, d), d).to.deep.equal(['Kemah pemuda']);
    expect(chips(el, '2026-12-03')).to.deep.equal([]);
    expect(chips(el, '2026-12-31')).to.deep.equal(['22.00 Ronda malam']);
    expect(chips(el, '2027-01-01')).to.deep.equal(['22.00 Ronda malam']);
  });

  it('lists what is coming up in the last days of a month, not an empty agenda', async () => {
    const realNow = Date.now;
    Date.now = () => Date.parse('2026-11-29T17:40:00Z'); // 30 Nov 2026, 00:40 WIB
    try {
      const cfg = {
        calendar: {
          sources: [
            {
              events: [
                {
                  id: 'group',
                  title: 'Kelompok dukungan sebaya',
                  start: '2026-11-05T19:30',
                  rrule: 'FREQ=WEEKLY;BYDAY=TH',
                },
              ],
            },
          ],
        },
      };
      const el = await calendar(cfg, { view: 'list', date: '2026-11-30' });
      const headings = [...shadow(el).querySelectorAll('.list h3')].map((h) => h.textContent ?? '');
      expect(headings.length).to.be.at.least(4);
      expect(headings[0]).to.equal('Kamis, 3 Desember');
      // The heading names the days shown, not only November.
      expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('30 November – 28 Desember 2026');
      expect(textOf(el)).not.to.contain('26 November');
      expect(textOf(el)).to.contain('Kelompok dukungan sebaya');
    } finally {
      Date.now = realNow;
    }
  });

  it('moves with previous / next / today', async () => {
    const el = await calendar(config());
    (shadow(el).querySelector('.next') as HTMLButtonElement).click();
    await frame(el);
    expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('Januari 2027');
    expect(chips(el, '2027-01-12')).to.deep.equal(['09.00 Posyandu jiwa']);
    (shadow(el).querySelector('.prev') as HTMLButtonElement).click();
    (shadow(el).querySelector('.prev') as HTMLButtonElement).click();
    await frame(el);
    expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('November 2026');
    (shadow(el).querySelector('.today') as HTMLButtonElement).click();
    await frame(el);
    expect(shadow(el).querySelector('td[aria-current="date"]')).to.exist;
  });

  it('shows "+N more" when a day overflows and opens the day from it', async () => {
    const events = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      title: `Kegiatan ${i + 1}`,
      start: `2026-12-09T0${i + 1}:00`,
    }));
    const el = await calendar(config({ sources: [{ events }] }));
    expect(chips(el, '2026-12-09')).to.deep.equal(['01.00 Kegiatan 1', '02.00 Kegiatan 2', '03.00 Kegiatan 3']);
    const more = cell(el, '2026-12-09').querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent?.trim()).to.equal('+3 lainnya');
    // Printing renders every event of the day (the month prints as a list).
    window.dispatchEvent(new Event('beforeprint'));
    await frame(el);
    expect(chips(el, '2026-12-09')).to.have.length(6);
    window.dispatchEvent(new Event('afterprint'));
    await frame(el);
    expect(chips(el, '2026-12-09')).to.have.length(3);
    more.click();
    await frame(el);
    expect(dialog(el)!.querySelectorAll('.item')).to.have.length(6);
  });

  it('keeps the other sources when one fails, names it, and explains CORS in words', async () => {
    const nocors = `${location.protocol}//127.0.0.1:${location.port}${feed('nocors')}`;
    const errors: { path?: string; code: string }[] = [];
    const cfg = config({
      sources: [
        config().calendar.sources[0],
        { type: 'ics', url: feed('500'), name: 'Kalender Puskesmas' },
        { type: 'ics', url: location.hostname === 'localhost' ? nocors : feed('nocors'), name: 'Google Kalender tim' },
        { type: 'json', url: feed('json'), name: 'Jadwal pelatihan' },
      ],
    });
    const el = document.createElement('sebaya-calendar');
    el.addEventListener('sebaya-error', (e) => errors.push((e as CustomEvent<{ path?: string; code: string }>).detail));
    el.config = cfg;
    el.lang = 'id';
    el.date = '2026-12-01';
    el.view = 'month';
    const done = await fixture<SebayaCalendar>(html`<div></div>`);
    done.append(el);
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(chips(el, '2026-12-03')[0]).to.contain('Kelompok dukungan sebaya');
    expect(chips(el, '2026-12-15')).to.deep.equal(['09.00 Latihan PFA']);
    const notice = shadow(el).querySelector('.notices')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent?.trim()).to.equal('Sebagian kegiatan belum dapat ditampilkan saat ini.');
    el.debug = true; // the owner box names each source (visitors see one calm line)
    await el.updateComplete;
    const text = (shadow(el).querySelector('[part="owner"]')?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain('Kalender Puskesmas');
    expect(text).to.contain('server menjawab 500');
    expect(text).to.contain('calendar.sources[1].url');
    expect(text).to.contain('Jadwal pelatihan');
    expect(text).to.contain('calendar.sources[3].url');
    if (location.hostname === 'localhost') {
      expect(text).to.contain('CORS');
      expect(text).to.contain('unggah salinan berkas .ics ke situs ini');
      expect(errors.map((e) => e.path)).to.include('calendar.sources[2].url');
    }
    expect(errors.map((e) => e.path)).to.include('calendar.sources[1].url');
    await expect(el).to.be.accessible();
  });

  for (const [lang, calm, reason] of [
    ['id', 'Sebagian kegiatan belum dapat ditampilkan saat ini.', 'server menjawab 500'],
    ['en', 'Some activities cannot be shown right now.', 'server answered 500'],
  ] as const) {
    it(`shows visitors one calm line when a feed fails, and the owner box its address, reason and path (${lang})`, async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      let el: SebayaCalendar;
      try {
        el = await calendar(
          config({
            sources: [
              config().calendar.sources[0],
              { type: 'ics', url: feed('500'), name: 'Kalender Puskesmas' },
              { type: 'ics', url: feed('html') },
            ],
          }),
          { lang, date: '2026-12-01' },
        );
      } finally {
        console.warn = warn;
      }
      expect(el.getAttribute('state')).to.equal('ready');
      const visitor = textOf(el);
      expect(visitor).to.contain(calm);
      for (const technical of ['/__test__/', '500', 'calendar.sources', 'Kalender Puskesmas', 'CORS'])
        expect(visitor).not.to.contain(technical);
      expect(shadow(el).querySelector('[part="owner"]')).to.equal(null);
      expect(warnings.filter((w) => String(w[0]).includes('calendar.sources[1].url'))).to.have.length(1);
      el.debug = true;
      await el.updateComplete;
      const owner = (shadow(el).querySelector('[part="owner"]')?.textContent ?? '').replace(/\s+/g, ' ');
      expect(owner)
        .to.contain('calendar.sources[1].url: “Kalender Puskesmas”')
        .and.contain(feed('500'))
        .and.contain(reason);
      expect(owner).to.contain('calendar.sources[2].url').and.contain(feed('html'));
      expect(shadow(el).querySelector('.notices')!.textContent?.trim()).to.equal(calm);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the saved copy of a feed, and says so, when the server fails later', async () => {
    const url = `${feed('flaky')}&id=${Math.random()}`;
    const cfg = config({ sources: [{ type: 'ics', url, name: 'Umpan desa' }] });
    const first = await calendar(cfg);
    expect(chips(first, '2026-12-05')).to.deep.equal(['08.00 Kegiatan dari umpan']);
    await new Promise((r) => setTimeout(r, 300));
    const second = await calendar(cfg);
    expect(second.getAttribute('state')).to.equal('ready');
    expect(chips(second, '2026-12-05')).to.deep.equal(['08.00 Kegiatan dari umpan']);
    expect(textOf(second)).to.contain('menampilkan salinan yang tersimpan pada');
  });

  it('shows the error state with Retry when every feed fails', async () => {
    const el = await calendar(config({ sources: [{ type: 'ics', url: feed('500') }] }));
    expect(el.getAttribute('state')).to.equal('error');
    el.debug = true; // the owner box names it (visitors see one calm line)
    await el.updateComplete;
    expect(textOf(el)).to.contain('server menjawab 500');
    expect(shadow(el).querySelector('[part="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says that a web page is not a calendar file', async () => {
    const el = await calendar(
      config({ sources: [config().calendar.sources[0], { type: 'ics', url: feed('html'), name: 'Tautan salah' }] }),
    );
    expect(el.getAttribute('state')).to.equal('ready');
    el.debug = true;
    await el.updateComplete;
    expect(textOf(el)).to.contain('“Tautan salah” bukan berkas kalender yang benar');
  });

  it('shows a calm empty state with a way to help when nothing is scheduled', async () => {
    const el = await calendar(config({ sources: [{ events: [] }] }));
    expect(el.getAttribute('state')).to.equal('empty');
    const text = textOf(el);
    expect(text).to.contain('Belum ada kegiatan yang dijadwalkan.');
    expect(text).to.contain('Anda tidak perlu menunggu kegiatan');
    expect(links(el).some((l) => l.href.startsWith('tel:'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the first date and a notice naming the path when a repeat rule cannot be used', async () => {
    const el = await calendar(
      config({
        sources: [
          { events: [{ id: 'x', title: 'Rapat kader', start: '2026-12-08T10:00', rrule: 'FREQ=MONTHLY;BYDAY=9TU' }] },
        ],
      }),
    );
    expect(chips(el, '2026-12-08')).to.deep.equal(['10.00 Rapat kader']);
    el.debug = true;
    await el.updateComplete;
    expect(textOf(el)).to.contain('calendar.sources[0].events[0].rrule: aturan pengulangan tidak bisa dibaca');
  });

  it('names the config path of an invalid time', async () => {
    const bad = config({ sources: [{ events: [{ id: 'a', title: 'x', start: 'besok pagi' }] }] });
    const el = await calendar(bad);
    expect(el.getAttribute('state')).to.equal('error');
    el.debug = true; // the owner box names it (visitors see one calm line)
    await el.updateComplete;
    expect(textOf(el)).to.contain('calendar.sources[0].events[0].start: bukan tanggal atau waktu ISO 8601');
  });

  it('opens #event=<id> on load', async () => {
    history.replaceState(null, '', '#event=festival');
    const el = await calendar(config(), { date: '2026-10-01' });
    for (let i = 0; i < 50 && !dialog(el)?.open; i += 1) await frame(el);
    expect(dialog(el)?.open).to.equal(true);
    expect(dialog(el)!.querySelector('h2')!.textContent).to.equal('Festival seni melawan stigma');
    expect(shadow(el).querySelector('#month-title')!.textContent).to.equal('Desember 2026');
  });

  it('renders text from feeds as text and drops unsafe links', async () => {
    const el = await calendar(config({ sources: [{ type: 'ics', url: feed('hostile'), name: 'Umpan aneh' }] }));
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(chips(el, '2026-12-04')).to.deep.equal(['<img src=x onerror=alert(1)>']);
    cell(el, '2026-12-04').querySelector<HTMLButtonElement>('.chip')!.click();
    await opened(el);
    const hrefs = links(el).map((l) => l.href);
    expect(hrefs.some((h) => /^(javascript|data):/i.test(h))).to.equal(false);
    expect(dialog(el)!.textContent).to.contain('javascript:alert(2)');
    expect(dialog(el)!.textContent).not.to.contain('Informasi lebih lanjut');
  });

  it("renders the demo site's calendar (demo/sebaya.json) with the holiday feed, without notices", async () => {
    const site = (await (await fetch('/demo/sebaya.json')).json()) as { calendar: { sources: { url?: string }[] } };
    for (const source of site.calendar.sources) if (source.url) source.url = `/demo/${source.url.replace(/^\//, '')}`;
    const el = await calendar({ locale: 'id', timeZone: 'Asia/Jakarta', calendar: site.calendar });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadow(el).querySelector('.notices')).to.equal(null);
    expect(chips(el, '2026-12-03')[0]).to.contain('19.30 Kelompok dukungan sebaya');
    expect(chips(el, '2026-12-24').join('|')).not.to.contain('Kelompok dukungan sebaya');
    expect(chips(el, '2026-12-08')).to.deep.equal(['09.00 Posyandu jiwa']);
    expect(chips(el, '2026-12-25')).to.deep.equal(['Hari Raya Natal']);
    expect(chips(el, '2026-12-19')[0]).to.contain('Festival Seni');
  });
});
