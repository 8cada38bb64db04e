import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { element, overflowing, settled, type ElementName } from './fixtures.js';

/**
 * Every element on a 360 px phone (the viewport the story tests open too), with long Indonesian
 * text: the page must not scroll sideways and nothing may stick out of the element.
 */
const meta: Meta<{ element: ElementName }> = {
  title: 'Designers/Phone 360 px',
  render: (args) => element(args.element),
  argTypes: { element: { table: { disable: true } } },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  play: async ({ canvasElement }) => {
    expect(window.innerWidth).toBeLessThanOrEqual(360);
    for (const el of await settled(canvasElement)) {
      expect(el.getAttribute('state'), el.localName).toBe('ready');
      expect(overflowing(el), `${el.localName}: parts wider than the element`).toEqual([]);
    }
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(window.innerWidth);
  },
};
export default meta;
type Story = StoryObj<{ element: ElementName }>;

export const CrisisHelp: Story = { args: { element: 'crisis-help' } };
export const Calendar: Story = { args: { element: 'calendar' } };
export const Directory: Story = { args: { element: 'directory' } };
export const Quiz: Story = { args: { element: 'quiz' } };
export const SupportForm: Story = { args: { element: 'support-form' } };
