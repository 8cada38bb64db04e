import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/directory/define.js';
import type { SebayaDirectory } from '../src/directory/directory.js';

/** Monday 30 November 2026, 09:00 in Jakarta: stories show the same "open now" every time. */
const NOW = new Date('2026-11-30T09:00:00+07:00');

const AREAS = [
  { id: '34.03', name: 'Kabupaten Gunungkidul' },
  { id: '34.03.01', name: 'Wonosari' },
  { id: '34.03.03', name: 'Playen' },
  { id: '34.03.03.2006', name: 'Ngunut' },
  { id: '34.04', name: 'Kabupaten Sleman' },
];

/** A Gunungkidul directory (numbers are examples, as in the demo). */
const RESOURCES = [
  {
    id: 'sejiwa',
    name: { id: 'SEJIWA — Layanan Sehat Jiwa (119 ekstensi 8)', en: 'SEJIWA — mental-health line (119 ext. 8)' },
    categories: ['hotline'],
    description: {
      id: 'Konseling psikologi lewat telepon dari HIMPSI bersama Kemenkes.',
      en: 'Psychological counselling by phone, run by HIMPSI with the Ministry of Health.',
    },
    phones: [{ number: '119', kind: 'voice', extension: '8' }],
    cost: { id: 'Gratis', en: 'Free' },
    languages: ['id'],
    lastVerified: '2024-03-14',
  },
  {
    id: 'pkm-playen-1',
    name: 'Puskesmas Playen I',
    categories: ['puskesmas', 'psychologist'],
    description: {
      id: 'Poli jiwa dan konseling psikolog (contoh data).',
      en: 'Mental-health clinic and psychologist counselling (example data).',
    },
    area: '34.03.03',
    address: 'Playen, Gunungkidul',
    phones: [
      { number: '(0274) 000000', kind: 'voice', label: { id: 'Pendaftaran (contoh)', en: 'Registration (example)' } },
      { number: '0812-0000-0000', kind: 'whatsapp' },
    ],
    hours: [
      { days: ['mo', 'tu', 'we', 'th'], opens: '07:30', closes: '14:00' },
      { days: ['fr'], opens: '07:30', closes: '11:00' },
      { days: ['sa'], opens: '07:30', closes: '12:30' },
    ],
    cost: { id: 'Gratis dengan BPJS', en: 'Free with BPJS' },
    languages: ['id', 'jv'],
    lastVerified: '2024-05-02',
  },
  {
    id: 'rsj-grhasia',
    name: 'RS Jiwa Grhasia',
    categories: ['hospital', 'psychiatrist'],
    description: {
      id: 'Rumah sakit jiwa milik Pemerintah Daerah DIY.',
      en: 'The psychiatric hospital of the Special Region of Yogyakarta.',
    },
    area: '34.04',
    address: 'Jl. Kaliurang Km 17, Pakem, Sleman',
    cost: { id: 'BPJS (dengan rujukan) atau umum', en: 'BPJS (with a referral) or self-pay' },
    languages: ['id', 'jv'],
  },
  {
    id: 'sebaya-ngunut',
    name: { id: 'Kelompok Dukungan Sebaya Ngunut (contoh)', en: 'Ngunut peer-support group (example)' },
    categories: ['peer-support'],
    description: {
      id: 'Pertemuan untuk penyintas dan keluarga, Sabtu pertama setiap bulan.',
      en: 'For people with lived experience and their families, first Saturday of the month.',
    },
    area: '34.03.03.2006',
    phones: [{ number: '0812-0000-0000', kind: 'whatsapp' }],
    hours: [{ days: ['1sa'], opens: '09:00', closes: '11:00' }],
    free: true,
    languages: ['jv', 'id'],
    lastVerified: '2026-11-01',
  },
  {
    id: 'tpkjm-ngunut',
    name: { id: 'TPKJM Kalurahan Ngunut (contoh)', en: 'TPKJM Ngunut village team (example)' },
    categories: ['community'],
    area: '34.03.03.2006',
    phones: [{ number: '0812-0000-0000', kind: 'whatsapp' }],
    email: 'tpkjm@ngunut.example.desa.id',
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '07:00', closes: '21:00' }],
    free: true,
    languages: ['jv', 'id'],
  },
];

