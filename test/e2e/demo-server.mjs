// Shared set-up of the end-to-end tests: the demo server (strict CSP) on a free port, and
// headless Chromium. `store` is the file the reference receiver writes support requests to.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from '../../scripts/browser-path.mjs';

/** Starts both; `stop()` closes the browser and the server. */
export async function startDemo(store) {
  const server = spawn(process.execPath, ['demo/server.mjs'], { env: { ...process.env, PORT: '0', SEBAYA_STORE: store }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const started = Date.now();
  while (!/http:\/\/\S+\//.test(out)) {
    if (Date.now() - started > 10_000) throw new Error(`demo server did not start: ${out}`);
    const [chunk] = await once(server.stdout, 'data');
    out += String(chunk);
  }
  const base = /http:\/\/\S+\//.exec(out)?.[0];
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  return {
    base,
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}
