// @ts-check
// Every snippet in integrations/guides/*.md (each marked `<!-- snippet:NAME -->` before its code
// block) is extracted and rendered in Chromium on the kind of page its guide is for: a static
// site, a Blogger gadget, a Google Sites embed, an OpenSID article with placeholders. The team's
// host (https://desa-contoh.id/sebaya/, the release folder) and the host pages are served by
// Playwright's router from the built bundle; any other request fails the test. With
// SEBAYA_GUIDE_SCREENSHOTS=1 it also writes the guides' screenshots (360 px wide).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ROOT, copyBundle, elementsOf, elementsSettled, launchBrowser, siteConfig, watchPage } from './helpers.mjs';

const GUIDES = join(ROOT, 'integrations/guides');
const TEAM = 'https://desa-contoh.id';
const SHOTS = process.env.SEBAYA_GUIDE_SCREENSHOTS === '1';

/** @type {Map<string, { lang: string, code: string, file: string }>} */
const snippets = new Map();
for (const file of readdirSync(GUIDES).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(GUIDES, file), 'utf8');
  for (const m of text.matchAll(/<!-- snippet:([\w-]+) -->\n```(\w+)\n([\s\S]*?)\n```/g)) {
    assert.ok(!snippets.has(m[1]), `snippet ${m[1]} appears twice`);
    snippets.set(m[1], { lang: m[2], code: m[3], file });
  }
}

const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
});

/** @type {string} */ let dir;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sebaya-guides-'));
  copyBundle(join(dir, 'sebaya'));
  writeFileSync(join(dir, 'sebaya/sebaya.json'), JSON.stringify(siteConfig()));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A page at `url` whose HTML is `html`, with the team's host answering from the bundle.
 * @param {string} url
 * @param {string} html
 */
async function open(url, html) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const strays = /** @type {string[]} */ ([]);
  await context.route('**/*', async (route) => {
    const requested = new URL(route.request().url());
    if (requested.href === url) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (requested.origin === TEAM && requested.pathname.startsWith('/sebaya/')) {
      const path = join(dir, decodeURIComponent(requested.pathname));
      if (!path.startsWith(join(dir, 'sebaya'))) return route.abort();
      try {
        return route.fulfill({
          body: readFileSync(path),
          contentType: TYPES[extname(path)] ?? 'application/octet-stream',
          headers: { 'Access-Control-Allow-Origin': '*' },
        });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    }
    strays.push(requested.href);
    return route.abort();
  });
  const page = await context.newPage();
  const seen = watchPage(page);
  await page.goto(url);
  return { context, page, seen, strays };
}

/** @param {import('playwright-core').Page} page @param {string} name */
async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(GUIDES, 'img', `${name}.png`) });
}

const page = (/** @type {string} */ title, /** @type {string} */ body) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

test('the guides hold the four snippets', () => {
  assert.deepEqual([...snippets.keys()].sort(), ['blogger', 'google-sites', 'statis', 'tanpa-admin']);
  for (const [name, s] of snippets) assert.ok(s.code.trim(), name);
});

test('static site: the snippet on a page of the team site', async () => {
  const { code } = /** @type {{ code: string }} */ (snippets.get('statis'));
  const { context, page: p, seen, strays } = await open(`${TEAM}/kegiatan.html`, page('Kegiatan desa', code));
  await elementsSettled(p);
  const elements = await elementsOf(p);
  assert.deepEqual(
    elements.map((e) => e.tag),
    ['sebaya-crisis-help', 'sebaya-calendar', 'sebaya-quiz'],
  );
  for (const e of elements) assert.ok(['ready', 'empty'].includes(e.state ?? ''), `${e.tag}: ${e.state} ${e.text.slice(0, 200)}`);
  assert.deepEqual([seen.dialogs, seen.errors, strays], [[], [], []]);
  await shot(p, 'statis');
  await context.close();
});

test('Blogger: the gadget is well-formed XML, loads the classic script from the team host, reads its inline config', async () => {
  const { code } = /** @type {{ code: string }} */ (snippets.get('blogger'));
  assert.doesNotMatch(code.slice(code.indexOf('application/json')), /&(?!#?\w+;)/, 'no bare & in the gadget');
  const { context, page: p, seen, strays } = await open(
    'https://desa-contoh.blogspot.com/',
    page('Blog Desa Contoh', `<div class="widget HTML">${code}</div>`),
  );
  const xml = await p.evaluate(
    (s) => new DOMParser().parseFromString(`<div>${s}</div>`, 'application/xml').getElementsByTagName('parsererror').length,
    code,
  );
  assert.equal(xml, 0, 'the gadget parses as XML');
  await elementsSettled(p);
  const elements = await elementsOf(p);
  assert.deepEqual(
    elements.map((e) => [e.tag, e.state]),
    [
      ['sebaya-calendar', 'ready'],
      ['sebaya-crisis-help', 'ready'],
    ],
  );
  assert.match(elements[0].text, /Kelompok dukungan sebaya/);
  assert.deepEqual([seen.dialogs, seen.errors, strays], [[], [], []]);
  await shot(p, 'blogger');
  await context.close();
});

test('Google Sites: the frame page URL embedded as Google Sites does (an iframe on another origin)', async () => {
  const { code } = /** @type {{ code: string }} */ (snippets.get('google-sites'));
  const url = code.trim();
  assert.ok(url.startsWith(`${TEAM}/sebaya/frame/`), url);
  const { context, page: p, seen, strays } = await open(
    'https://sites.google.com/view/desa-contoh',
    page('Desa Contoh', `<iframe title="Kalender" src="${url.replace(/&/g, '&amp;')}" style="width:100%;height:600px;border:0"></iframe>`),
  );
  const frame = p.frameLocator('iframe');
  await frame.locator('sebaya-calendar[state="ready"], sebaya-calendar[state="empty"]').waitFor({ timeout: 20_000 });
  const view = await frame.locator('sebaya-calendar').getAttribute('view');
  assert.equal(view, 'list');
  assert.deepEqual([seen.dialogs, seen.errors, strays], [[], [], []]);
  await shot(p, 'google-sites');
  await context.close();
});

test('a post by an author who is not an admin: placeholders become elements where the site loads sebaya.js', async () => {
  const { code } = /** @type {{ code: string }} */ (snippets.get('tanpa-admin'));
  // An OpenSID article page: the article body holds the placeholders; the sidebar holds a Sebaya
  // static widget, which loads the script (as integrations/opensid/desa/widgets/*.php print it).
  const { context, page: p, seen, strays } = await open(
    `${TEAM}/artikel/2026/01/08/kegiatan`,
    page(
      'Kegiatan bulan ini',
      `<article>${code}</article><aside><script type="module" src="/sebaya/sebaya.js"></script><sebaya-crisis-help src="/sebaya/sebaya.json"></sebaya-crisis-help></aside>`,
    ),
  );
  await elementsSettled(p);
  assert.equal(await p.locator('article div[data-sebaya]').count(), 0, 'every placeholder was replaced');
  const article = await p.evaluate(() => [...document.querySelectorAll('article > *')].map((e) => [e.localName, e.getAttribute('view')]));
  assert.deepEqual(article, [
    ['sebaya-calendar', 'list'],
    ['sebaya-quiz', null],
  ]);
  for (const e of await elementsOf(p)) assert.ok(['ready', 'empty'].includes(e.state ?? ''), `${e.tag}: ${e.state}`);
  assert.deepEqual([seen.dialogs, seen.errors, strays], [[], [], []]);
  await shot(p, 'tanpa-admin');
  await context.close();
});
