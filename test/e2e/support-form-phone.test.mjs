// End-to-end, as a visitor on a phone (issue #14, item 11): the built dist/sebaya.js on the demo
// village site. Choosing urgency "now" must put the crisis lines on screen where the visitor is,
// not far above at the top of the form. Run after `npm run build`: `node --test test/e2e/support-form-phone.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from './demo-server.mjs';

let demo;
const dir = mkdtempSync(join(tmpdir(), 'sebaya-e2e-phone-'));

before(async () => {
  demo = await startDemo(join(dir, 'requests.jsonl'));
});

after(async () => {
  await demo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The demo page at `viewport`, as a touch phone when narrow; resolves once every element has settled. */
async function openDemo(viewport) {
  const phone = viewport.width < 600;
  const context = await demo.browser.newContext({ viewport, hasTouch: phone, isMobile: phone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(new URL('?lang=en', demo.base).href, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('sebaya-support-form')?.getAttribute('state') === 'ready',
    null,
    { timeout: 15_000 },
  );
  return { context, page, problems };
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  for (const where of ['end', 'start']) {
    test(`${viewport.width}×${viewport.height}: tapping "now" (the choice at the ${where === 'end' ? 'bottom' : 'top'} of the screen) puts every crisis line on screen`, async () => {
      const { context, page, problems } = await openDemo(viewport);
      const form = page.locator('sebaya-support-form');
      const now = form.getByLabel('Now: I am in danger or might hurt myself');
      // The visitor has scrolled to the urgency question: the choice sits at the edge of the screen.
      await now.evaluate((input, block) => input.closest('label').scrollIntoView({ block }), where);
      if (viewport.width < 600) await now.tap();
      else await now.click();
      await form.locator('[part="crisis"]').waitFor();
      await page.waitForTimeout(100);
      const boxes = await form
        .locator('[part="crisis"] a[href]')
        .evaluateAll((links) =>
          links.map((a) => ({ text: a.textContent.trim(), ...a.getBoundingClientRect().toJSON() })),
        );
      assert.ok(boxes.length >= 2, `crisis links found: ${JSON.stringify(boxes)}`);
      for (const b of boxes) {
        assert.ok(
          b.top >= 0 && b.bottom <= viewport.height,
          `"${b.text}" is off screen vertically: ${Math.round(b.top)}–${Math.round(b.bottom)} of ${viewport.height}`,
        );
        assert.ok(
          b.left >= 0 && b.right <= viewport.width,
          `"${b.text}" is off screen sideways: ${Math.round(b.left)}–${Math.round(b.right)} of ${viewport.width}`,
        );
      }
      // The choice just made is still on screen too, and keeps the focus.
      const choice = await now.evaluate((input) => input.getBoundingClientRect().toJSON());
      assert.ok(
        choice.top >= 0 && choice.bottom <= viewport.height,
        `the "now" choice scrolled away: ${Math.round(choice.top)}`,
      );
      assert.equal(await now.evaluate((input) => input.getRootNode().activeElement === input), true);
      if (process.env.SEBAYA_SHOTS)
        await page.screenshot({ path: join(process.env.SEBAYA_SHOTS, `now-${viewport.width}-${where}.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
