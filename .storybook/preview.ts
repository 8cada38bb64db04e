import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

// Controls and docs come from the Custom Elements Manifest (npm run analyze writes it first).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // An axe violation fails the story test (npm run test:stories).
    a11y: { test: 'error' },
    controls: { expanded: true },
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
      description: 'Colour theme',
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
      const theme = String(context.globals.theme ?? 'light');
      // Elements follow the nearest lang; the theme goes on each Sebaya element as its attribute.
      document.documentElement.lang = locale;
      document.body.classList.toggle('sebaya-dark', theme === 'dark');
      const applyTheme = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) if (el.localName.startsWith('sebaya-') && !el.hasAttribute('data-fixed-theme')) el.setAttribute('theme', theme);
      };
      setTimeout(() => applyTheme(document), 0);
      return html`<div lang=${locale} class="sebaya-story">${story()}</div>`;
    },
  ],
};

export default preview;
