import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import manifest from '../../custom-elements.json';
import { argTypesFor, declarationOf, type Manifest } from '../../.storybook/manifest.js';
import type { ElementName } from './fixtures.js';

/**
 * One reference page per element, written from custom-elements.json (the JSDoc block of each
 * class, read by `npm run analyze`): what it does, then its attributes, properties, events,
 * CSS parts and custom properties — the same rows the Controls panel shows. Storybook's own docs
 * pages (`tags: ['autodocs']` with @storybook/addon-docs) show them beside each element's stories;
 * this page keeps every element's API on one printable page, checked by its story test.
 */
const CATEGORIES = [
  'attributes',
  'properties',
  'properties (read only)',
  'events',
  'slots',
  'css shadow parts',
  'css custom properties',
];

function reference(name: ElementName) {
  const tag = `sebaya-${name}`;
  const d = declarationOf(manifest as Manifest, tag);
  const rows = Object.values(argTypesFor(manifest as Manifest, tag)).filter((a) => !a.table?.disable);
  return html`<article class="sebaya-reference">
    <h1><code>&lt;${tag}&gt;</code></h1>
    <p>${d?.summary ?? ''}</p>
    <p>${d?.description ?? ''}</p>
    ${CATEGORIES.map((category) => {
      const items = rows.filter((r) => r.table?.category === category);
      if (!items.length) return nothing;
      return html`<table>
        <caption>${category}</caption>
        <thead><tr><th scope="col">name</th><th scope="col">type</th><th scope="col">default</th><th scope="col">description</th></tr></thead>
        <tbody>
          ${items.map((r) => html`<tr><th scope="row"><code>${r.name}</code></th><td><code>${r.table?.type?.summary ?? ''}</code></td><td><code>${r.table?.defaultValue?.summary ?? ''}</code></td><td>${r.description ?? ''}</td></tr>`)}
        </tbody>
      </table>`;
    })}
  </article>`;
}

const meta: Meta<{ element: ElementName }> = {
  title: 'Reference',
  render: (args) => reference(args.element),
  argTypes: { element: { table: { disable: true } } },
  parameters: { controls: { disable: true } },
  play: async ({ canvasElement, args }) => {
    // Every documented attribute of the element has its row.
    const d = declarationOf(manifest as Manifest, `sebaya-${args.element}`)!;
    const names = [...canvasElement.querySelectorAll('tbody th')].map((th) => th.textContent);
    for (const attr of d.attributes ?? []) expect(names).toContain(attr.name);
  },
};
export default meta;
type Story = StoryObj<{ element: ElementName }>;

export const CrisisHelp: Story = { args: { element: 'crisis-help' } };
export const Calendar: Story = { args: { element: 'calendar' } };
export const Directory: Story = { args: { element: 'directory' } };
export const Quiz: Story = { args: { element: 'quiz' } };
export const SupportForm: Story = { args: { element: 'support-form' } };
