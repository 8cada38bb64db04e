import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/builder/editors/define.js';
import type { SebayaEditBoolean } from '../src/builder/editors/boolean.js';

/**
 * Yes/no fields and choices with the element's default (src/builder/defaults.ts): unset shows the
 * default marked "(default)" / "(bawaan)"; set offers going back to it.
 */
const meta: Meta = { title: 'Builder/Field editors/Defaults' };
export default meta;
type Story = StoryObj;

const make = (tag: string, props: Record<string, unknown>): HTMLElement => {
  const el = document.createElement(tag);
  Object.assign(el, props);
  return el;
};
const shuffle = (value: boolean | undefined, lang = 'en') =>
  make('sebaya-edit-boolean', {
    path: 'quiz.shuffle',
    label: lang === 'en' ? 'Shuffle the questions' : 'Acak pertanyaan',
    lang,
    defaultValue: true,
    value,
  });

export const YesNoAtDefault: Story = {
  name: 'Yes/no, unset (the default shown)',
  render: () => shuffle(undefined),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SebayaEditBoolean>('sebaya-edit-boolean')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('input')!.checked).toBe(true);
    await expect(el.shadowRoot!.textContent).toContain('(default)');
  },
};
export const YesNoChanged: Story = {
  name: 'Yes/no, changed (back to the default offered)',
  render: () => shuffle(false),
};
export const YesNoBahasaIndonesia: Story = {
  name: 'Yes/no, Bahasa Indonesia',
  render: () => {
    const box = document.createElement('div');
    box.append(shuffle(undefined, 'id'), shuffle(false, 'id'));
    return box;
  },
};
export const ChoiceWithDefault: Story = {
  name: 'Choice, unset (the default named)',
  render: () =>
    make('sebaya-edit-choice', {
      path: 'calendar.view',
      label: 'View',
      lang: 'en',
      defaultValue: 'month',
      options: [
        { value: 'month', label: 'month' },
        { value: 'list', label: 'list' },
      ],
    }),
};
