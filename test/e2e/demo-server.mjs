// Shared set-up of the end-to-end tests: the demo server (strict CSP) on a free port, and
// headless Chromium. The reference receiver stores support requests in a fresh private temp
// folder (never under a served folder: the demo server refuses that), in a file named like
// `store` (e.g. 'e2e-requests.jsonl'; any folder in it is ignored); `demo.store` is its path.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from '../../scripts/browser-path.mjs';

/** Starts both; `stop()` closes the browser and the server and removes the store. */
export async function startDemo(store = 'requests.jsonl') {
  const dir = mkdtempSync(join(tmpdir(), 'sebaya-e2e-'));
  const storePath = join(dir, basename(store));
  const server = spawn(process.execPath, ['demo/server.mjs'], {
    env: { ...process.env, PORT: '0', SEBAYA_STORE: storePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const started = Date.now();
  while (!/http:\/\/\S+\//.test(out)) {
    if (server.exitCode !== null || Date.now() - started > 10_000) throw new Error(`demo server did not start: ${out}`);
    const [chunk] = await Promise.race([once(server.stdout, 'data'), once(server, 'exit').then(() => [''])]);
    out += String(chunk);
  }
  const base = /http:\/\/\S+\//.exec(out)?.[0];
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  return {
    base,
    browser,
    store: storePath,
    async stop() {
      await browser.close();
      if (server.exitCode === null) {
        server.kill();
        await once(server, 'exit');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until every Sebaya element on the page has settled (ready, empty or error). */
export function elementsSettled(page, timeout = 15_000) {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('sebaya-'))
        .every((e) => ['ready', 'empty', 'error'].includes(e.getAttribute('state') ?? '')),
    null,
    { timeout },
  );
}
