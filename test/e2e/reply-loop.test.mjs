// End-to-end, the whole anonymous loop of issue #16 on the demo (`npm start`'s server, the built
// dist/, strict CSP, the real Node receiver): a visitor on a 360 px phone sends a request sealed
// to the demo key with urgency "now"; the coordinator, on another device, opens the DEMO ONLY
// coordinator page linked from the demo, loads the demo key and credential, sees the request
// opened and answers it; the visitor, with only the reference code and the five words, reads the
// answer. Screenshots of each step the visitor sees go to $SEBAYA_SCREENSHOTS when it is set.
// Run after `npm run build`: node --test test/e2e/reply-loop.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDemo } from './demo-server.mjs';

const shots = process.env.SEBAYA_SCREENSHOTS;

/** Whether the whole box of `locator` is inside the viewport (within 2 s: a scroll runs in the next frame). */
async function inView(page, locator) {
  const { width, height } = page.viewportSize();
  for (const started = Date.now(); ; await page.waitForTimeout(100)) {
    const box = await locator.boundingBox();
    if (box && box.y >= 0 && box.x >= 0 && box.y + box.height <= height + 1 && box.x + box.width <= width + 1)
      return true;
    if (Date.now() - started > 2_000) return false;
  }
}

test('a visitor sends a sealed "now" request, the coordinator answers from the demo inbox, the visitor reads it with code + words', async () => {
  const demo = await startDemo('reply-loop-requests.jsonl');
  try {
    const problems = [];
    const watch = (page, who) => {
      page.on('pageerror', (e) => problems.push(`${who}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`${who}: ${m.text()}`));
    };

    // The visitor, on a phone.
    const phone = await demo.browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 1,
    });
    const visitor = await phone.newPage();
    watch(visitor, 'visitor');
    await visitor.goto(new URL('?lang=en', demo.base).href);
    const form = visitor.locator('sebaya-support-form');
    await visitor.waitForFunction(
      () => document.querySelector('sebaya-support-form')?.getAttribute('state') === 'ready',
    );
    const message = `I cannot sleep and I am scared of what I might do. ${Date.now()}`;
    await form.getByRole('combobox', { name: /Topic/ }).selectOption('stres-cemas');
    await form.getByLabel('What would you like to tell the team?').fill(message);
    await form.getByLabel('Now: I am in danger or might hurt myself').tap();
    // Help right after "now", where the visitor is.
    const crisis = form.locator('[part="crisis"]').first();
    await crisis.waitFor();
    assert.ok(await inView(visitor, crisis.getByRole('link').first()), 'a crisis line on screen after "now"');
    await form.getByLabel('A reference code I can quote later').tap();
    await form.getByRole('checkbox', { name: /I agree/ }).tap();
    await visitor.waitForTimeout(3_000); // the demo's minFillSeconds
    await form.getByRole('button', { name: 'Send request' }).tap();

    const secret = form.locator('[part="reply-secret"]');
    await secret.waitFor({ timeout: 30_000 });
    const code = (await secret.locator('.code:not(.words)').innerText()).trim();
    const words = (await secret.locator('.words').innerText()).trim();
    assert.match(code, /^[0-9A-F]{4}-?[0-9A-F]{4}$/);
    assert.equal(words.split(/\s+/).length, 5);
    assert.ok(await inView(visitor, secret.locator('.words')), 'the five words are on screen after sending');
    if (shots) await visitor.screenshot({ path: join(shots, 'reply-loop-1-sent-360.png') });

    // What the receiver holds: ciphertext only, neither the message nor the words.
    const stored = readFileSync(demo.store, 'utf8');
    assert.ok(stored.includes('"sealed":true'));
    assert.ok(!stored.includes(message.slice(0, 20)), 'the message is sealed');
    for (const w of words.split(/\s+/)) assert.ok(!stored.includes(`"${w}`), 'no word of the secret stored');

    // The coordinator, on another device, from the demo's link.
    const desk = await demo.browser.newContext({ viewport: { width: 360, height: 800 } });
    const coordinator = await desk.newPage();
    watch(coordinator, 'coordinator');
    await coordinator.goto(demo.base);
    await coordinator.getByRole('link', { name: /Halaman koordinator/ }).click();
    await coordinator.getByRole('button', { name: /Muat kunci demo/ }).click();
    await coordinator.getByText('Kunci demo dimuat').waitFor();
    await coordinator.getByRole('button', { name: /Pakai kredensial demo/ }).click();
    const row = coordinator.locator('sebaya-inbox [part="request"]').filter({ hasText: message });
    await row.waitFor({ timeout: 20_000 });
    const first = coordinator.locator('sebaya-inbox [part="request"]').first();
    assert.match(await first.innerText(), new RegExp(message.slice(0, 30)), '"now" is on top');
    assert.match(await row.innerText(), /Sekarang/);
    await row.getByRole('button', { name: 'Tulis balasan' }).click();
    const answer = 'We read your message. Please call 119 ext. 8 now; our nurse visits you tomorrow at 9.';
    await row.getByRole('textbox', { name: new RegExp(`Balasan untuk kode ${code.replace('-', '-?')}`) }).fill(answer);
    await row.getByRole('button', { name: 'Kirim balasan' }).click();
    await coordinator.locator('sebaya-inbox').getByText('Balasan terkirim.').first().waitFor({ timeout: 15_000 });
    if (shots) await coordinator.screenshot({ path: join(shots, 'reply-loop-coordinator-360.png') });
    assert.ok(
      !readFileSync(demo.store.replace(/\.jsonl$/, '.replies.jsonl'), 'utf8').includes('nurse'),
      'reply sealed',
    );

    // The visitor comes back later, on the same phone, with the paper: a fresh page, view="reply".
    const later = await phone.newPage();
    watch(later, 'visitor later');
    await later.goto(new URL('?lang=en', demo.base).href);
    const again = later.locator('sebaya-support-form');
    await later.waitForFunction(() => document.querySelector('sebaya-support-form')?.getAttribute('state') === 'ready');
    await again.getByRole('button', { name: 'Check for a reply to an earlier request' }).tap();
    await again.getByLabel('Reference code', { exact: true }).fill(code.toLowerCase());
    await again.getByLabel('The five words', { exact: true }).fill(words.toUpperCase());
    await again.getByRole('button', { name: 'Check', exact: true }).tap();
    const reply = again.getByText(answer);
    await reply.waitFor({ timeout: 30_000 });
    assert.ok(await inView(later, reply), 'the answer is on screen');
    if (shots) await later.screenshot({ path: join(shots, 'reply-loop-2-answer-360.png') });

    // Wrong words: the same calm line as "no reply yet", never an error.
    await again.getByLabel('The five words', { exact: true }).fill('one two three four five');
    await again.getByRole('button', { name: 'Check', exact: true }).tap();
    const none = again.getByText(/^No reply yet\./);
    await none.waitFor({ timeout: 30_000 });
    assert.ok(await inView(later, none), '"No reply yet" is on screen');

    assert.deepEqual(problems, []);
  } finally {
    await demo.stop();
  }
});
