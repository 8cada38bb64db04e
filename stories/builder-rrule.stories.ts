import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/builder/editors/define.js';
import type { SebayaEditRrule } from '../src/builder/editors/rrule.js';

/**
 * `<sebaya-edit-rrule>`: how a calendar event repeats, chosen in words. One story per state: no
 * repeat, every week on some days, every 2nd Tuesday (the posyandu jiwa), a date of the month with
 * an end date, every N weeks N times, every year, a rule kept as written, a refused number, the
 * builder's error, and on a 360 px phone in Bahasa Indonesia.
 */
const meta: Meta = { title: 'Builder/Field editors/Repeats (RRULE)' };
export default meta;
type Story = StoryObj;

function repeat(value: string | undefined, lang = 'en', more: Record<string, unknown> = {}): HTMLElement {
  const el = document.createElement('sebaya-edit-rrule');
  Object.assign(el, {
    path: 'calendar.sources[0].events[0].rrule',
    label: lang === 'en' ? 'Repeats' : 'Berulang',
    lang,
    value,
    ...more,
  });
  return el;
}

/** The sentence the editor shows, once rendered. */
async function says(canvas: HTMLElement): Promise<string> {
  const el = canvas.querySelector<SebayaEditRrule>('sebaya-edit-rrule')!;
  await el.updateComplete;
  return el.shadowRoot!.getElementById('says')!.textContent.replace(/\s+/g, ' ').trim();
}

export const NoRepeat: Story = {
  render: () => repeat(undefined),
  play: async ({ canvasElement }) => expect(await says(canvasElement)).toBe('In words: Happens once.'),
};
export const WeeklyOnDays: Story = {
  name: 'Every week on Thursday',
  render: () => repeat('FREQ=WEEKLY;BYDAY=TH'),
  play: async ({ canvasElement }) => expect(await says(canvasElement)).toBe('In words: Every Thursday'),
};
export const MonthlyNthWeekday: Story = {
  name: 'Every 2nd Tuesday (posyandu jiwa)',
  render: () => repeat('FREQ=MONTHLY;BYDAY=2TU'),
  play: async ({ canvasElement }) =>
    expect(await says(canvasElement)).toBe('In words: Every second Tuesday of the month'),
};
export const MonthlyDayUntil: Story = {
  name: 'Day 15 of every month, until a date',
  render: () => repeat('FREQ=MONTHLY;UNTIL=20271231;BYMONTHDAY=15'),
};
export const EveryNWeeksCount: Story = {
  name: 'Every 2 weeks, 6 times',
  render: () => repeat('FREQ=WEEKLY;INTERVAL=2;COUNT=6;BYDAY=MO,TH'),
};
export const Yearly: Story = { render: () => repeat('FREQ=YEARLY') };
export const KeptAsWritten: Story = {
  name: 'A rule kept as written',
  render: () => repeat('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SebayaEditRrule>('sebaya-edit-rrule')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.getElementById('kept')!.textContent).toContain('kept as written');
  },
};
export const RefusedNumber: Story = {
  name: 'A refused number (never emitted)',
  render: () => repeat('FREQ=DAILY'),
  play: async ({ canvasElement }) => {
    const emitted: unknown[] = [];
    canvasElement.addEventListener('sebaya-edit', (e) => emitted.push((e as CustomEvent).detail));
    const el = canvasElement.querySelector<SebayaEditRrule>('sebaya-edit-rrule')!;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#interval')!;
    input.value = 'dua';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await expect(el.shadowRoot!.getElementById('refusal')!.textContent.trim()).not.toBe('');
    await expect(emitted).toEqual([]);
  },
};
export const WithError: Story = {
  name: 'The builder’s error',
  render: () =>
    repeat('FREQ=WEEKLY;BYDAY=TH', 'en', {
      error: 'calendar.sources[0].events[0].rrule: not a repeat rule',
    }),
};
export const Phone360: Story = {
  name: 'Bahasa Indonesia on a 360 px phone',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  render: () => repeat('FREQ=MONTHLY;INTERVAL=2;COUNT=12;BYDAY=-1FR', 'id'),
  play: async ({ canvasElement }) => {
    expect(await says(canvasElement)).toBe('Artinya: Setiap Jumat terakhir setiap 2 bulan, 12 kali');
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};
