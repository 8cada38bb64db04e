// End-to-end: `npm start`'s demo links the config builder (issue #17), and the built builder page
// (dist/builder/index.html, with dist/builder.js and dist/sebaya.js for its preview) opens from
// that link under the demo's strict CSP at 360 px: the task list, no error, no sideways scrolling,
// and no request to another host. (The shell's own tests type into fields and watch the preview.)
// Run after `npm run build`: node --test test/e2e/builder-demo.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './demo-server.mjs';

test('the demo footer opens the config builder: its tasks, no error, nothing from elsewhere', async () => {
  const demo = await startDemo('builder-requests.jsonl');
  try {
    const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems = [];
    const elsewhere = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on(
      'request',
      (r) => !r.url().startsWith(demo.base) && !r.url().startsWith('data:') && elsewhere.push(r.url()),
    );
    await page.goto(demo.base);
    await page.getByRole('link', { name: /Penyusun konfigurasi/ }).click();
    await page.waitForURL(/\/dist\/builder\/index\.html/);
    const builder = page.locator('sebaya-builder');
    for (const task of ['Organisasi dan bahasa', 'Layanan krisis', 'Kalender', 'Formulir dukungan', 'Kuis'])
      await builder
        .getByRole('link', { name: new RegExp(task) })
        .first()
        .waitFor({ timeout: 15_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);
    assert.deepEqual(problems, []);
    assert.deepEqual(elsewhere, []);
  } finally {
    await demo.stop();
  }
});
