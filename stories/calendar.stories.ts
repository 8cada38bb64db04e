import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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
    description: { id: 'Ruang aman untuk berbagi cerita. Gratis, tanpa pendaftaran.', en: 'A safe space to share. Free, no registration.' },
    contact: { name: 'Bu Sri (kader)', whatsapp: '0812-0000-0001' },
  },
  { id: 'posyandu-jiwa', title: 'Posyandu jiwa', start: '2026-01-13T09:00', end: '2026-01-13T11:30', rrule: 'FREQ=MONTHLY;BYDAY=2TU', category: 'posyandu', location: 'Pos Kesehatan Padukuhan Ngunut' },
  { id: 'festival', title: { id: 'Festival Seni “Jiwa Sehat, Desa Guyub”', en: '“Healthy minds” arts festival' }, start: '2026-12-19', end: '2026-12-20', category: 'seni', location: 'Lapangan Kalurahan Ngunut' },
  { id: 'dongeng', title: { id: 'Sore bercerita', en: 'Storytelling afternoon' }, start: '2026-12-12T15:30', end: '2026-12-12T17:00', category: 'seni' },
  { id: 'pfa', title: { id: 'Pelatihan PFA', en: 'PFA training' }, start: '2026-12-16T08:00', end: '2026-12-16T15:00', category: 'pelatihan' },
];

const config = (sources: unknown[] = [{ events: EVENTS }, { type: 'ics', url: HOLIDAYS, category: 'libur', name: 'Hari libur nasional' }], categories = CATEGORIES) => ({
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

type Args = { lang: string; view: 'month' | 'list'; theme: 'light' | 'dark' | 'auto'; config: unknown };

const meta: Meta<Args> = {
  title: 'Elements/sebaya-calendar',
  component: 'sebaya-calendar',
  args: { lang: 'id', view: 'month', theme: 'light', config: config() },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    view: { control: 'inline-radio', options: ['month', 'list'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: ({ lang, view, theme, config: cfg }) =>
    html`<sebaya-calendar lang=${lang} view=${view} theme=${theme} date=${DATE} .config=${cfg}></sebaya-calendar>`,
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
  args: { view: 'list', config: config([{ events: EVENTS }, { type: 'ics', url: HOLIDAYS, category: 'libur', name: 'Hari libur nasional' }]) },
};

export const FailedFeed: Story = {
  args: {
    config: config([
      { events: EVENTS },
      { type: 'ics', url: 'https://calendar.google.com/calendar/ical/contoh%40group.calendar.google.com/public/basic.ics', name: 'Google Kalender tim' },
    ]),
  },
};

export const Empty: Story = { args: { config: config([{ events: [] }]) } };

export const ErrorState: Story = { args: { config: config([{ type: 'ics', url: '/tidak-ada.ics', name: 'Umpan hilang' }]) } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#15191f;padding:1rem">${story()}</div>`],
};

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
