// The timings of `npm run bench`: bench/*.bench.ts built (production) and run in headless Chromium.
// `node scripts/bench-timings.mjs builder` runs only bench/builder.bench.ts (no size builds) and prints
// its rows; SEBAYA_BENCH_TRACE=trace.json also writes a Chromium performance trace of the run (open it
// in the DevTools Performance panel).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS, HOW_TO_GET_ONE } from './browser-path.mjs';

/**
 * Runs the bench files of `root/bench` whose name starts with `only` (all when unset) and returns
 * their rows ({ name, value, unit, budget, file }). Builds into `work/out-bench`.
 */
export async function runBenches(root, work, only) {
  const benches = existsSync(join(root, 'bench'))
    ? readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
    : [];
  if (!benches.length) return [];
  const executablePath = findBrowser();
  if (!executablePath) {
    console.error(HOW_TO_GET_ONE);
    process.exit(1);
  }
  mkdirSync(work, { recursive: true });
  const entry = join(work, 'bench-entry.ts');
  writeFileSync(
    entry,
    `${benches.map((f, i) => `import * as b${i} from ${JSON.stringify(join(root, 'bench', f))};`).join('\n')}
const all = [${benches.map((f, i) => `[${JSON.stringify(f)}, b${i}]`).join(', ')}];
(async () => {
  const results = [];
  for (const [file, mod] of all) {
    try { results.push(...(await mod.run()).map((r) => ({ ...r, file }))); }
    catch (e) { results.push({ file, name: file + ' failed: ' + (e && e.message), value: Infinity, unit: 'ms', budget: 0 }); }
  }
  window.__bench = results;
})();
`,
  );
  const outDir = join(work, 'out-bench');
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: { bench: entry },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="id"><meta charset="utf-8"><title>bench</title><body><script type="module" src="./bench.js"></script></body></html>',
  );
  /** Files a bench stores with PUT /bench-data/<name> (a feed it generates) and fetches back. */
  const stored = new Map();
  const server = createServer((req, res) => {
    const data = /^\/bench-data\/([\w.-]+)$/.exec(new URL(req.url, 'http://x').pathname);
    if (data && req.method === 'PUT') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        stored.set(data[1], { type: req.headers['content-type'] ?? 'text/plain', body: Buffer.concat(chunks) });
        res.writeHead(204).end();
      });
      return;
    }
    if (data) {
      const hit = stored.get(data[1]);
      if (hit) res.writeHead(200, { 'Content-Type': hit.type }).end(hit.body);
      else res.writeHead(404).end();
      return;
    }
    const file = join(outDir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(outDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' })
      .end(readFileSync(file));
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  // --expose-gc lets a bench settle the heap between phases (see bench/directory.bench.ts).
  const browser = await chromium.launch({ executablePath, args: [...BROWSER_ARGS, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error(`[bench page] ${e.message}`));
    const trace = process.env.SEBAYA_BENCH_TRACE;
    // With the sampling profiler: the trace shows which functions the time went to.
    const categories = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
    if (trace) await browser.startTracing(page, { path: resolve(trace), screenshots: false, categories });
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const results = await page
      .waitForFunction(() => window.__bench, null, { timeout: 300_000 })
      .then((h) => h.jsonValue());
    if (trace) await browser.stopTracing();
    // The browser's version goes with the rows (the README's table names the machine).
    return Object.assign(results, { chromium: browser.version() });
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '..');
  const rows = await runBenches(root, join(root, '.bench'), process.argv[2]);
  for (const r of rows)
    console.log(
      `${r.name}: ${Number.isFinite(r.value) ? r.value.toFixed(1) : '—'} ${r.unit}${r.budget === undefined ? '' : ` (budget ${r.budget}: ${r.value <= r.budget ? 'ok' : 'NO'})`}`,
    );
  if (rows.some((r) => r.budget !== undefined && !(r.value <= r.budget))) process.exitCode = 1;
}
