// End-to-end: the built dist/sebaya.js on the demo village site, served with a strict CSP, in
// headless Chromium. Run after `npm run build`: `npm run test:e2e`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, elementsSettled } from './demo-server.mjs';

let base;
let browser;
let demo;

before(async () => {
  demo = await startDemo('demo/data/e2e-requests.jsonl');
  ({ base, browser } = demo);
});

after(async () => {
  await demo?.stop();
});

/** Opens the demo, recording console errors, CSP violations and every request's host. */
async function openDemo(path = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const hosts = new Set();
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  // The quick-exit page is outside: answer it here so nothing leaves this machine.
  await context.route('https://www.bmkg.go.id/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title><p>Prakiraan cuaca</p>' }),
  );
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  await page.goto(new URL(path, base).href, { waitUntil: 'load' });
  await elementsSettled(page);
  return { context, page, problems, hosts };
}

test('every element on the demo page renders under a strict CSP with Trusted Types', async () => {
  const { context, page, problems, hosts } = await openDemo();
  const states = await page.$$eval('*', (els) =>
    els.filter((e) => e.localName.startsWith('sebaya-')).map((e) => `${e.localName}:${e.getAttribute('state')}`),
  );
  assert.ok(states.length >= 2, `elements found: ${states}`);
  for (const s of states) assert.match(s, /:(ready|empty)$/, `element not ready: ${s}`);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  assert.deepEqual([...hosts], [new URL(base).host], 'requests only to the site itself');
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('the page language switch re-renders the elements in English', async () => {
  const { context, page } = await openDemo();
  const barText = () => page.$eval('sebaya-crisis-help[layout="sticky"]', (el) => el.shadowRoot?.textContent ?? '');
  assert.match(await barText(), /Keluar cepat/);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() =>
    document.querySelector('sebaya-crisis-help')?.shadowRoot?.textContent?.includes('Quick exit'),
  );
  assert.match(await barText(), /Quick exit/);
  assert.doesNotMatch(await barText(), /Keluar cepat/);
  await context.close();
});

/** Message keys shown instead of words anywhere in the elements (text, labels, titles, placeholders). */
const keysShown = (page) =>
  page.evaluate(() => {
    const key = /\b(?:core|crisis|calendar|directory|quiz|supportForm)\.[a-z][\w.]*/g;
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        const attrs = [...el.shadowRoot.querySelectorAll('[aria-label], [title], [placeholder]')].map((n) =>
          ['aria-label', 'title', 'placeholder'].map((a) => n.getAttribute(a) ?? '').join(' '),
        );
        found.push(
          ...`${el.shadowRoot.textContent} ${attrs.join(' ')}`.matchAll(key).map((m) => `${el.localName}: ${m[0]}`),
        );
        walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });

for (const [lang, words] of [
  ['id', { list: 'Daftar', when: 'Waktu', repeats: 'Berulang' }],
  ['en', { list: 'List', when: 'When', repeats: 'Repeats' }],
]) {
  test(`in ${lang === 'id' ? 'Indonesian' : 'English'} the built bundle shows words, never message keys, in lazily loaded views too`, async () => {
    const { context, page, problems } = await openDemo(`?lang=${lang}`);
    // The calendar's event detail: its words arrive with a lazy chunk (the bundle once dropped it).
    const calendar = page.locator('sebaya-calendar');
    await calendar.getByRole('button', { name: words.list, exact: true }).click();
    await calendar.locator('.item').first().click();
    const dialog = calendar.locator('dialog[open]');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), new RegExp(`${words.when}[\\s\\S]*${words.repeats}`));
    // A directory entry's details and a checked quiz answer.
    await page.keyboard.press('Escape');
    await page.locator('sebaya-directory button[aria-expanded="false"]').first().click();
    await page.locator('sebaya-directory button[aria-expanded="true"]').first().waitFor();
    const quiz = page.locator('sebaya-quiz');
    await quiz.locator('input[type="radio"], input[type="checkbox"]').first().check();
    await quiz.locator('button[type="submit"]').click();
    await quiz.locator('.feedback').waitFor();
    assert.deepEqual(await keysShown(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('quick exit leaves with location.replace: Back does not return', async () => {
  const { context, page } = await openDemo();
  await page.evaluate(() => sessionStorage.setItem('sebaya:test', 'private'));
  await page
    .locator('sebaya-crisis-help[layout="sticky"]')
    .getByRole('link', { name: /Keluar cepat/ })
    .click();
  await page.waitForURL('https://www.bmkg.go.id/**');
  // The tab opened on about:blank, then the demo; the exit replaced the demo, so Back skips it.
  await page.goBack().catch(() => null);
  assert.equal(page.url(), 'about:blank');
  assert.equal(await page.evaluate(() => history.length), 2);
  await context.close();
});

test('Shift pressed three times is a quick exit too, and clears Sebaya session state', async () => {
  const { context, page } = await openDemo();
  await page.evaluate(() => {
    sessionStorage.setItem('sebaya:draft', 'private');
    sessionStorage.setItem('host-app', 'kept');
  });
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL('https://www.bmkg.go.id/**');
  // Same tab, back on the site's origin: its session storage is the one the exit left behind.
  await page.goto(base);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('sebaya:draft')), null);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('host-app')), 'kept');
  await context.close();
});

