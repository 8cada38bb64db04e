import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/builder/import/define.js';
import type { SebayaImport } from '../src/builder/import/define.js';
import { IMPORT_KINDS } from '../src/builder/import/types.js';

/**
 * The builder's importer in each of its steps. The later steps are reached the way an owner reaches
 * them: text pasted and Read pressed (in `play`), so each story shows the real report.
 */
const TEMPLATE = [
  'id,name,name_en,categories,phone,whatsapp,hours',
  'pkm-contoh,Puskesmas Contoh,Example health centre,puskesmas,(0274) 000000,0812-0000-0000,sen-kam 07.30-14.00',
  ',Tanpa nama,,,,,',
  'kelompok,Kelompok Dukungan Sebaya,Peer-support group,peer-support,,0812-0000-0000,1sa 09.00-11.00',
].join('\r\n');

const ICS = [
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'UID:kelompok',
  'DTSTART;TZID=Asia/Jakarta:20261203T193000',
  'DTEND;TZID=Asia/Jakarta:20261203T210000',
  'SUMMARY:Kelompok dukungan sebaya',
  'RRULE:FREQ=WEEKLY;BYDAY=TH',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:rusak',
  'DTSTART:20261032T090000',
  'SUMMARY:Tanggal mustahil',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const BROKEN_CONFIG = '{\n  "organization": { "name": "Kalurahan Playen", },\n  "crisis": { "quickExitUrl": "#" }\n}';
const OLD_CONFIG = JSON.stringify(
  { crisis: { quickExitUrl: 'tel:119' }, messages: { en: { 'core.empty': 'None' } } },
  null,
  2,
);

async function pasteAndRead(canvas: HTMLElement, text: string, next?: string): Promise<void> {
  const el = canvas.querySelector<SebayaImport>('sebaya-import')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value = text;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await new Promise((r) => setTimeout(r, 300));
  await el.updateComplete;
  if (next) {
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === next)?.click();
    await new Promise((r) => setTimeout(r, 300));
  }
}

const meta: Meta = {
  title: 'Builder/Import',
  component: 'sebaya-import',
  args: { kind: 'csv', lang: 'id' },
  argTypes: { kind: { control: 'select', options: IMPORT_KINDS }, lang: { control: 'select', options: ['id', 'en'] } },
  render: (args) => html`<sebaya-import kind=${args.kind} lang=${args.lang}></sebaya-import>`,
};
export default meta;
type Story = StoryObj;

export const Csv: Story = {};
export const Ics: Story = { args: { kind: 'ics' } };
export const Config: Story = { args: { kind: 'config', lang: 'en' } };
export const CsvColumnMatching: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => pasteAndRead(canvasElement, TEMPLATE),
};
export const CsvReport: Story = {
  play: async ({ canvasElement }) => pasteAndRead(canvasElement, TEMPLATE, 'Impor tempat'),
};
export const IcsReportWithSkipped: Story = {
  args: { kind: 'ics', lang: 'en' },
  play: async ({ canvasElement }) => pasteAndRead(canvasElement, ICS),
};
export const ConfigSyntaxError: Story = {
  args: { kind: 'config' },
  play: async ({ canvasElement }) => pasteAndRead(canvasElement, BROKEN_CONFIG),
};
export const ConfigMigrated: Story = {
  args: { kind: 'config', lang: 'en' },
  play: async ({ canvasElement }) => pasteAndRead(canvasElement, OLD_CONFIG),
};
export const Phone360: Story = {
  ...CsvColumnMatching,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};
