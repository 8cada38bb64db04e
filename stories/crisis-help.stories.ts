import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/crisis-help/define.js';
import { CRISIS_LAYOUTS } from '../src/crisis-help/crisis-help.js';

const config = {
  crisis: {
    lines: [
      {
        name: { id: 'SEJIWA — Layanan Sehat Jiwa', en: 'SEJIWA — mental-health line' },
        phone: '119',
        extension: '8',
        hours: { id: 'Gratis', en: 'Free' },
      },
      {
        name: { id: 'Puskesmas Playen I — layanan jiwa', en: 'Playen I health centre — mental health' },
        phone: '(0274) 391 000',
        hours: { id: 'Senin–Sabtu 07.30–14.00', en: 'Mon–Sat 07:30–14:00' },
      },
      { name: 'TPKJM Ngunut', whatsapp: '0812-0000-0000', hours: { id: 'Setiap hari', en: 'Every day' } },
    ],
    quickExitUrl: 'https://www.bmkg.go.id/',
  },
};

const meta: Meta = {
  title: 'Elements/Crisis help',
  component: 'sebaya-crisis-help',
  // Stories must not leave Storybook: quick exit is cancelled and logged.
  render: (args) => html`<sebaya-crisis-help
    layout=${args.layout ?? 'full'}
    .config=${args.config}
    @sebaya-quick-exit=${(e: Event) => e.preventDefault()}
  ></sebaya-crisis-help>`,
  args: { layout: 'full' },
  argTypes: { layout: { control: 'inline-radio', options: CRISIS_LAYOUTS } },
};
export default meta;
type Story = StoryObj;

/** No config: the national lines, each with its source. */
export const NationalDefault: Story = {};
/** A team's own lines. */
export const TeamLines: Story = { args: { config } };
/** The compact bar for the top of every page. */
export const Bar: Story = { args: { layout: 'bar', config } };
/** In English. */
export const English: Story = { args: { config }, globals: { locale: 'en' } };
/** Dark theme. */
export const Dark: Story = { args: { config }, globals: { theme: 'dark' } };
/** The sticky bar (one row at 360 px) above a long page: it stays at the top while the page scrolls. */
export const Sticky: Story = {
  args: { layout: 'sticky', config },
  render: (
    args,
  ) => html`<sebaya-crisis-help layout=${args.layout} .config=${args.config} @sebaya-quick-exit=${(e: Event) => e.preventDefault()}></sebaya-crisis-help>
    ${Array.from({ length: 12 }, (_, i) => html`<p style="margin: 0 1rem 4rem"><label>Isian ${i + 1} <input /></label></p>`)}`,
};
/** A broken config: the visitor still gets the national lines and the quick exit (the detail goes to the console and `sebaya-error`). */
export const ConfigError: Story = { args: { config: { crisis: { lines: [{ phone: '119' }] } } } };

/** The same broken config with `debug`: the built-in lines for visitors, the owner box for the site owner. */
export const ConfigErrorOwnerBox: Story = { args: { ...ConfigError.args, debug: true } };
