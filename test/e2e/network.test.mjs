// End-to-end on a slow connection: the built dist/sebaya.js on the demo village site (strict CSP)
// in headless Chromium throttled to 400 ms latency and 50 kB/s each way (DevTools network
// emulation). Every element must show its loading state as soon as the script runs — before any
// config arrives; for the crisis panel, the built-in lines to call — and its content as soon as its
// own data arrive, without waiting for the others.
// Run after `npm run build`: `node --test test/e2e/network.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from './demo-server.mjs';

const SLOW = { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 };
/** How much later one feed answers in the "one element's data are slow" runs. */
const FEED_DELAY_MS = 10_000;
const ICS = '/feeds/hari-libur-indonesia.ics';
const CSV = '/feeds/directory.csv';

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

/**
 * Runs in the page before any of its scripts: records (performance.now()) when each element's
 * tag is defined, when it first shows its loading state (visible text in a role=status in its
 * shadow root, with `state="loading"`), and when it first reaches ready, empty or error.
 */
function recorder() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
  );
  const defined = {};
  const seen = {};
  window.__net = { defined, seen };
  // A stable name per element, given when first seen (attributes may change later).
  const keys = new WeakMap();
  const keyOf = (el, i) => {
    if (!keys.has(el))
      keys.set(
        el,
        `${el.localName}${el.id ? ` id=${el.id}` : el.getAttribute('layout') ? ` layout=${el.getAttribute('layout')}` : ` (${i + 1}.)`}`,
      );
    return keys.get(el);
  };
  const loadingText = (el) => {
    // The crisis panel never shows a loading box: while its config loads it shows the built-in
    // lines, so its "loading face" is a call link to a national line.
    const status = el.shadowRoot?.querySelector(
      el.localName === 'sebaya-crisis-help' ? '[part~="call"]' : '[part="loading"][role="status"]',
    );
    if (!status) return '';
    const text = (status.textContent ?? '').replace(/\s+/g, ' ').trim();
    const box = status.getBoundingClientRect();
    const style = getComputedStyle(status);
    const hostStyle = getComputedStyle(el);
    const shown =
      box.width > 0 &&
      box.height > 0 &&
      style.visibility === 'visible' &&
      style.opacity !== '0' &&
      hostStyle.display !== 'none' &&
      hostStyle.visibility === 'visible';
    return shown ? text : '';
  };
  const scan = () => {
    const now = performance.now();
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sebaya-'));
    els.forEach((el, i) => {
      const key = keyOf(el, i);
      if (!(el.localName in defined)) {
        defined[el.localName] = null;
        customElements.whenDefined(el.localName).then(() => (defined[el.localName] = performance.now()));
      }
      const r = (seen[key] ??= { tag: el.localName, states: [] });
      const state = el.getAttribute('state');
      if (state && r.states.at(-1) !== state) r.states.push(state);
      if (state === 'loading' && r.loading === undefined) {
        const text = loadingText(el);
        if (text) {
          r.loading = now;
          r.loadingText = text;
        }
      }
      if (['ready', 'empty', 'error'].includes(state ?? '') && r.done === undefined) {
        r.done = now;
        r.state = state;
      }
    });
  };
  new MutationObserver(scan).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['state'],
  });
  setInterval(scan, 10);
}

/**
 * Opens the demo on the slow connection (optionally with `delay` = { path, ms }: that URL answers
 * `ms` later) and waits until every element is ready, empty or in error. Returns what was recorded.
 */
async function slowDemo({ delay } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const hosts = new Set();
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  await context.route('https://www.bmkg.go.id/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Cuaca</title>' }),
  );
  if (delay) {
    await context.route(
      (url) => url.pathname === delay.path,
      async (route) => {
        await new Promise((r) => setTimeout(r, delay.ms));
        await route.continue().catch(() => undefined);
      },
    );
  }
  await page.addInitScript(recorder);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await page.goto(base, { waitUntil: 'commit', timeout: 30_000 });
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sebaya-'));
      return els.length > 0 && els.every((e) => ['ready', 'empty', 'error'].includes(e.getAttribute('state') ?? ''));
    },
    null,
    { timeout: 45_000, polling: 50 },
  );
  const recorded = await page.evaluate(() => {
    const end = (part) => {
      const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === part);
      return entry ? { start: entry.startTime, end: entry.responseEnd, bytes: entry.encodedBodySize } : undefined;
    };
    return {
      ...window.__net,
      csp: window.__csp,
      html: performance.getEntriesByType('navigation')[0]?.responseEnd,
      script: end('/dist/sebaya.js'),
      config: end('/sebaya.json'),
      ics: end('/feeds/hari-libur-indonesia.ics'),
      csv: end('/feeds/directory.csv'),
      chunks: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/dist/chunks/'))
        .map((e) => ({
          name: new URL(e.name).pathname.slice('/dist/chunks/'.length),
          start: e.startTime,
          end: e.responseEnd,
          bytes: e.encodedBodySize,
        })),
    };
  });
  await context.close();
  return { recorded, problems, hosts };
}

const ms = (t) => (t === undefined || t === null ? '—' : `${Math.round(t)}`.padStart(6));

