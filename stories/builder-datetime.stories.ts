import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/builder/editors/define.js';
import type { SebayaEditDatetime } from '../src/builder/editors/datetime.js';

/**
 * `<sebaya-edit-datetime>`: when a calendar event starts or ends, picked as a date and an optional
 * time. One story per state: nothing yet, all day, a date and a time, `:00` seconds read back, a
 * value kept as written (an offset), a refused time without a date, the builder's error, and on a
 * 360 px phone in Bahasa Indonesia.
 */
const meta: Meta = { title: 'Builder/Field editors/Date and time' };
export default meta;
type Story = StoryObj;

function datetime(value: string | undefined, lang = 'en', more: Record<string, unknown> = {}): HTMLElement {
  const el = document.createElement('sebaya-edit-datetime');
  Object.assign(el, {
    path: 'calendar.sources[0].events[0].start',
    label: lang === 'en' ? 'Starts' : 'Mulai',
    lang,
    required: true,
    value,
    ...more,
  });
  return el;
}

async function shown(canvas: HTMLElement): Promise<SebayaEditDatetime> {
  const el = canvas.querySelector<SebayaEditDatetime>('sebaya-edit-datetime')!;
  await el.updateComplete;
  return el;
}

/** What the editor reads the value as, once rendered. */
const reads = async (canvas: HTMLElement): Promise<string> =>
  (await shown(canvas)).shadowRoot!.getElementById('reads')!.textContent.replace(/\s+/g, ' ').trim();

export const Empty: Story = {
  name: 'No date yet',
  render: () => datetime(undefined),
  play: async ({ canvasElement }) => expect(await reads(canvasElement)).toBe('No date chosen yet.'),
};
export const AllDay: Story = {
  name: 'All day (a date, no time)',
  render: () => datetime('2026-12-19'),
  play: async ({ canvasElement }) => expect(await reads(canvasElement)).toBe('Saturday, December 19, 2026, all day'),
};
export const DateAndTime: Story = {
  name: 'A date and a time',
  render: () => datetime('2026-01-08T19:30'),
  play: async ({ canvasElement }) => expect(await reads(canvasElement)).toBe('Thursday, January 8, 2026, at 19:30'),
};
export const Seconds: Story = {
  name: 'Read back with :00 seconds (kept until changed)',
  render: () => datetime('2026-01-13T09:00:00'),
  play: async ({ canvasElement }) => expect(await reads(canvasElement)).toBe('Tuesday, January 13, 2026, at 09:00'),
};
export const KeptAsWritten: Story = {
  name: 'A value with an offset, kept as written',
  render: () => datetime('2026-12-15T09:00:00+07:00'),
  play: async ({ canvasElement }) => {
    const el = await shown(canvasElement);
    await expect(el.shadowRoot!.getElementById('kept')!.textContent).toContain('Kept as written');
  },
};
export const TimeWithoutDate: Story = {
  name: 'A time without a date (refused, never emitted)',
  render: () => datetime(undefined),
  play: async ({ canvasElement }) => {
    const emitted: unknown[] = [];
    canvasElement.addEventListener('sebaya-edit', (e) => emitted.push((e as CustomEvent).detail));
    const el = await shown(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#time')!;
    input.value = '09:00';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await expect(el.shadowRoot!.getElementById('refusal')!.textContent.trim()).not.toBe('');
    await expect(emitted).toEqual([]);
  },
};
export const WithError: Story = {
  name: 'The builder’s error',
  render: () =>
    datetime('2026-01-08', 'en', {
      label: 'Ends',
      required: false,
      error: 'calendar.sources[0].events[0].end: not a date',
    }),
};
export const Phone360: Story = {
  name: 'Bahasa Indonesia on a 360 px phone',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  render: () => datetime('2026-01-13T09:00', 'id'),
  play: async ({ canvasElement }) => {
    expect(await reads(canvasElement)).toBe('Selasa, 13 Januari 2026, pukul 09.00');
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};
