import type { Preview, StoryContext } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { applyArgs, argTypesFor, type Manifest } from './manifest.js';
import './preview.css';

// Docs (the element's description) come from the Custom Elements Manifest (npm run analyze writes
// it first); the controls too, but only the public API (./manifest.ts).
setCustomElementsManifest(manifest);

/** The theme a story shows: its own (a `theme` arg, or `parameters.theme`) wins over the toolbar's. */
export function storyTheme(context: Pick<StoryContext, 'args' | 'parameters' | 'globals'>): string {
  const own: unknown = context.args.theme ?? context.parameters.theme;
  return String(own ?? context.globals.theme ?? 'light');
}

/** Phone sizes for the viewport menu (and the story tests, which open stories at that size). */
const viewports = {
  phone360: { name: 'Phone 360 × 740', styles: { width: '360px', height: '740px' }, type: 'mobile' },
  phone412: { name: 'Phone 412 × 915', styles: { width: '412px', height: '915px' }, type: 'mobile' },
  tablet: { name: 'Tablet 768 × 1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
};

const preview: Preview = {
  // A docs page per element from the manifest (shown when the docs addon is installed).
  tags: ['autodocs'],
  parameters: {
    // An axe violation fails the story test (npm run test:stories).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { extractArgTypes: (tagName: string) => argTypesFor(manifest as Manifest, tagName) },
    viewport: { options: viewports },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'id', title: 'Bahasa Indonesia' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (a story that sets its own keeps it)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'id', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = String(context.globals.locale ?? 'id');
      const theme = storyTheme(context);
      // Elements follow the nearest lang; the theme goes on each Sebaya element as its attribute.
      document.documentElement.lang = locale;
      document.body.classList.toggle('sebaya-dark', theme === 'dark');
      const applyTheme = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*'))
          if (el.localName.startsWith('sebaya-') && !el.hasAttribute('data-fixed-theme'))
            el.setAttribute('theme', theme);
      };
      setTimeout(() => {
        if (typeof context.component === 'string')
          applyArgs(manifest as Manifest, context.component, context.canvasElement, context.args);
        applyTheme(context.canvasElement);
      }, 0);
      return html`<div lang=${locale} class="sebaya-story">${story()}</div>`;
    },
  ],
};

export default preview;