test('the quick exit is a real link that works without script', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('https://www.bmkg.go.id/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title>' }),
  );
  const page = await context.newPage();
  await page.goto(base);
  // Without script the element cannot upgrade, so its light-DOM fallback links show and work.
  assert.equal(await page.locator('sebaya-crisis-help[layout="sticky"] > a[href="tel:119,8"]').isVisible(), true);
  const link = page.locator('sebaya-crisis-help[layout="sticky"] > a[href^="https://www.bmkg.go.id"]');
  assert.equal(await link.isVisible(), true);
  await link.click();
  await page.waitForURL('https://www.bmkg.go.id/**');
  await context.close();
});

test('with script, the fallback link is replaced by the element', async () => {
  const { context, page } = await openDemo();
  assert.equal(await page.locator('sebaya-crisis-help[layout="sticky"] > a').first().isVisible(), false);
  await context.close();
});

test('the classic script build works for hosts without type="module"', async () => {
  const { context, page, problems } = await openDemo('classic.html');
  assert.equal(await page.$eval('sebaya-crisis-help', (el) => el.getAttribute('state')), 'ready');
  assert.match(await page.$eval('sebaya-crisis-help', (el) => el.shadowRoot?.textContent ?? ''), /SEJIWA/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('forced colours keep the controls visible', async () => {
  const { context, page } = await openDemo();
  await page.emulateMedia({ forcedColors: 'active' });
  const border = await page.$eval(
    'sebaya-crisis-help',
    (el) => getComputedStyle(el.shadowRoot.querySelector('a[part="exit"]')).borderTopStyle,
  );
  assert.equal(border, 'solid');
  await context.close();
});

test('on a hostile host page every element stays legible, and the script may load twice', async () => {
  const { context, page, problems } = await openDemo('hostile/');
  const report = await page.$$eval('*', (els) =>
    els
      .filter((e) => e.localName.startsWith('sebaya-'))
      .map((e) => {
        const root = e.shadowRoot;
        const text = [...root.querySelectorAll('p, span, h2, h3, a, button, li, label, legend')].filter(
          (n) => n.textContent.trim() && n.getClientRects().length,
        );
        const sizes = text.map((n) => parseFloat(getComputedStyle(n).fontSize));
        const colors = text.map((n) => getComputedStyle(n).color);
        const hidden = text.filter(
          (n) => getComputedStyle(n).visibility === 'hidden' || n.getBoundingClientRect().height === 0,
        );
        return {
          tag: e.localName,
          state: e.getAttribute('state'),
          minSize: Math.min(...sizes),
          transparent: colors.filter((c) => c === 'rgba(0, 0, 0, 0)').length,
          hidden: hidden.length,
        };
      }),
  );
  assert.equal(report.length, 6);
  for (const r of report) {
    assert.ok(['ready', 'empty'].includes(r.state), `${r.tag}: ${r.state}`);
    assert.ok(r.minSize >= 12, `${r.tag}: text ${r.minSize}px`);
    assert.equal(r.transparent, 0, `${r.tag}: transparent text`);
    assert.equal(r.hidden, 0, `${r.tag}: hidden text`);
  }
  // No Sebaya style leaks out: the host's own paragraph keeps the host's rules.
  assert.equal(await page.$eval('#host-text', (p) => getComputedStyle(p).visibility), 'hidden');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a recorded run through every element: only the site is contacted, no cookie, no request left in plain text', async () => {
  const { context, page, problems, hosts } = await openDemo('?lang=en');
  const marker = `private-marker-${Date.now()}`;
  // Support form: fill, wait past the minimum fill time, send (the demo config seals to its DEMO key).
  const form = page.locator('sebaya-support-form');
  await form.getByLabel('Topic').selectOption({ index: 1 });
  await form.getByLabel('What would you like to tell the team?').fill(`I cannot sleep. ${marker}`);
  await form.getByLabel('It can wait a few days').check();
  await form.getByRole('checkbox').last().check();
  await page.waitForTimeout(3_200);
  await form.getByRole('button', { name: 'Send request' }).click();
  await form.getByText('Sent. The team has your request.').waitFor({ timeout: 15_000 });
  // Quiz: answer the first question (shuffled: myth-or-fact radios, or a choice item's radios or checkboxes).
  const quiz = page.locator('sebaya-quiz');
  await quiz.locator('input[type="radio"], input[type="checkbox"]').first().check();
  await quiz.getByRole('button', { name: 'Check my answer' }).click();
  await quiz
    .getByRole('button', { name: /Next|See/ })
    .first()
    .waitFor();
  // Directory: search.
  await page.locator('sebaya-directory').getByRole('searchbox', { name: 'Search' }).fill('puskesmas');
  // Calendar: the list view.
  await page.locator('sebaya-calendar').getByRole('button', { name: 'List' }).click();
  await page.waitForTimeout(500);

  assert.deepEqual([...hosts], [new URL(base).host], 'requests only to the site itself');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  // Nothing the visitor wrote is left anywhere in storage once it was delivered.
  const stored = await page.evaluate(async () => {
    const dump = [JSON.stringify({ ...sessionStorage }), JSON.stringify({ ...localStorage })];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve([]);
        });
        dump.push(JSON.stringify(all));
      }
      db.close();
    }
    return dump.join('\n');
  });
  assert.ok(!stored.includes(marker), 'the message text is not stored anywhere after delivery');
  await context.close();
});