/** Prints the timings so a reader of the test output sees them. */
function report(title, { recorded: r }) {
  const lines = [
    `${title} (ms since navigation; page ${ms(r.html)}, sebaya.js ${ms(r.script?.end)}, sebaya.json ${ms(r.config?.end)}, ICS ${ms(r.ics?.end)}, CSV ${ms(r.csv?.end)})`,
    `  ${'element'.padEnd(38)} defined  loading     done  state`,
  ];
  for (const [key, e] of Object.entries(r.seen))
    lines.push(`  ${key.padEnd(38)} ${ms(r.defined[e.tag])}   ${ms(e.loading)}   ${ms(e.done)}  ${e.state ?? '—'}`);
  lines.push(
    `  lazy chunks (requested→arrived): ${r.chunks.map((c) => `${c.name.replace(/-[\w-]{8}\.js$/, '')} ${Math.round(c.start)}→${Math.round(c.end)}`).join(', ')}`,
  );
  console.log(lines.join('\n'));
}

/** The checks every throttled run shares. */
function checkCommon({ recorded: r, problems, hosts }) {
  const elements = Object.entries(r.seen);
  assert.equal(elements.length, 6, `the demo page has six elements: ${elements.map(([k]) => k)}`);
  assert.ok(r.config, 'the config was fetched');
  assert.ok(r.script, 'sebaya.js was fetched');
  for (const [key, e] of elements) {
    // Loading state: visible text in a role=status, soon after the script defined the tag, and
    // before any config arrived (so the page never shows an empty box while the network is slow).
    assert.ok(e.loading !== undefined, `${key}: showed no visible loading state (states: ${e.states})`);
    assert.match(
      e.loadingText,
      e.tag === 'sebaya-crisis-help' ? /119/ : /Memuat/,
      `${key}: loading text (the crisis panel: a national line to call)`,
    );
    assert.equal(e.states[0], 'loading', `${key}: first state`);
    const defined = r.defined[e.tag];
    assert.ok(typeof defined === 'number', `${key}: tag defined`);
    assert.ok(
      e.loading - defined < 500,
      `${key}: loading state ${Math.round(e.loading - defined)} ms after its tag was defined`,
    );
    assert.ok(
      e.loading < r.config.end,
      `${key}: loading state at ${Math.round(e.loading)} ms, not before the config arrived at ${Math.round(r.config.end)} ms`,
    );
    assert.ok(['ready', 'empty'].includes(e.state), `${key}: ended ${e.state} (states: ${e.states})`);
    assert.ok(e.done >= r.config.end, `${key}: ready before its config arrived?`);
  }
  // "At once": every element shows its loading state within a moment of the others.
  const loadings = elements.map(([, e]) => e.loading);
  assert.ok(
    Math.max(...loadings) - Math.min(...loadings) < 500,
    `loading states spread over ${Math.round(Math.max(...loadings) - Math.min(...loadings))} ms`,
  );
  assert.deepEqual(r.csp, [], 'no CSP violations');
  assert.deepEqual(problems, [], 'no console errors or failed requests');
  assert.deepEqual([...hosts], [new URL(base).host], 'requests only to the site itself');
}

const byTag = (r, tag) => Object.entries(r.seen).filter(([, e]) => e.tag === tag);

test(
  'at 400 ms latency and 50 kB/s every element shows its loading state at once, then its content',
  { timeout: 60_000 },
  async () => {
    const run = await slowDemo();
    report('throttled, no extra delay', run);
    checkCommon(run);
    // The feeds did arrive, and the elements that read them were ready only once they had.
    const { recorded: r } = run;
    assert.ok(r.ics && r.csv, 'both feeds were fetched');
    for (const [key, e] of byTag(r, 'sebaya-calendar'))
      assert.ok(e.done >= r.ics.end, `${key}: ready before its ICS feed arrived`);
    for (const [key, e] of byTag(r, 'sebaya-directory'))
      assert.ok(e.done >= r.csv.end, `${key}: ready before its CSV feed arrived`);
  },
);

for (const { tag, path, name } of [
  { tag: 'sebaya-calendar', path: ICS, name: 'ICS feed' },
  { tag: 'sebaya-directory', path: CSV, name: 'CSV feed' },
]) {
  test(
    `when the ${name} answers ${FEED_DELAY_MS / 1000} s late, only ${tag} waits for it`,
    { timeout: 60_000 },
    async () => {
      const run = await slowDemo({ delay: { path, ms: FEED_DELAY_MS } });
      report(`throttled, ${name} ${FEED_DELAY_MS} ms late`, run);
      checkCommon(run);
      const { recorded: r } = run;
      const feed = path === ICS ? r.ics : r.csv;
      assert.ok(feed, `the ${name} was fetched`);
      assert.ok(
        feed.end - feed.start >= FEED_DELAY_MS,
        `the ${name} really was late (${Math.round(feed.end - feed.start)} ms)`,
      );
      const [[slowKey, slow]] = byTag(r, tag);
      // The slowed element still became ready, with its data (not a notice that the feed failed).
      assert.ok(['ready', 'empty'].includes(slow.state), `${slowKey}: ${slow.state}`);
      assert.ok(
        slow.done >= feed.end,
        `${slowKey}: ready at ${Math.round(slow.done)} ms, before its ${name} arrived at ${Math.round(feed.end)} ms`,
      );
      // Every other element showed its content long before: none waited for the slow feed.
      for (const [key, e] of Object.entries(r.seen)) {
        if (e.tag === tag) continue;
        assert.ok(
          slow.done - e.done > 4_000,
          `${key}: ready at ${Math.round(e.done)} ms, only ${Math.round(slow.done - e.done)} ms before ${slowKey} (${Math.round(slow.done)} ms)`,
        );
        assert.ok(
          e.done < feed.start + FEED_DELAY_MS,
          `${key}: ready at ${Math.round(e.done)} ms, after the slow ${name} was let through`,
        );
      }
    },
  );
}
