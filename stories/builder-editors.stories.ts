import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/builder/editors/define.js';
import type { EditorTag } from '../src/builder/editors/define.js';

/**
 * The builder's field editors (BUILDER-CONTRACT.md), each in its states: empty, filled, with the
 * builder's located error, refusing what was typed (the play function types it), in Bahasa
 * Indonesia; and all of them on a 360 px phone. The refused value is never emitted: the play
 * function checks that too.
 */

type Props = Readonly<Record<string, unknown>>;
interface State {
  readonly name: string;
  readonly props: Props;
  /** Typed into the first control by the play function: the editor must refuse it. */
  readonly refuse?: string;
}

function make(tag: EditorTag, props: Props): HTMLElement {
  const el = document.createElement(tag);
  Object.assign(el, props);
  return el;
}

function states(tag: EditorTag, base: Props, filled: unknown, refuse?: string): HTMLElement {
  const all: State[] = [
    { name: 'Empty', props: { ...base, lang: 'en' } },
    { name: 'Filled', props: { ...base, lang: 'en', value: filled } },
    { name: 'Error', props: { ...base, lang: 'en', required: true, error: `${String(base.path)}: required` } },
    ...(refuse ? [{ name: 'Refused', props: { ...base, lang: 'en' }, refuse }] : []),
    { name: 'Bahasa Indonesia', props: { ...base, lang: 'id', value: filled, hint: 'Petunjuk untuk pemilik situs.' } },
  ];
  const box = document.createElement('div');
  for (const state of all) {
    const section = document.createElement('section');
    section.setAttribute('aria-label', state.name);
    const h = document.createElement('h3');
    h.textContent = state.name;
    const el = make(tag, { ...state.props, label: `${String(base.label)}` });
    if (state.refuse) el.dataset.refuse = state.refuse;
    section.append(h, el);
    box.append(section);
  }
  return box;
}

const play: Story['play'] = async ({ canvasElement }) => {
  const emitted: unknown[] = [];
  canvasElement.addEventListener('sebaya-edit', (e) => emitted.push((e as CustomEvent).detail));
  for (const el of canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
    '[data-refuse]',
  )) {
    await el.updateComplete;
    const control = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('#control')!;
    control.value = el.dataset.refuse!;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await expect(el.shadowRoot!.getElementById('refusal')!.textContent.trim()).not.toBe('');
  }
  await expect(emitted).toEqual([]);
};

const meta: Meta = { title: 'Builder/Field editors', play };
export default meta;
type Story = StoryObj;

const X = 'NTTBeDO3nsnDzQGF8DaIHImrivqkFBEsxxUcl_XUVWg';
const Y = 'BA7L0p3Hnkore2_bGDo-SBqgCkI9cn1rYM4VyVFY3gk';

export const Plain: Story = {
  render: () => states('sebaya-edit-plain', { path: 'organization.name', label: 'Name' }, 'TPKJM Kalurahan Ngunut'),
};
export const MultilingualText: Story = {
  render: () =>
    states(
      'sebaya-edit-text',
      { path: 'calendar.categories[0].label', label: 'Label', languages: ['id', 'en', 'jv'] },
      { id: 'Kelompok dukungan sebaya', en: 'Peer support group' },
    ),
};
export const NumberField: Story = {
  name: 'Number',
  render: () => states('sebaya-edit-number', { path: 'directory.pageSize', label: 'Page size' }, 20, 'twenty'),
};
export const YesNo: Story = {
  render: () => states('sebaya-edit-boolean', { path: 'directory.download', label: 'Offer a download' }, true),
};
export const Choice: Story = {
  render: () =>
    states(
      'sebaya-edit-choice',
      {
        path: 'calendar.view',
        label: 'View',
        options: [
          { value: 'month', label: 'Month' },
          { value: 'list', label: 'List' },
        ],
      },
      'list',
    ),
};
export const DateField: Story = {
  name: 'Date',
  render: () =>
    states('sebaya-edit-date', { path: 'crisis.lines[0].source.checked', label: 'Checked on' }, '2026-11-29'),
};
export const Time: Story = {
  render: () => states('sebaya-edit-time', { path: 'x.opens', label: 'Opens' }, '08:30'),
};
export const Phone: Story = {
  render: () =>
    states(
      'sebaya-edit-phone',
      { path: 'crisis.lines[0].phone', whatsappPath: 'crisis.lines[0].whatsapp', label: 'Phone' },
      '+628123456789',
      '0812-ABC',
    ),
};
export const OpeningHours: Story = {
  render: () =>
    states(
      'sebaya-edit-hours',
      {
        path: 'directory.sources[0].resources[0].hours',
        label: 'Opening hours',
        note: 'Tutup pada hari libur nasional.',
      },
      [
        { days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '14:00' },
        { days: ['fr'], opens: '08:00', closes: '11:00' },
      ],
    ),
};
export const Colour: Story = {
  render: () =>
    states('sebaya-edit-colour', { path: 'calendar.categories[0].color', label: 'Colour' }, '#0b6b5d', '#ffee88'),
};
export const Url: Story = {
  name: 'URL',
  render: () =>
    states(
      'sebaya-edit-url',
      { path: 'organization.website', label: 'Website' },
      'https://tpkjm.example/',
      'javascript:alert(1)',
    ),
};
export const PublicKey: Story = {
  render: () =>
    states(
      'sebaya-edit-public-key',
      { path: 'supportForm.publicKey', label: 'Team public key' },
      { kty: 'EC', crv: 'P-256', x: X, y: Y },
      JSON.stringify({ kty: 'EC', crv: 'P-256', x: X, y: Y, d: 'auyp2p4iY0OjyE1Ga1RPQwWWrnbQWWYuQXhDuHnhjoY' }),
    ),
};

/** Every editor, filled, in Indonesian on a 360 px phone: nothing may stick out sideways. */
export const Phone360: Story = {
  name: 'All on a 360 px phone',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  render: () => {
    const box = document.createElement('div');
    const filled: [EditorTag, Props][] = [
      ['sebaya-edit-plain', { path: 'a', label: 'Nama', value: 'TPKJM Kalurahan Ngunut, Kapanewon Playen' }],
      [
        'sebaya-edit-text',
        { path: 'b', label: 'Label', value: { id: 'Kelompok', en: 'Group' }, languages: ['id', 'en', 'jv', 'su'] },
      ],
      ['sebaya-edit-phone', { path: 'c', label: 'Telepon', value: '+628123456789', whatsappPath: 'd' }],
      [
        'sebaya-edit-hours',
        { path: 'e.hours', label: 'Jam buka', value: [{ days: ['mo', 'sa'], opens: '08:00', closes: '14:00' }] },
      ],
      ['sebaya-edit-colour', { path: 'f', label: 'Warna', value: '#0b6b5d' }],
      ['sebaya-edit-url', { path: 'g', label: 'Situs', value: 'https://tpkjm.example/jadwal' }],
      ['sebaya-edit-public-key', { path: 'h', label: 'Kunci publik', value: { kty: 'EC', crv: 'P-256', x: X, y: Y } }],
    ];
    for (const [tag, props] of filled) box.append(make(tag, { ...props, lang: 'id' }));
    return box;
  },
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*'))
      if (el.localName.startsWith('sebaya-edit-')) await el.updateComplete;
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};
