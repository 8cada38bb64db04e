/**
 * Story tests: every story renders in headless Chromium and passes axe (parameters.a11y.test =
 * 'error' in .storybook/preview.ts). Run with `npm run test:stories` (part of `npm test`).
 */
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { findBrowser, BROWSER_ARGS } from './scripts/browser-path.mjs';

const executablePath = findBrowser();

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath, args: BROWSER_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
