// End-to-end: the DEMO ONLY coordinator page (/demo-coordinator/) with the built dist/inbox.js,
// on the demo server (strict CSP, Trusted Types) and its real receiver, in headless Chromium.
// A request sealed to the demo key as the form seals it shows up opened after "Load the demo key"
// and "Use the demo credential"; the frame page frame/inbox.html shows the same.
// Run after `npm run build`: node --test test/e2e/inbox-coordinator.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSuite, INFO, SUITE } from '../../bin/sebaya.mjs';
import { startDemo } from './demo-server.mjs';

const utf8 = new TextEncoder();

/** Seals `request` to the demo key as <sebaya-support-form> does and posts it; the reference code. */
async function sendSealed(base, request) {
  const { publicKey } = JSON.parse(readFileSync('demo/coordinator/demo-private-key.json', 'utf8'));
  const suite = createSuite();
  const key = await suite.kem.importKey('jwk', { kty: 'EC', crv: 'P-256', x: publicKey.x, y: publicKey.y }, true);
  const id = crypto.randomUUID();
  const { enc, ct } = await suite.seal(
    { recipientPublicKey: key, info: utf8.encode(INFO) },
    utf8.encode(JSON.stringify(request)),
    utf8.encode(id),
  );
  const b64 = (b) => Buffer.from(b).toString('base64url');
  const res = await fetch(`${base}api/support`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ v: 1, id, sentAt: '2026-12-06', sealed: true, suite: SUITE, enc: b64(enc), ct: b64(ct) }),
  });
  assert.equal(res.status, 201);
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

test('the demo coordinator page opens a sealed request with the demo key and credential', async () => {
  const demo = await startDemo('coordinator-requests.jsonl');
  try {
    const message = `Saya tidak bisa tidur, tolong. ${Date.now()}`;
    const code = await sendSealed(demo.base, {
      topic: 'stres-cemas',
      message,
      urgency: 'now',
      lang: 'id',
      contact: { method: 'code' },
    });
    const context = await demo.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${demo.base}demo-coordinator/`);
    await page.getByRole('button', { name: /Muat kunci demo/ }).click();
    await page.getByText('Kunci demo dimuat').waitFor();
    await page.getByRole('button', { name: /Pakai kredensial demo/ }).click();
    const row = page.locator('sebaya-inbox [part="request"]').filter({ hasText: message });
    await row.waitFor({ timeout: 15_000 });
    const text = await row.innerText();
    assert.match(text, /Stres, cemas, atau sulit tidur/);
    assert.match(text, /Sekarang: mungkin dalam bahaya/);
    assert.match(text, new RegExp(`${code.slice(0, 4)}-${code.slice(4)}`));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);

    // The frame page, on the same device (the key is kept; the credential is this tab's only).
    const frame = await context.newPage();
    await frame.goto(`${demo.base}dist/frame/inbox.html?config=/sebaya.json&lang=en`);
    await frame.getByText('Coordinator credential').waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, []);
  } finally {
    await demo.stop();
  }
});
