import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for designers: every element and state, language and theme switchers, a11y checks. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  // Pre-bundle the sealing library so the first story run does not reload mid-test.
  viteFinal: (config) => ({ ...config, optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), '@hpke/core'] } }),
};
export default config;
