// web-test-runner: every test in headless Chromium (Debian's, or SEBAYA_CHROME).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findBrowser, BROWSER_ARGS, HOW_TO_GET_ONE } from './scripts/browser-path.mjs';
import { offlineCommandPlugin } from './test/server/offline-command.mjs';
import { testRoutes } from './test/server/plugins.mjs';
import './test/server/routes-calendar.mjs';
import './test/server/routes-support-form.mjs';
import './test/server/routes-replies.mjs';
import './test/server/routes-quiz.mjs';
import './test/server/routes-directory.mjs';
import './test/server/routes-inbox.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}

/**
 * @hpke/common has a Node-only `await import('crypto')` the browser never runs; give it the
 * browser's WebCrypto so the import resolves.
 */
const nodeBuiltinsStub = {
  name: 'node-builtins-stub',
  resolveImport: ({ source }) =>
    source === 'crypto' || source === 'node:crypto'
      ? 'data:text/javascript,export const webcrypto=globalThis.crypto;export default{webcrypto};'
      : undefined,
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // Coverage (and its thresholds) only for the whole suite, not for a partial `--files` run.
  coverage: !process.argv.includes('--files'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 70, branches: 60, functions: 65, lines: 70 },
  },
  middleware: [testRoutes],
  plugins: [
    nodeBuiltinsStub,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    offlineCommandPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: BROWSER_ARGS },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
