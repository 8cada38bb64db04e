// The config builder page in the release zip (issue #17): unzipped, builder/index.html opens
// from the folder itself (file://, where Chromium refuses module scripts, so builder/offline.js
// loads the one-file builds) and from a site under a strict CSP. Over http, the page first loads
// builder.js alone; the editors and the importer arrive as lazy chunks when the page is idle, and
// then the builder keeps working offline: a task's editors, and a config import.
// Run after `npm run build`: node --test test/e2e/builder-zip.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from '../../scripts/browser-path.mjs';
import { readZip } from '../../scripts/zip.mjs';

const root = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ZIP = join(root, 'dist', `sebaya-${version}.zip`);
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
};
// As strict as the page's own (its icon is a data: URL).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

let site;
let browser;
before(async () => {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
  site = mkdtempSync(join(tmpdir(), 'sebaya-builder-zip-'));
  for (const e of readZip(readFileSync(ZIP))) {
    const path = join(site, e.name);
    if (e.folder) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, e.data);
    }
  }
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});
after(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

/** Watches a page: errors, CSP violations, requests. */
async function watch(page) {
  const seen = { problems: [], requests: [] };
  // An element's own "[sebaya-…] config-invalid" line (the preview of a half-typed line) is not one.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('[sebaya-') && seen.problems.push(m.text()));
  page.on('pageerror', (e) => seen.problems.push(e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  return seen;
}

/** Opens the crisis task and waits for its real editors (not the plain fallback controls). */
async function crisisTask(page) {
  const builder = page.locator('sebaya-builder');
  await builder.getByRole('link', { name: /Layanan krisis/ }).click();
  await builder.getByRole('button', { name: /Tambah: Layanan krisis/ }).click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('sebaya-builder')
        .shadowRoot.querySelector('sebaya-edit-text[data-path="crisis.lines[0].name"]'),
    null,
    { timeout: 15_000 },
  );
  const name = builder.locator('sebaya-edit-text[data-path="crisis.lines[0].name"] input').first();
  await name.fill('Sejiwa');
  await page.waitForFunction(() => JSON.stringify(document.querySelector('sebaya-builder').config).includes('Sejiwa'));
}

test('from the unzipped folder (file://) the builder page works: the one-file builds stand in', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(pathToFileURL(join(site, 'sebaya', 'builder', 'index.html')).href);
  await page
    .locator('sebaya-builder')
    .getByRole('link', { name: /Organisasi dan bahasa/ })
    .waitFor({ timeout: 15_000 });
  await crisisTask(page);
  // The preview shows the real element, defined by sebaya.classic.js.
  assert.ok(await page.evaluate(() => Boolean(customElements.get('sebaya-crisis-help'))));
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  // The only errors: Chromium refusing the two module scripts from file://, which offline.js replaces.
  const refused = seen.problems.filter((p) => !/^Failed to load resource/.test(p));
  assert.equal(refused.length, 2, refused.join('\n'));
  for (const p of refused) assert.match(p, /(sebaya|builder)\.js' from origin 'null' has been blocked by CORS/);
  assert.deepEqual(
    seen.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')),
    [],
    'nothing from elsewhere',
  );
  await context.close();
});

test('served from a site: builder.js first, the lazy parts when idle, then it works offline', async (t) => {
  const missing = [];
  const server = createServer((req, res) => {
    const path = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(site) || !existsSync(path)) {
      missing.push(req.url);
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
      })
      .end(readFileSync(path));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}/sebaya/`;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(`${base}builder/index.html`, { waitUntil: 'domcontentloaded' });
  const scripts = seen.requests.filter((u) => u.endsWith('.js')).map((u) => u.slice(base.length));
  assert.deepEqual(scripts.slice(0, 3).sort(), ['builder.js', 'builder/offline.js', 'sebaya.js']);
  assert.ok(!scripts.includes('builder.classic.js'), 'the one-file build is for file:// only');
  // Idle: the editors and the importer arrive without being asked for.
  await page.waitForFunction(
    () => ['sebaya-edit-text', 'sebaya-edit-phone', 'sebaya-import'].every((tag) => customElements.get(tag)),
    null,
    { timeout: 15_000 },
  );
  assert.ok(
    seen.requests.some((u) => /\/chunks\/builder-define-[\w-]+\.js$/.test(u)),
    'a lazy builder chunk came',
  );
  await page.waitForTimeout(2_500); // the importer's own readers (CSV, .ics), also fetched when idle
  await context.setOffline(true);
  await crisisTask(page);
  // Back on the task list, a config import through <sebaya-import>, offline.
  const builder = page.locator('sebaya-builder');
  await builder
    .getByRole('link', { name: /Kembali ke daftar tugas/ })
    .first()
    .click();
  const importer = builder.locator('sebaya-import');
  await importer.getByLabel(/tempel/i).fill(JSON.stringify({ locale: 'en', organization: { name: 'Desa Ngunut' } }));
  await importer.getByRole('button', { name: /^Baca$/ }).click();
  await importer.getByRole('button', { name: /Masukkan ke konfigurasi/ }).click();
  await page.waitForFunction(
    () => document.querySelector('sebaya-builder').config.organization?.name === 'Desa Ngunut',
  );
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(missing, []);
  await context.close();
});
