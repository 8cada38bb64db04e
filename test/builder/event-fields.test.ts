/**
 * A calendar event's fields in the builder: an end before the start is named at the end field and
 * in the error summary (in the calendar's words, both languages); the elements' schema still takes
 * such a config, as the calendar shows it with the end ignored.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import '../../src/builder/editors/define.js';
import type { SebayaBuilder } from '../../src/builder/builder.js';
import { DRAFT_KEY, type Config } from '../../src/builder/model.js';
import { problemsOf } from '../../src/builder/tasks.js';
import { validateConfig } from '../../src/core/config/validate.js';
import { SiteConfig } from '../../src/site-schema.js';
import { fromInput } from '../../src/calendar/sources.js';

const root = (el: SebayaBuilder) => el.renderRoot as ShadowRoot;
const byText = (el: SebayaBuilder, selector: string, text: string): HTMLElement => {
  const found = [...root(el).querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text));
  if (!found) throw new Error(`no ${selector} says “${text}”`);
  return found;
};
const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};
type Editor = HTMLElement & { path?: string; error?: string; value?: unknown; defaultValue?: unknown };
const editorAt = (el: SebayaBuilder, path: string) =>
  [...root(el).querySelectorAll<Editor>('*')].find((e) => e.localName.startsWith('sebaya-edit-') && e.path === path);

const calendar = (...events: Record<string, unknown>[]): Config => ({
  calendar: { sources: [{ name: 'Kegiatan', events: events.map((e, i) => ({ id: `e${i}`, title: 'Kumpul', ...e })) }] },
});

async function mount(config: Config, lang = 'en'): Promise<SebayaBuilder> {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ config, done: [] }));
  const el = await fixture<SebayaBuilder>(html`<sebaya-builder lang=${lang}></sebaya-builder>`);
  el.flush();
  await el.updateComplete;
  return el;
}

describe('builder: an event that ends before it starts', () => {
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('is a problem at the end, in both languages; a moment (end = start) and a one-day all-day event are not', () => {
    const config = calendar(
      { start: '2026-01-08T19:30', end: '2026-01-08T18:00' },
      { start: '2026-01-08T19:30', end: '2026-01-08T19:30' },
      { start: '2026-01-08', end: '2026-01-08' },
      { start: '2026-01-08', end: '2026-01-07' },
      // All day by `allDay`: the end's day counts, not its hour.
      { start: '2026-01-08T19:30', end: '2026-01-08T08:00', allDay: true },
      { start: '2026-01-08T19:30' },
    );
    const en = problemsOf(config, 'en').filter((p) => p.path.endsWith('.end'));
    expect(en.map((p) => p.path)).to.deep.equal([
      'calendar.sources[0].events[0].end',
      'calendar.sources[0].events[3].end',
    ]);
    expect(en[0]!.message).to.equal(
      'calendar.sources[0].events[0].end: is before the start: the calendar ignores it and shows only the start',
    );
    expect(en[0]!.severity).to.equal('error');
    const id = problemsOf(config, 'id').filter((p) => p.path.endsWith('.end'));
    expect(id[1]!.message).to.equal(
      'calendar.sources[0].events[3].end: sebelum waktu mulai: kalender mengabaikannya dan hanya menampilkan waktu mulai',
    );
  });

  it('reads times in the site’s time zone, as the calendar does', () => {
    // 08:00 in Jakarta (UTC+7) is 01:00Z: before a start of 02:00Z there, after it in UTC.
    const ends = (timeZone: string) =>
      problemsOf({ ...calendar({ start: '2026-01-08T02:00Z', end: '2026-01-08T08:00' }), timeZone }, 'en').filter((p) =>
        p.path.endsWith('.end'),
      ).length;
    expect(ends('Asia/Jakarta')).to.equal(1);
    expect(ends('UTC')).to.equal(0);
  });

  it('the elements still take such a config and show the event from its start (not made stricter)', () => {
    const config = calendar({ start: '2026-01-08T19:30', end: '2026-01-08T18:00' });
    expect(validateConfig(SiteConfig, config).ok).to.equal(true);
    const event = fromInput(
      { id: 'a', title: 'A', start: '2026-01-08T19:30', end: '2026-01-08T18:00' },
      0,
      undefined,
      'UTC',
    );
    expect(event!.end).to.equal(event!.start);
    const day = fromInput({ id: 'b', title: 'B', start: '2026-01-08', end: '2026-01-06' }, 0, undefined, 'UTC');
    expect(day!.end - day!.start).to.equal(86_400_000);
  });

  it('shows at the end field and in the summary; the summary link focuses the end', async () => {
    const el = await mount(calendar({ start: '2026-01-08T19:30', end: '2026-01-08T18:00' }), 'id');
    expect(byText(el, '.tasks li', 'Kalender').textContent).to.include('Ada masalah');
    const link = byText(el, '.summary a', 'calendar.sources[0].events[0].end');
    expect(link.textContent).to.include('sebelum waktu mulai');
    link.click();
    await until(() => Boolean(editorAt(el, 'calendar.sources[0].events[0].end')), 'the end editor');
    const end = editorAt(el, 'calendar.sources[0].events[0].end')!;
    expect(end.localName).to.equal('sebaya-edit-datetime');
    // The summary's words, without the path: the field is the path.
    expect(`calendar.sources[0].events[0].end: ${end.error}`).to.equal(link.textContent);
    expect(end.shadowRoot!.textContent).to.include('sebelum waktu mulai');
    expect(end.shadowRoot!.textContent).not.to.include('calendar.sources');
    await expect(el).to.be.accessible();
  });

  it('on a 360 px phone, the summary link leaves the focused date and the problem under it both in view', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await mount(
        calendar({ start: '2026-01-08T19:30', end: '2026-01-08T18:00', rrule: 'FREQ=WEEKLY' }),
        'id',
      );
      byText(el, '.summary a', 'calendar.sources[0].events[0].end').click();
      const end = () => editorAt(el, 'calendar.sources[0].events[0].end');
      await until(() => Boolean(end()?.shadowRoot?.activeElement), 'the focus in the end editor');
      await new Promise((r) => requestAnimationFrame(r));
      const inView = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight + 1; // subpixel layout
      };
      expect(inView(end()!.shadowRoot!.activeElement!), 'the focused control').to.equal(true);
      expect(inView(end()!.shadowRoot!.querySelector('#error')!), 'the problem').to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('builder: the dates a repeating event skips', () => {
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('each is a date/time editor; a new one starts empty and takes the start’s time with its date', async () => {
    const el = await mount(
      calendar({ start: '2026-01-08T19:30', rrule: 'FREQ=WEEKLY;BYDAY=TH', exdates: ['2026-01-15T19:30'] }),
    );
    await el.focusPath('calendar.sources[0].events[0].exdates[0]');
    await until(() => Boolean(editorAt(el, 'calendar.sources[0].events[0].exdates[0]')), 'the skipped date editor');
    const first = editorAt(el, 'calendar.sources[0].events[0].exdates[0]')!;
    expect(first.localName).to.equal('sebaya-edit-datetime');
    await (first as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(first.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!.value).to.equal('2026-01-15');
    expect(first.shadowRoot!.querySelector<HTMLInputElement>('input[type=time]')!.value).to.equal('19:30');

    byText(el, 'button.add', 'Skipped date').click();
    await until(() => Boolean(editorAt(el, 'calendar.sources[0].events[0].exdates[1]')?.shadowRoot), 'a new editor');
    const added = editorAt(el, 'calendar.sources[0].events[0].exdates[1]')!;
    await (added as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Empty pickers, not an empty value "kept as written".
    const date = added.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    expect(date, 'a date picker').to.exist;
    date.value = '2026-01-22';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    const events = () =>
      (el.config.calendar as { sources: { events: { exdates?: unknown[] }[] }[] }).sources[0]!.events[0]!.exdates ?? [];
    expect(events()).to.deep.equal(['2026-01-15T19:30', '2026-01-22T19:30']);
    el.flush();
    await el.updateComplete;
    expect(el.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('an all-day event’s skipped date stays a date; a cleared one stays an empty item, not {}', async () => {
    const el = await mount(calendar({ start: '2026-01-08', rrule: 'FREQ=WEEKLY', exdates: ['2026-01-15'] }));
    await el.focusPath('calendar.sources[0].events[0].exdates[0]');
    byText(el, 'button.add', 'Skipped date').click();
    await until(() => Boolean(editorAt(el, 'calendar.sources[0].events[0].exdates[1]')?.shadowRoot), 'a new editor');
    const added = editorAt(el, 'calendar.sources[0].events[0].exdates[1]')!;
    await (added as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const date = added.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    date.value = '2026-01-22';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    const exdates = () =>
      (el.config.calendar as { sources: { events: { exdates: unknown[] }[] }[] }).sources[0]!.events[0]!.exdates;
    expect(exdates()).to.deep.equal(['2026-01-15', '2026-01-22']);
    date.value = '';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    expect(exdates()).to.deep.equal(['2026-01-15', '']);
  });
});

describe('builder: an event’s “all day” left unset', () => {
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  const box = (editor: Editor) => editor.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;

  it('shows what the calendar does (a date alone: all day), marked as the default, and writes nothing', async () => {
    const el = await mount(calendar({ start: '2026-01-08' }, { start: '2026-01-08T19:30' }));
    await el.focusPath('calendar.sources[0].events[1].allDay');
    await el.focusPath('calendar.sources[0].events[0].allDay');
    await until(() => Boolean(editorAt(el, 'calendar.sources[0].events[1].allDay')?.shadowRoot), 'the editors');
    const day = editorAt(el, 'calendar.sources[0].events[0].allDay')!;
    const timed = editorAt(el, 'calendar.sources[0].events[1].allDay')!;
    await (day as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (timed as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(box(day).checked).to.equal(true);
    expect(day.shadowRoot!.textContent).to.contain('(default)');
    expect(box(timed).checked).to.equal(false);
    expect(timed.shadowRoot!.textContent).to.contain('(default)');
    const events = () =>
      (el.config.calendar as { sources: { events: Record<string, unknown>[] }[] }).sources[0]!.events;
    expect(events().map((e) => 'allDay' in e)).to.deep.equal([false, false]);
    await expect(el).to.be.accessible();

    // The owner's own choice is written; the start's form changing moves the default with it.
    box(day).click();
    expect(events()[0]!.allDay).to.equal(false);
    el.edit('calendar.sources[0].events[1].start', '2026-01-09');
    await el.updateComplete;
    await (timed as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(box(timed).checked).to.equal(true);
    expect('allDay' in events()[1]!).to.equal(false);
  });
});
