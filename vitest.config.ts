/**
 * Story tests: every story renders in headless Chromium and passes axe (parameters.a11y.test =
 * 'error' in .storybook/preview.ts); and the controls Storybook derives from the manifest
 * (.storybook/manifest.test.ts, in Node). Run with `npm run test:stories` (part of `npm test`).
 */
import { realpathSync } from 'node:fs';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { findBrowser, BROWSER_ARGS } from './scripts/browser-path.mjs';

const executablePath = findBrowser();

export default defineConfig({
  // node_modules may be a link to an install shared by several work trees: let the browser load from it.
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync('node_modules')] } },
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
      {
        // The controls a designer gets, read from the manifest: plain functions, tested in Node.
        extends: true,
        test: { name: 'storybook-config', include: ['.storybook/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
