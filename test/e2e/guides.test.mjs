// End-to-end: every guide in docs/guides/ (issue #18) is followed as written. Its snippets are
// taken from the Markdown (fenced blocks) and put on a page the way that host would: a static
// page, a Blogger gadget on another site, a Google Sites frame, an article whose editor stripped
// scripts with the theme's script loaded once. The team's host `https://desa-anda.example` is
// served from dist/ by the test (routed in Chromium; nothing leaves the machine), and every
// element must show its content at 360 px with no error and no request elsewhere.
// SEBAYA_GUIDE_SHOTS=1 also writes the guides' screenshots (docs/guides/img/).
// Run after `npm run build`: node --test test/e2e/guides.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from '../../scripts/browser-path.mjs';

const TEAM = 'https://desa-anda.example';
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
const shots = process.env.SEBAYA_GUIDE_SHOTS === '1';

/** The fenced blocks of a guide, in order: `{ lang, code }`. */
function blocks(guide) {
  const text = readFileSync(join('docs/guides', guide), 'utf8');
  return [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
}

/** Pages by URL: the team's pages and the pages standing for Blogger and Google Sites. */
function serve(context, pages, elsewhere) {
  return context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const html = pages.get(url.href);
    if (html)
      return route.fulfill({ status: 200, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
    if (url.origin !== TEAM) {
      elsewhere.push(url.href);
      return route.abort();
    }
    // The team's host: /sebaya/* is the release's folder (dist/), /sebaya.json the minimal example.
    const file =
      url.pathname === '/sebaya.json'
        ? 'docs/examples/sebaya.minimal.json'
        : url.pathname.startsWith('/sebaya/')
          ? join('dist', url.pathname.slice('/sebaya/'.length))
          : '';
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  });
}

const page = (head, body) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Guide</title>${head}</head><body><main>${body}</main></body></html>`;

let browser;
test.before(async () => {
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});
test.after(async () => {
  await browser?.close();
});

/**
 * Opens `url` (one of `pages`) at 360 px; in the frame `inFrame` picks (the page by default) each
 * tag of `want` must reach `ready` and its shadow text match; no error, no request elsewhere, no
 * sideways scrolling.
 */
async function follow(name, url, pages, want, inFrame = (p) => p.mainFrame()) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const elsewhere = [];
  const problems = [];
  await serve(context, pages, elsewhere);
  const p = await context.newPage();
  p.on('pageerror', (e) => problems.push(e.message));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  try {
    await p.goto(url);
    const frame = await inFrame(p);
    const tags = Object.keys(want);
    await frame.waitForFunction(
      (list) => list.every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'),
      tags,
      { timeout: 20_000 },
    );
    for (const tag of tags) {
      const text = await frame.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag);
      assert.match(text, want[tag], `${name}: ${tag}`);
    }
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${name}: no sideways scrolling at 360 px (${width})`);
    assert.deepEqual(problems, [], `${name}: no error`);
    assert.deepEqual(elsewhere, [], `${name}: no request to another host`);
    if (shots) await p.screenshot({ path: `docs/guides/img/${name}.png`, fullPage: true });
  } finally {
    await context.close();
  }
}

const crisis = /119/;
const calendar = /Contoh kegiatan/;
const quiz = /mitos|fakta/i;

test('static site: the snippet on a page of the team’s own site', async () => {
  const [snippet, ...more] = blocks('static-site.md');
  assert.equal(snippet?.lang, 'html');
  assert.equal(more.length, 0);
  const url = `${TEAM}/kegiatan.html`;
  await follow('static-site', url, new Map([[url, page('', snippet.code)]]), {
    'sebaya-crisis-help': crisis,
    'sebaya-calendar': calendar,
    'sebaya-quiz': quiz,
  });
});

test('Blogger: the gadget’s code is well-formed XML and works on a blog on another site', async () => {
  const [snippet] = blocks('blogger.md');
  assert.equal(snippet?.lang, 'html');
  // XML-safe, as Blogger's theme is XML: parses, and holds no raw & or < in the JSON.
  const probe = await browser.newPage();
  const xmlError = await probe.evaluate(
    (code) =>
      new DOMParser().parseFromString(`<gadget>${code}</gadget>`, 'application/xml').querySelector('parsererror')
        ?.textContent ?? '',
    snippet.code,
  );
  await probe.close();
  assert.equal(xmlError, '', 'the gadget code is well-formed XML');
  assert.doesNotMatch(snippet.code.replace(/<\/?[a-z][^>]*>/g, ''), /[&<]/);
  const url = 'https://contoh-desa.blogspot.example/';
  await follow('blogger', url, new Map([[url, page('', `<aside class="gadget">${snippet.code}</aside>`)]]), {
    'sebaya-crisis-help': crisis,
    'sebaya-quiz': quiz,
  });
});

test('Google Sites: the frame address, embedded by a page on another site', async () => {
  const [address] = blocks('google-sites.md');
  assert.equal(address?.lang, 'text');
  const frameUrl = address.code.trim();
  assert.ok(frameUrl.startsWith(`${TEAM}/sebaya/frame/calendar.html?config=`), frameUrl);
  const url = 'https://sites.google.example/view/desa';
  const html = page(
    '',
    `<iframe title="Kalender" src="${frameUrl.replace(/&/g, '&amp;')}" style="width:100%;height:40rem;border:0"></iframe>`,
  );
  await follow('google-sites', url, new Map([[url, html]]), { 'sebaya-calendar': calendar }, async (p) => {
    await p.waitForFunction(() => document.querySelector('iframe')?.contentWindow, null, { timeout: 10_000 });
    const frame = p.frames().find((f) => f.url().startsWith(`${TEAM}/sebaya/frame/`));
    assert.ok(frame, 'the frame page loaded');
    return frame;
  });
});

test('a post by a non-admin: placeholders in the article, the script loaded once by the theme', async () => {
  const [theme, article] = blocks('post-non-admin.md');
  assert.equal(theme?.lang, 'html');
  assert.equal(article?.lang, 'html');
  // What the article editor keeps: no script, no custom element; only <div data-…>.
  assert.doesNotMatch(article.code, /<script|<sebaya-/);
  assert.match(
    theme.code,
    /^<script type="module" src="https:\/\/desa-anda\.example\/sebaya\/sebaya\.js"><\/script>\s*$/,
  );
  const url = `${TEAM}/artikel/kegiatan-bulan-ini`;
  await follow('post-non-admin', url, new Map([[url, page(theme.code, `<article>${article.code}</article>`)]]), {
    'sebaya-crisis-help': crisis,
    'sebaya-calendar': calendar,
  });
});
