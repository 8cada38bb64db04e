import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { element, overflowing, settled, type ElementName } from './fixtures.js';

/**
 * Every element inside `dir="rtl"` (a host page in Arabic script, or Pegon): the layout mirrors
 * (logical properties), text starts at the right, and nothing sticks out on the left.
 */
const meta: Meta<{ element: ElementName }> = {
  title: 'Designers/Right to left',
  render: (args) => html`<div dir="rtl">${element(args.element)}</div>`,
  argTypes: { element: { table: { disable: true } } },
  play: async ({ canvasElement }) => {
    for (const el of await settled(canvasElement)) {
      expect(el.getAttribute('state'), el.localName).toBe('ready');
      expect(getComputedStyle(el.shadowRoot!.firstElementChild!).direction).toBe('rtl');
      expect(overflowing(el), `${el.localName}: parts outside the element`).toEqual([]);
    }
  },
};
export default meta;
type Story = StoryObj<{ element: ElementName }>;

export const CrisisHelp: Story = { args: { element: 'crisis-help' } };
export const Calendar: Story = { args: { element: 'calendar' } };
export const Directory: Story = { args: { element: 'directory' } };
export const Quiz: Story = { args: { element: 'quiz' } };
export const SupportForm: Story = { args: { element: 'support-form' } };
