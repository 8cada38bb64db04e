import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { element, overflowing, settled, type ElementName } from './fixtures.js';

/**
 * Every element with long Indonesian names, places and words, as village teams write them
 * (full official names, addresses with every administrative level, long affixed words).
 * Nothing may stick out of the element: long words wrap.
 */
const meta: Meta<{ element: ElementName }> = {
  title: 'Designers/Long Indonesian text',
  render: (args) => element(args.element),
  argTypes: { element: { table: { disable: true } } },
  play: async ({ canvasElement }) => {
    for (const el of await settled(canvasElement)) {
      expect(el.getAttribute('state'), el.localName).toBe('ready');
      expect(overflowing(el), `${el.localName}: parts wider than the element`).toEqual([]);
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