const directory = (sources: unknown[]) => ({
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  directory: { sources, areas: AREAS, corrections: { email: 'tpkjm@ngunut.example.desa.id' } },
});

const full = directory([{ resources: RESOURCES }]);

/** Types into the search box once the list is ready (as a visitor would). */
const typeQuery =
  (query: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('sebaya-directory') as SebayaDirectory;
    for (let i = 0; i < 200 && el.getAttribute('state') === 'loading'; i += 1)
      await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('#q');
    if (!input) return;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
  };

const meta: Meta = {
  title: 'Elements/Directory',
  component: 'sebaya-directory',
  render: (args) => html`<sebaya-directory hash-key="" .now=${NOW} .config=${args.config}></sebaya-directory>`,
  args: { config: full },
};
export default meta;
type Story = StoryObj;

/** Everything listed: national lines, Puskesmas, hospital, peer group, village team. */
export const FullList: Story = {};
/** Searching as you type ("psikolog"). */
export const Searching: Story = { play: typeQuery('psikolog') };
/** Nothing matches: widen the search, and the crisis lines. */
export const NoResults: Story = { play: typeQuery('dokter gigi') };
/** One place, opened. */
export const OneResource: Story = { args: { config: directory([{ resources: RESOURCES.slice(1, 2) }]) } };
/** One source cannot be loaded: a notice names it, the others still show. */
export const FailedSource: Story = {
  args: {
    config: directory([{ resources: RESOURCES }, { name: 'Daftar Dinkes', type: 'csv', url: './no-such-list.csv' }]),
  },
};
/** No place listed yet. */
export const Empty: Story = { args: { config: directory([{ resources: [] }]) } };
/** A config mistake: visitors see one calm line and the help line. */
export const ConfigError: Story = {
  args: {
    config: directory([
      { resources: [{ id: 'x', name: 'X', hours: [{ days: ['senin'], opens: '8', closes: '12:00' }] }] },
    ]),
  },
};

/** The same mistake as the site owner sees it (`debug`, or `#sebaya-debug` in the address): each path and problem. */
export const ConfigErrorOwnerBox: Story = { args: { ...ConfigError.args, debug: true } };
/** In English. */
export const English: Story = { globals: { locale: 'en' } };
/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A phone (360 px wide): the filters fold behind one "Filters" button under the search box. */
export const PhoneFiltersFolded: Story = {
  render: (args) =>
    html`<div style="width: 360px"><sebaya-directory hash-key="" .now=${NOW} .config=${args.config}></sebaya-directory></div>`,
};

/** A phone with the filters unfolded and one in use: the button counts it. */
export const PhoneFiltersOpen: Story = {
  render: (args) =>
    html`<div style="width: 360px"><sebaya-directory hash-key="" .now=${NOW} .config=${args.config}></sebaya-directory></div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sebaya-directory') as SebayaDirectory;
    for (let i = 0; i < 200 && el.getAttribute('state') === 'loading'; i += 1)
      await new Promise((r) => setTimeout(r, 25));
    for (let i = 0; i < 40 && !el.shadowRoot?.querySelector('button.fold'); i += 1)
      await new Promise((r) => requestAnimationFrame(r));
    el.shadowRoot?.querySelector<HTMLButtonElement>('button.fold')?.click();
    await el.updateComplete;
    const open = [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('label.check input') ?? [])][0];
    open?.click();
    await el.updateComplete;
  },
};

/** A crisis line (SEJIWA, as in the crisis config) opened: no "may be out of date: call first", though last verified long ago. */
export const CrisisLineOpened: Story = {
  args: {
    config: {
      ...directory([{ resources: RESOURCES.slice(0, 1) }]),
      crisis: { lines: [{ id: 'sejiwa', name: 'SEJIWA', phone: '119', extension: '8' }] },
    },
  },
};
