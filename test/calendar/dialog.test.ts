import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/calendar/define.js';
import type { SebayaCalendar } from '../../src/calendar/calendar.js';
import { settled, shadow } from '../helpers/events.js';

/** A team schedule: a weekly group with a long title, and two activities on 8 December. */
const CONFIG = {
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  calendar: {
    categories: [
      { id: 'kds', label: 'Kelompok dukungan sebaya', color: '#0b6b5d' },
      { id: 'posyandu', label: 'Posyandu jiwa', color: '#7c3aad' },
    ],
    sources: [
      {
        events: [
          {
            id: 'kds',
            title: { id: 'Kelompok dukungan sebaya “Rukun”', en: '“Rukun” peer support group' },
            start: '2026-01-08T19:30',
            end: '2026-01-08T21:00',
            rrule: 'FREQ=WEEKLY;BYDAY=TH',
            category: 'kds',
          },
          {
            id: 'posyandu',
            title: 'Posyandu jiwa',
            start: '2026-12-08T09:00',
            end: '2026-12-08T11:00',
            category: 'posyandu',
          },
          {
            id: 'senam',
            title: 'Senam bersama',
            start: '2026-12-08T15:00',
            end: '2026-12-08T16:00',
            category: 'posyandu',
          },
        ],
      },
    ],
  },
};

/** Page object: the calendar as a person sees it. */
class CalendarPage {
  constructor(readonly el: SebayaCalendar) {}

  static async mount(width: number, lang = 'id'): Promise<CalendarPage> {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style=${`width: ${width}px`}><sebaya-calendar view="month" lang=${lang} date="2026-12-01" .config=${CONFIG}></sebaya-calendar></div>`,
    );
    const el = wrap.querySelector<SebayaCalendar>('sebaya-calendar')!;
    await settled(el);
    await this.frames(el);
    return new CalendarPage(el);
  }

  static async frames(el: SebayaCalendar): Promise<void> {
    for (let i = 0; i < 3; i += 1) {
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  get dialog(): HTMLDialogElement | null {
    return shadow(this.el).querySelector('dialog');
  }

  get focused(): HTMLElement | null {
    return shadow(this.el).activeElement as HTMLElement | null;
  }

  /** The day cell named "Selasa, 8 Desember 2026, …". */
  day(label: string | RegExp): HTMLElement {
    const found = [...shadow(this.el).querySelectorAll<HTMLElement>('[role="gridcell"]')].find((c) => {
      const text = c.querySelector('.day-label')?.textContent ?? '';
      return typeof label === 'string' ? text.startsWith(label) : label.test(text);
    });
    if (!found) throw new Error(`no day ${label}`);
    return found;
  }

  /** The activities of a day cell, as buttons. */
  chips(label: string | RegExp): HTMLElement[] {
    return [...this.day(label).querySelectorAll<HTMLElement>('button.chip')];
  }

  /** Buttons and links inside the dialog, by what they say (their aria-label, else their text). */
  controls(): { name: string; el: HTMLElement }[] {
    return [...(this.dialog?.querySelectorAll<HTMLElement>('button, a[href]') ?? [])].map((el) => ({
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      el,
    }));
  }

  control(name: string | RegExp): HTMLElement {
    const found = this.controls().filter((c) => (typeof name === 'string' ? c.name === name : name.test(c.name)));
    if (found.length !== 1)
      throw new Error(
        `expected one control ${String(name)}, found ${found.length}: ${this.controls()
          .map((c) => c.name)
          .join(' | ')}`,
      );
    return found[0]!.el;
  }

  async settle(): Promise<void> {
    for (let i = 0; i < 100 && !this.dialog?.open; i += 1) await CalendarPage.frames(this.el);
    await CalendarPage.frames(this.el);
  }
}

describe('<sebaya-calendar> event dialog and month chips', () => {
  const realNow = Date.now;
  before(() => {
    Date.now = () => Date.parse('2026-11-20T03:00:00Z');
  });
  after(async () => {
    Date.now = realNow;
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => fixtureCleanup());

  it('has one close control; from a day’s list it closes back to that list, on the event', async () => {
    const page = await CalendarPage.mount(900);
    const day = page.day('Selasa, 8 Desember 2026');
    day.click();
    await CalendarPage.frames(page.el);
    day.focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(page.dialog!.querySelector('h2')!.textContent).to.equal('Kegiatan pada Selasa, 8 Desember 2026');
    // Into the second activity of the day, by keyboard.
    const items = [...page.dialog!.querySelectorAll<HTMLElement>('.item')];
    items[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(page.dialog!.querySelector('h2')!.textContent).to.equal('Senam bersama');
    // Focus follows to the event's title, so the keyboard is not lost.
    expect(page.focused?.id).to.equal('dialog-title');
    // One close control, no "Back to …" beside it.
    expect(page.controls().filter((c) => /^(Tutup|Kembali)/.test(c.name))).to.have.length(1);
    await expect(page.el).to.be.accessible();

    page.control('Tutup').click();
    await page.settle();
    expect(page.dialog?.open).to.equal(true);
    expect(page.dialog!.querySelector('h2')!.textContent).to.equal('Kegiatan pada Selasa, 8 Desember 2026');
    expect(page.focused?.textContent).to.contain('Senam bersama');
    await expect(page.el).to.be.accessible();

    page.control('Tutup').click();
    await CalendarPage.frames(page.el);
    expect(page.dialog).to.equal(null);
    expect(page.focused).to.equal(day);
  });

  it('puts "Google Calendar" first and the .ics beside it, on a phone and on a desktop', async () => {
    for (const width of [360, 1280]) {
      await setViewport({ width, height: 800 });
      const page = await CalendarPage.mount(Math.min(width, 960));
      page.chips('Kamis, 3 Desember 2026')[0]!.click();
      await page.settle();
      const add = [...page.dialog!.querySelectorAll<HTMLElement>('.add > *')];
      expect(
        add.map((a) => a.textContent?.trim()),
        `${width}`,
      ).to.deep.equal(['Google Kalender', 'Unduh .ics (tanggal ini)', 'Unduh .ics (seluruh jadwal)']);
      const [google, ics, series] = add.map((a) => a.getBoundingClientRect());
      expect(ics!.top, `${width}: side by side`).to.be.closeTo(google!.top, 1);
      expect(ics!.left, `${width}`).to.be.above(google!.right - 1);
      expect(series!.top, `${width}: the series below`).to.be.above(google!.bottom - 1);
      for (const box of [google, ics, series]) expect(Math.min(box!.width, box!.height)).to.be.at.least(24);
      await expect(page.el).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('wraps a chip’s time and title on a desktop instead of cutting the title', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const [lang, day, text] of [
      ['en', /^Thursday, (3 December|December 3)/, '07:30 PM “Rukun” peer support group'],
      ['id', 'Kamis, 3 Desember 2026', '19.30 Kelompok dukungan sebaya “Rukun”'],
    ] as const) {
      const page = await CalendarPage.mount(960, lang);
      const chip = page.chips(day)[0]!;
      expect(chip.textContent?.replace(/\s+/g, ' ').trim()).to.equal(text);
      // Nothing is cut: the whole text fits the chip, on more than one line.
      expect(chip.scrollWidth, lang).to.be.at.most(chip.clientWidth);
      expect(chip.scrollHeight, lang).to.be.at.most(chip.clientHeight + 1);
      const line = parseFloat(getComputedStyle(chip).lineHeight);
      expect(chip.getBoundingClientRect().height, lang).to.be.above(line * 1.5);
      await expect(page.el).to.be.accessible();
      fixtureCleanup();
    }
  });
});
