import { realpathSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { searchForWorkspaceRoot } from 'vite';

/**
 * Storybook for designers: every element and state, language and theme switchers, a11y checks,
 * long-text / 360 px / right-to-left stories and a reference page per element (stories/designers/).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    { from: '../demo/feeds', to: '/feeds' },
    { from: '../docs/examples', to: '/examples' },
  ],
  // Pre-bundle what stories load late (the sealing library, a Lit directive) so the first story
  // run does not reload mid-test. node_modules may be a link to an install shared by work trees.
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), '@hpke/core', 'lit/directives/if-defined.js'],
    },
    server: {
      ...config.server,
      fs: {
        ...config.server?.fs,
        allow: [
          ...(config.server?.fs?.allow ?? []),
          searchForWorkspaceRoot(process.cwd()),
          realpathSync('node_modules'),
        ],
      },
    },
  }),
};
export default config;
