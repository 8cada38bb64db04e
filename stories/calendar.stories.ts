import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { controlNames, isoDay } from '../.storybook/manifest.js';
import '../src/calendar/define.js';
import type { SebayaCalendar } from '../src/calendar/calendar.js';

/** December 2026, the month every story shows (so stories look the same every day). */
const DATE = '2026-12-01';
const HOLIDAYS = new URL('../test/fixtures/calendar/kalender_indonesia-holidays_2026-04-01.ics', import.meta.url).href;

const CATEGORIES = [
  { id: 'sebaya', label: { id: 'Kelompok dukungan sebaya', en: 'Peer support group' }, color: '#0b6b5d' },
  { id: 'posyandu', label: { id: 'Posyandu jiwa', en: 'Community mental-health post' }, color: '#7c3aad' },
  { id: 'seni', label: { id: 'Seni & cerita', en: 'Arts & stories' }, color: '#be123c' },
  { id: 'pelatihan', label: { id: 'Pelatihan', en: 'Training' }, color: '#1d4ed8' },
  { id: 'libur', label: { id: 'Hari libur', en: 'Public holiday' }, color: '#b45309' },
];

/** The Ngunut team's schedule (as in the demo). */
const EVENTS = [
  {
    id: 'kds-ngunut',
    title: { id: 'Kelompok dukungan sebaya “Rukun”', en: '“Rukun” peer support group' },
    start: '2026-01-08T19:30',
    end: '2026-01-08T21:00',
    rrule: 'FREQ=WEEKLY;BYDAY=TH',
    category: 'sebaya',
    location: 'Balai Kalurahan Ngunut, Playen',
    description: {
      id: 'Ruang aman untuk berbagi cerita. Gratis, tanpa pendaftaran.',
      en: 'A safe space to share. Free, no registration.',
    },
    contact: { name: 'Bu Sri (kader)', whatsapp: '0812-0000-0001' },
  },
  {
    id: 'posyandu-jiwa',
    title: 'Posyandu jiwa',
    start: '2026-01-13T09:00',
    end: '2026-01-13T11:30',
    rrule: 'FREQ=MONTHLY;BYDAY=2TU',
    category: 'posyandu',
    location: 'Pos Kesehatan Padukuhan Ngunut',
  },
  {
    id: 'festival',
    title: { id: 'Festival Seni “Jiwa Sehat, Desa Guyub”', en: '“Healthy minds” arts festival' },
    start: '2026-12-19',
    end: '2026-12-20',
    category: 'seni',
    location: 'Lapangan Kalurahan Ngunut',
  },
  {
    id: 'dongeng',
    title: { id: 'Sore bercerita', en: 'Storytelling afternoon' },
    start: '2026-12-12T15:30',
    end: '2026-12-12T17:00',
    category: 'seni',
  },
  {
    id: 'pfa',
    title: { id: 'Pelatihan PFA', en: 'PFA training' },
    start: '2026-12-16T08:00',
    end: '2026-12-16T15:00',
    category: 'pelatihan',
  },
];

const config = (
  sources: unknown[] = [
    { events: EVENTS },
    { type: 'ics', url: HOLIDAYS, category: 'libur', name: 'Hari libur nasional' },
  ],
  categories = CATEGORIES,
) => ({
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  calendar: { categories, sources },
});

/** 2,000 events in one month, for density and speed. */
const MANY = Array.from({ length: 2000 }, (_, i) => ({
  id: `m${i}`,
  title: `Kegiatan ${i + 1}`,
  start: `2026-12-${String((i % 31) + 1).padStart(2, '0')}T${String(7 + (i % 12)).padStart(2, '0')}:00`,
  category: CATEGORIES[i % 4]!.id,
}));

type Args = {
  lang: string;
  view: 'month' | 'list';
  theme?: 'light' | 'dark' | 'auto';
  date?: string | number;
  src?: string;
  config: unknown;
};

const meta: Meta<Args> = {
  title: 'Elements/sebaya-calendar',
  component: 'sebaya-calendar',
  // No theme here: the toolbar's applies unless a story (or the control) sets its own.
  args: { lang: 'id', view: 'month', date: DATE, config: config() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    view: { control: 'inline-radio', options: ['month', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // A URL typed in the `src` control replaces the story's config (the config property wins over src).
  render: ({ lang, view, theme, date, src, config: cfg }) =>
    html`<sebaya-calendar lang=${lang} view=${view} theme=${ifDefined(theme)} date=${ifDefined(isoDay(date))} src=${ifDefined(src || undefined)} .config=${src ? undefined : cfg}></sebaya-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Month: Story = {};

export const List: Story = { args: { view: 'list' } };

export const DetailOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SebayaCalendar>('sebaya-calendar')!;
    while (el.getAttribute('state') !== 'ready') await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('td[data-day="2026-12-08"] .chip')!.click();
  },
};

export const ManyEvents: Story = { args: { config: config([{ events: MANY }]) } };

export const Categories: Story = {
  args: {
    view: 'list',
    config: config([
      { events: EVENTS },
      { type: 'ics', url: HOLIDAYS, category: 'libur', name: 'Hari libur nasional' },
    ]),
  },
};

export const FailedFeed: Story = {
  args: {
    config: config([
      { events: EVENTS },
      {
        type: 'ics',
        url: 'https://calendar.google.com/calendar/ical/contoh%40group.calendar.google.com/public/basic.ics',
        name: 'Google Kalender tim',
      },
    ]),
  },
};

export const Empty: Story = { args: { config: config([{ events: [] }]) } };

export const ErrorState: Story = {
  args: { config: config([{ type: 'ics', url: '/tidak-ada.ics', name: 'Umpan hilang' }]) },
};

export const English: Story = { args: { lang: 'en' } };

/** The story's own dark theme wins over the toolbar's (light by default). */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SebayaCalendar>('sebaya-calendar')!;
    await waitFor(() => expect(el.getAttribute('state')).toBe('ready'));
    await new Promise((r) => setTimeout(r, 20)); // after the preview's theme decorator
    // What a designer sees: a dark surface with light text.
    const surface = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    expect(luminance(surface.backgroundColor), `background ${surface.backgroundColor}`).toBeLessThan(0.1);
    expect(luminance(surface.color), `text ${surface.color}`).toBeGreaterThan(0.5);
  },
};

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * A month chosen with the `date` control (a date picker), and the controls a designer gets: the
 * public API only, with a date picker for `date` and a text box for `src`.
 */
export const ChosenMonth: Story = {
  args: { date: '2026-11-01' },
  play: async ({ canvasElement, argTypes }) => {
    const el = canvasElement.querySelector<SebayaCalendar>('sebaya-calendar')!;
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('#month-title')?.textContent ?? '').toMatch(/november 2026/i),
    );
    expect(argTypes.date?.control).toMatchObject({ type: 'date' });
    expect(argTypes.src?.control).toMatchObject({ type: 'text' });
    expect(controlNames(argTypes)).toEqual(['config', 'date', 'debug', 'lang', 'noHelp', 'src', 'theme', 'view']);
  },
};

/** The minimal complete config (docs/examples/sebaya.minimal.json) read from its URL, as a site would. */
export const FromSrc: Story = { args: { src: '/examples/sebaya.minimal.json' } };

/** An activity opened from a day's list: one close control (✕ goes back to the list), "Google Calendar" and ".ics" side by side. */
export const DetailFromDay: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SebayaCalendar>('sebaya-calendar')!;
    while (el.getAttribute('state') !== 'ready') await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    const day = el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2026-12-08"]')!;
    day.click();
    await el.updateComplete;
    day.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('dialog .item')?.click();
  },
};
