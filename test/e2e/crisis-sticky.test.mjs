// End-to-end: the demo's sticky crisis bar on a 360 px touch phone (issue #14, item 14). Run after
// `npm run build`: `node --test test/e2e/crisis-sticky.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, elementsSettled } from './demo-server.mjs';

let demo;
before(async () => {
  demo = await startDemo('demo/data/e2e-sticky-requests.jsonl');
});
after(async () => {
  await demo?.stop();
});

async function openPhone() {
  const context = await demo.browser.newContext({
    viewport: { width: 360, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(demo.base, { waitUntil: 'load' });
  await elementsSettled(page);
  return { context, page };
}

/** The boxes a visitor sees: the bar's call link and quick exit, and the focused element. */
const boxes = (page) =>
  page.evaluate(() => {
    const bar = document.querySelector('sebaya-crisis-help[layout="sticky"]');
    const box = (el) => el && JSON.parse(JSON.stringify(el.getBoundingClientRect()));
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    return {
      call: box(bar.shadowRoot.querySelector('a[part="call"]')),
      exit: box(bar.shadowRoot.querySelector('a[part="exit"]')),
      focused: box(focused),
      height: innerHeight,
      width: innerWidth,
    };
  });
const inView = (r, { width, height }) => r.top >= 0 && r.left >= 0 && r.bottom <= height && r.right <= width;
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('mid-form on a phone, the call link and the quick exit are on screen and never cover the focused field', async () => {
  const { context, page } = await openPhone();
  const form = page.locator('sebaya-support-form');
  // Every field of the form, top to bottom and back (as Tab and Shift+Tab would), the page scrolled mid-form.
  const fields = form.locator('textarea, input:not([type="hidden"]):not([tabindex="-1"]), select');
  const count = await fields.count();
  assert.ok(count >= 3, `fields found: ${count}`);
  await fields.nth(Math.floor(count / 2)).scrollIntoViewIfNeeded();
  for (const i of [...Array(count).keys(), ...[...Array(count).keys()].reverse()]) {
    const field = fields.nth(i);
    if (!(await field.isVisible())) continue;
    await field.focus();
    await page.waitForTimeout(50);
    const b = await boxes(page);
    assert.ok(inView(b.call, b), `call link in view (field ${i})`);
    assert.ok(inView(b.exit, b), `quick exit in view (field ${i})`);
    assert.ok(
      !overlap(b.call, b.focused) && !overlap(b.exit, b.focused),
      `field ${i} is under the bar: ${JSON.stringify(b)}`,
    );
  }
  assert.ok(await page.evaluate(() => scrollY > 2000), 'the form is far down the page');
  await context.close();
});

test('a touch-only phone is not told to press Shift three times', async () => {
  const { context, page } = await openPhone();
  const hint = page.locator('#krisis sebaya-crisis-help').getByText('Bisa juga dengan menekan Shift tiga kali.');
  assert.equal(await hint.count(), 1);
  assert.equal(await hint.isVisible(), false);
  assert.equal(
    await page.locator('#krisis sebaya-crisis-help').getByText('Langsung meninggalkan situs ini.').isVisible(),
    true,
  );
  await context.close();
  // A desktop with a mouse and keyboard keeps the hint.
  const desk = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page2 = await desk.newPage();
  await page2.goto(demo.base, { waitUntil: 'load' });
  await page2.locator('#krisis sebaya-crisis-help').getByText('Bisa juga dengan menekan Shift tiga kali.').waitFor();
  assert.equal(
    await page2
      .locator('#krisis sebaya-crisis-help')
      .getByText('Bisa juga dengan menekan Shift tiga kali.')
      .isVisible(),
    true,
  );
  await desk.close();
});