test('frame pages show one element each and grow to their content on the host page', async () => {
  const { context, page, problems } = await openDemo('frame-host.html');
  const frames = page.locator('iframe[data-sebaya-frame]');
  assert.equal(await frames.count(), 2);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('iframe[data-sebaya-frame]')].every((f) =>
        f.contentDocument?.querySelector('[state="ready"]'),
      ),
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(500);
  for (let i = 0; i < 2; i += 1) {
    const sizes = await frames.nth(i).evaluate((f) => ({
      height: f.getBoundingClientRect().height,
      content: Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height),
      scroll: f.contentDocument.documentElement.scrollHeight,
      client: f.contentDocument.documentElement.clientHeight,
    }));
    assert.ok(Math.abs(sizes.height - sizes.content) <= 2, `frame ${i} sized to content: ${JSON.stringify(sizes)}`);
    assert.ok(sizes.scroll <= sizes.client + 1, `frame ${i} has no scrollbar: ${JSON.stringify(sizes)}`);
  }
  assert.match(
    await frames.nth(0).evaluate((f) => f.contentDocument.querySelector('sebaya-crisis-help').shadowRoot.textContent),
    /SEJIWA/,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

for (const width of [320, 640]) {
  test(`at ${width} px (a phone; 200 % zoom of a laptop) everything reflows without sideways scrolling`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}?lang=en`);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('sebaya-'))
          .every((e) => ['ready', 'empty'].includes(e.getAttribute('state') ?? '')),
      null,
      { timeout: 15_000 },
    );
    const overflow = await page.evaluate(() => {
      const out = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
        out.push(`page ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
      for (const el of [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sebaya-'))) {
        const box = el.getBoundingClientRect();
        for (const n of el.shadowRoot.querySelectorAll('*')) {
          const r = n.getBoundingClientRect();
          if (r.width && r.right > box.right + 1 && getComputedStyle(n).position !== 'absolute')
            out.push(
              `${el.localName} ${n.localName}.${n.className}: ${Math.round(r.right)} > ${Math.round(box.right)}`,
            );
        }
      }
      return out.slice(0, 10);
    });
    assert.deepEqual(overflow, []);
    await context.close();
  });
}

test('in forced-colours mode every control of every element keeps a visible edge', async () => {
  const { context, page } = await openDemo('?lang=en');
  await page.emulateMedia({ forcedColors: 'active' });
  const invisible = await page.evaluate(() => {
    const out = [];
    for (const el of [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sebaya-'))) {
      for (const n of el.shadowRoot.querySelectorAll(
        'button, select, textarea, input:not([type="hidden"]), a.button',
      )) {
        if (!n.getClientRects().length || n.closest('[hidden], .visually-hidden, [aria-hidden="true"]')) continue;
        const s = getComputedStyle(n);
        // A border on any side, or link-style underlined text (the control's, or its label's), keeps the control findable.
        const underlined = [n, ...n.querySelectorAll('*')].some((x) =>
          getComputedStyle(x).textDecorationLine.includes('underline'),
        );
        const edge =
          ['Top', 'Right', 'Bottom', 'Left'].some(
            (side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0,
          ) || underlined;
        const native = ['checkbox', 'radio'].includes(n.type);
        if (!edge && !native)
          out.push(
            `${el.localName} ${n.localName}${n.className ? `.${n.className}` : ''} "${(n.textContent || n.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
          );
      }
    }
    return out;
  });
  assert.deepEqual(invisible, []);
  await context.close();
});
