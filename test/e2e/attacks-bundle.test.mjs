// Placeholder attacks against the BUILT dist/sebaya.js on a host WITHOUT any CSP (issue #14, item 1):
// a CMS author who may not post scripts writes <div data-sebaya="crisis-help" data-autofocus
// data-tabindex="0" data-onfocus="…">, which a CMS sanitiser keeps (it keeps data-*). The bundle must
// copy only each element's own attributes: no handler runs, no style, tab stop or focus lands.
// Names come from the hostile fixtures (BLNS, the XSS payload lists and the event handlers they use),
// values are the payloads themselves. `npm run build` first. Loopback only, bounded in count and time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from '../../scripts/browser-path.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const fixture = (name) => readFileSync(join(root, 'test/fixtures', name), 'utf8');
const XSS = ['xss-polyglots.txt', 'xss-rsnake.txt', 'xss-brutelogic.txt']
  .flatMap((f) => fixture(f).split('\n'))
  .map((s) => s.trim())
  .filter((s) => s && s.length < 1000);
const NAUGHTY = JSON.parse(fixture('blns.json'));
/** Every event handler the payload lists use, and the ones a focus trap needs. */
const HANDLERS = [
  ...new Set(
    [...XSS.join(' ').matchAll(/\b(on[a-z]{3,})\s*=/gi)]
      .map((m) => m[1].toLowerCase())
      .concat([
        'onfocus',
        'onfocusin',
        'onblur',
        'onclick',
        'onmouseover',
        'onpointerenter',
        'onanimationstart',
        'ontransitionend',
        'onbeforetoggle',
        'onload',
        'onerror',
      ]),
  ),
];
const KINDS = ['crisis-help', 'quiz', 'calendar', 'directory', 'support-form'];

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** A name the HTML parser reads as one attribute name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a name may not hold
const markupName = (s) => /^[^\s"'>/=<\u0000-\u001f]+$/.test(s);

function page() {
  const rows = [];
  let n = 0;
  const attack = () => `window.__pwned=${++n}`;
  const add = (kind, attrs) =>
    rows.push(`<div data-sebaya="${kind}" ${attrs.map(([k, v]) => `data-${k}="${escapeAttr(v)}"`).join(' ')}></div>`);
  // The attack of the issue, on every element.
  for (const kind of KINDS)
    add(kind, [
      ['autofocus', ''],
      ['tabindex', '0'],
      ['onfocus', attack()],
      ['style', 'position:fixed;inset:0;z-index:9'],
      ['id', 'clobber'],
      ['class', 'x'],
      ['slot', 's'],
    ]);
  // Each handler name (and its upper-case spelling), with a focus trap.
  HANDLERS.forEach((h, i) =>
    add(KINDS[i % KINDS.length], [
      [h, attack()],
      [h.toUpperCase(), attack()],
      ['autofocus', ''],
      ['tabindex', String(i)],
    ]),
  );
  // Naughty strings as attribute names and as values of allowed and forbidden attributes.
  NAUGHTY.forEach((s) =>
    add('crisis-help', [
      ...(markupName(s) ? [[s, attack()]] : []),
      ['lang', s],
      ['theme', s],
      ['layout', s],
      ['onmouseover', s],
    ]),
  );
  // XSS payloads as values.
  XSS.forEach((s, i) =>
    add(KINDS[i % KINDS.length], [
      ['onfocus', s],
      ['onerror', s],
      ['style', s],
      ['lang', s],
      ['autofocus', ''],
      ['tabindex', '0'],
    ]),
  );
  return {
    count: rows.length,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Placeholders, no CSP</title>
<script>window.__pwned=0;for(const k of ['alert','confirm','prompt','print'])window[k]=()=>{window.__pwned=k};</script>
<script type="module" src="/dist/sebaya.js"></script></head><body>
${rows.join('\n')}
</body></html>`,
  };
}

/** A page with an element and no placeholder (until the test adds one, after load). */
const PLAIN = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>No placeholder</title>
<script type="module" src="/dist/sebaya.js"></script></head><body><sebaya-crisis-help layout="bar"></sebaya-crisis-help></body></html>`;

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.map': 'application/json',
};
let server;
let browser;
let base;
let built;

before(async () => {
  assert.ok(existsSync(join(dist, 'sebaya.js')), 'dist/sebaya.js is missing: run `npm run build` first');
  built = page();
  // A host without any Content-Security-Policy: the page, and dist/ under /dist/.
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(built.html);
    }
    if (path === '/plain') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(PLAIN);
    }
    const file = resolve(root, `.${path}`);
    if (!path.startsWith('/dist/') || !file.startsWith(`${dist}/`) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test(
  'hostile data-* names and values on placeholders run nothing in the built bundle (no CSP)',
  { timeout: 90_000 },
  async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const pg = await context.newPage();
    const problems = [];
    pg.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    pg.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const response = await pg.goto(base);
    assert.equal(response.headers()['content-security-policy'], undefined, 'the page has no CSP');
    await pg.waitForFunction(
      (count) =>
        !document.querySelector('[data-sebaya]') &&
        document.querySelectorAll('body > *').length === count &&
        [...document.body.children].every(
          (e) => e.localName.startsWith('sebaya-') && e.hasAttribute('state') && e.getAttribute('state') !== 'loading',
        ),
      built.count,
      { timeout: 45_000 },
    );
    // Whatever a handler would wait for happens now: focus, clicks, pointer, animation and load events.
    await pg.keyboard.press('Tab');
    await pg.keyboard.press('Tab');
    await pg.mouse.move(180, 200);
    await pg.mouse.click(180, 300);
    const report = await pg.evaluate(async () => {
      const els = [...document.body.children];
      for (const el of els) {
        el.focus();
        for (const type of [
          'click',
          'mouseover',
          'focus',
          'focusin',
          'pointerenter',
          'animationstart',
          'transitionend',
          'error',
          'load',
          'beforetoggle',
        ])
          el.dispatchEvent(new Event(type));
      }
      await new Promise((r) => setTimeout(r, 200));
      const landed = [];
      for (const el of els) {
        const own = customElements.get(el.localName).observedAttributes;
        for (const name of el.getAttributeNames())
          if (!own.includes(name) || /^(on|style$|tabindex$|autofocus$|id$|class$|slot$)/i.test(name))
            landed.push(`${el.localName} ${name}`);
      }
      return {
        pwned: window.__pwned,
        landed,
        focusedElement: document.activeElement?.localName ?? '',
        count: els.length,
      };
    });
    assert.deepEqual(problems, []);
    assert.equal(report.pwned, 0, 'a handler ran');
    assert.deepEqual(report.landed, [], 'an attribute the element does not declare landed');
    assert.ok(!report.focusedElement.startsWith('sebaya-'), `a placeholder took the focus (${report.focusedElement})`);
    assert.ok(report.count >= 700, `placeholders upgraded: ${report.count}`);
    await context.close();
  },
);

test(
  'the placeholder code loads only when a page has a placeholder, also one added later',
  { timeout: 60_000 },
  async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const pg = await context.newPage();
    const chunks = [];
    pg.on('request', (r) => chunks.push(new URL(r.url()).pathname));
    await pg.goto(`${base}plain`);
    await pg.waitForFunction(
      () => document.querySelector('sebaya-crisis-help')?.getAttribute('state') === 'ready',
      null,
      { timeout: 20_000 },
    );
    await pg.waitForTimeout(300);
    assert.ok(
      !chunks.some((c) => /\/chunks\/placeholders-/.test(c)),
      `no placeholder code without a placeholder: ${chunks.join(' ')}`,
    );
    // A CMS widget that adds a placeholder after load still gets its element.
    await pg.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('data-sebaya', 'quiz');
      div.setAttribute('data-lang', 'en');
      div.setAttribute('data-onfocus', 'window.__pwned=1');
      document.body.append(div);
    });
    await pg.waitForFunction(() => document.querySelector('sebaya-quiz')?.getAttribute('lang') === 'en', null, {
      timeout: 20_000,
    });
    assert.ok(
      chunks.some((c) => /\/chunks\/placeholders-/.test(c)),
      'the placeholder code was loaded for it',
    );
    assert.equal(await pg.evaluate(() => document.querySelector('sebaya-quiz').hasAttribute('onfocus')), false);
    await context.close();
  },
);
