// Every naughty string and XSS payload from test/fixtures (BLNS, PayloadsAllTheThings) in every
// text field of every section of the demo config, of an ICS feed and of a CSV, on the built
// dist/sebaya.js under the demo's strict CSP. A canary proves no script ran; no `javascript:` or
// `data:` link survives; no uncaught error; and the payloads show as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startDemo, elementsSettled } from './demo-server.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const PAYLOADS = [
  ...JSON.parse(fixture('blns.json')),
  ...['xss-polyglots.txt', 'xss-rsnake.txt', 'xss-brutelogic.txt'].flatMap((f) => fixture(f).split('\n')),
]
  .map((s) => s.trim())
  .filter((s) => s && s.length < 2000);

const TEXT_KEYS = new Set([
  'name',
  'title',
  'label',
  'description',
  'explanation',
  'statement',
  'prompt',
  'text',
  'hours',
  'location',
  'address',
  'consentText',
  'cost',
]);

/** The demo config with a payload in every text field (all languages), cycling through the list. */
function hostileConfig(start) {
  const config = JSON.parse(readFileSync('demo/sebaya.json', 'utf8'));
  let i = start;
  const next = () => PAYLOADS[i++ % PAYLOADS.length];
  const walk = (node, key) => {
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (node && typeof node === 'object') {
      // A localised text ({ "id": …, "en": … }): every language gets a payload.
      if (TEXT_KEYS.has(key) && Object.values(node).every((v) => typeof v === 'string'))
        return Object.fromEntries(Object.keys(node).map((k) => [k, next()]));
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof node === 'string' && TEXT_KEYS.has(key)) return next();
    return node;
  };
  const out = walk(config, '');
  for (const s of out.calendar.sources) if (s.type === 'ics') s.url = '/hostile/feed.ics';
  for (const s of out.directory.sources) if (s.type === 'csv') s.url = '/hostile/feed.csv';
  out.quiz.shuffle = false;
  return out;
}

const icsText = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
function hostileIcs() {
  const events = PAYLOADS.slice(0, 150).map((p, n) => {
    const day = String(1 + (n % 28)).padStart(2, '0');
    return [
      'BEGIN:VEVENT',
      `UID:h${n}@test`,
      'DTSTAMP:20261101T000000Z',
      `DTSTART:202612${day}T020000Z`,
      `DTEND:202612${day}T030000Z`,
      `SUMMARY:${icsText(p)}`,
      `DESCRIPTION:${icsText(p)}`,
      `LOCATION:${icsText(p)}`,
      `URL:${icsText(p)}`,
      'END:VEVENT',
    ].join('\r\n');
  });
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hostile//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

const csvCell = (s) => `"${s.replace(/"/g, '""')}"`;
function hostileCsv() {
  const rows = PAYLOADS.slice(0, 300).map((p, n) =>
    [`h${n}`, csvCell(p), 'puskesmas', csvCell(p), csvCell(p), csvCell(p)].join(','),
  );
  return ['id,name,categories,description,address,website', ...rows, ''].join('\r\n');
}

let base;
let browser;
let demo;

before(async () => {
  demo = await startDemo('demo/data/e2e-hostile.jsonl');
  ({ base, browser } = demo);
});

after(async () => {
  await demo?.stop();
});

for (const start of [0, 97, 311, 523]) {
  test(`payloads from #${start} in every text field, ICS and CSV: shown as text, never run`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.addInitScript(() => {
      window.__csp = [];
      window.__canary = 0;
      for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = () => (window.__canary += 1);
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    const config = hostileConfig(start);
    await context.route('**/sebaya.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
    );
    await context.route('**/hostile/feed.ics', (r) => r.fulfill({ contentType: 'text/calendar', body: hostileIcs() }));
    await context.route('**/hostile/feed.csv', (r) => r.fulfill({ contentType: 'text/csv', body: hostileCsv() }));
    await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost))/, (r) => r.abort());
    await page.goto(`${base}?lang=en`);
    await elementsSettled(page, 20_000);
    // Open things that render more text: the calendar's list, the directory's first place.
    await page
      .locator('sebaya-calendar')
      .getByRole('button', { name: 'List' })
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const report = await page.evaluate(() => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sebaya-'));
      const out = { states: [], badLinks: [], injected: 0, text: '' };
      for (const el of els) {
        out.states.push(`${el.localName}:${el.getAttribute('state')}`);
        const root = el.shadowRoot;
        for (const a of root.querySelectorAll('a[href]'))
          if (!/^(https?:|tel:|mailto:|whatsapp:|sms:)/i.test(a.getAttribute('href')))
            out.badLinks.push(a.getAttribute('href'));
        out.injected += root.querySelectorAll(
          'script, iframe, object, embed, img, svg image, math, base, meta, link, form[action^="javascript"]',
        ).length;
        for (const n of root.querySelectorAll('*'))
          for (const attr of n.getAttributeNames()) if (/^on/i.test(attr)) out.injected += 1;
        out.text += ` ${root.textContent}`;
      }
      return { ...out, canary: window.__canary, csp: window.__csp };
    });
    assert.deepEqual(problems, []);
    assert.equal(report.canary, 0, 'no payload ran');
    assert.deepEqual(report.csp, []);
    assert.deepEqual(report.badLinks, []);
    assert.equal(report.injected, 0, 'no element or handler came from the data');
    for (const s of report.states) assert.match(s, /:(ready|empty)$/, s);
    // Payloads show as text: markup typed in the data is visible as characters, not parsed.
    const shown = PAYLOADS.filter((p) => /<[a-z!/]/i.test(p) && report.text.includes(p));
    assert.ok(shown.length >= 3, `markup payloads on screen as text: ${shown.length}`);
    await context.close();
  });
}
