import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/builder/define.js';
import '../src/crisis-help/define.js';
import { DRAFT_KEY } from '../src/builder/model.js';

/**
 * The config builder. Each story sets the draft the builder restores on load (this browser's
 * `localStorage`), so a story shows the builder as an owner finds it on a later visit.
 */
const withDraft = (config: Record<string, unknown> | undefined) => {
  if (config) localStorage.setItem(DRAFT_KEY, JSON.stringify({ config, done: [] }));
  else localStorage.removeItem(DRAFT_KEY);
};

const meta: Meta = {
  title: 'Builder/sebaya-builder',
  component: 'sebaya-builder',
  args: { lang: 'id' },
  argTypes: { lang: { control: 'inline-radio', options: ['id', 'en'] } },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

export const Empty: Story = {
  render: ({ lang }) => {
    withDraft(undefined);
    return html`<sebaya-builder lang=${lang}></sebaya-builder>`;
  },
};

export const WithProblems: Story = {
  render: ({ lang }) => {
    withDraft({
      organization: { name: 'TPKJM Kalurahan Ngunut' },
      crisis: {
        lines: [
          { name: 'SEJIWA', phone: '119', extension: '8' },
          { name: 'Puskesmas', phone: 'telepon saja' },
        ],
      },
    });
    return html`<sebaya-builder lang=${lang}></sebaya-builder>`;
  },
};
