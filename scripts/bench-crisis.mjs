// The crisis panel's number on screen on a throttled phone (issue #19), for `npm run bench`.
// A page holding only `<sebaya-crisis-help>` is served on 127.0.0.1 (gzip, as any host serves
// JavaScript) and opened in headless Chromium at 360 px with Chromium's own throttling over CDP:
// 400 kbps down and up, 300 ms round trip (Network.emulateNetworkConditions) and the CPU slowed
// ×4 (Emulation.setCPUThrottlingRate). The clock is the page's: from the navigation's start to the
// first frame in which the panel's phone link (tel:119) has a box. Cold cache every run (a new
// browser context); five runs, median and p95. Three pages: the whole bundle (dist/sebaya.js, as the
// README's embed snippet loads it), the crisis panel's own bundle (core + crisis panel + Lit), and
// the whole bundle with the number also written inside the element (shown before it upgrades).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from './browser-path.mjs';

const RUNS = 5;
/** 400 kbps in bytes per second. */
const THROUGHPUT = (400 * 1000) / 8;
const LATENCY = 300;
const CPU = 4;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

/** Serves `html` at /bench-crisis.html and `dir`'s files on 127.0.0.1 (gzip when asked); resolves to the server. */
async function serveDir(dir, html) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = path === '/bench-crisis.html' ? 'page.html' : join(dir, path);
    if (file !== 'page.html' && (!file.startsWith(dir) || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    const body = file === 'page.html' ? Buffer.from(html) : readFileSync(file);
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    const zip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res
      .writeHead(200, { 'Content-Type': type, ...(zip ? { 'Content-Encoding': 'gzip' } : {}) })
      .end(zip ? gzipSync(body, { level: 9 }) : body);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return server;
}

/** ms from navigation start to the phone number's first frame, per cold run. */
async function measure(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    // Looks for the number every frame, from the first script on (the page's own clock).
    await page.addInitScript(() => {
      const look = () => {
        const host = document.querySelector('sebaya-crisis-help');
        // The panel's own link, or the page's fallback inside the element before it upgrades.
        const link = host?.shadowRoot?.querySelector('a[href^="tel:"]') ?? host?.querySelector('a[href^="tel:"]');
        const box = link?.getBoundingClientRect();
        if (box && box.width > 0 && box.height > 0) window.__numberAt = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY,
      downloadThroughput: THROUGHPUT,
      uploadThroughput: THROUGHPUT,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page
      .waitForFunction(() => window.__numberAt, null, { timeout: 30_000 })
      .then((h) => h.jsonValue());
    times.push(at);
    await context.close();
  }
  return times;
}

const pageFor = (script, fallback = '') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bantuan</title><script type="module" src="./${script}"></script></head><body><h1>Butuh bantuan sekarang?</h1><sebaya-crisis-help>${fallback}</sebaya-crisis-help></body></html>`;

/** The number written in the page inside the element: shown until the panel upgrades (and without JavaScript). */
const FALLBACK = '<p>Layanan darurat: <a href="tel:119">119</a></p>';

/**
 * @param {{ root: string, work: string }} where the project and the bench's work folder (whose
 *   `out-core/` holds the crisis panel's own bundle, built by bench.mjs)
 */
export async function crisisOnPhone({ root, work }) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('bench: no Chromium for the crisis panel figure');
  const pages = [
    { dir: join(root, 'dist'), script: 'sebaya.js', name: 'dist/sebaya.js' },
    { dir: join(work, 'out-core'), script: 'core.js', name: "the crisis panel's own bundle" },
    {
      dir: join(root, 'dist'),
      script: 'sebaya.js',
      name: 'dist/sebaya.js, the number also in the page',
      fallback: FALLBACK,
    },
  ];
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  const rows = [];
  try {
    for (const p of pages) {
      const server = await serveDir(p.dir, pageFor(p.script, p.fallback));
      try {
        const times = await measure(browser, `http://127.0.0.1:${server.address().port}/bench-crisis.html`);
        rows.push(
          {
            name: `crisis number on screen, 400 kbps / 300 ms RTT / CPU ×4, ${p.name}: median of ${RUNS}`,
            value: median(times),
            unit: 'ms',
            budget: 1000,
          },
          {
            name: `crisis number on screen, throttled phone, ${p.name}: p95 of ${RUNS}`,
            value: p95(times),
            unit: 'ms',
          },
        );
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
