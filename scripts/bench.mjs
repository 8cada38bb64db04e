// npm run bench — sizes and timings, each against its budget (see README "Performance").
// 1. Builds dist/sebaya.js and reports its gzip size and each lazy chunk's.
// 2. Builds one bundle per element (crisis panel + that element) and reports what it adds.
// 3. Runs bench/*.bench.ts in headless Chromium (a production build) and reports the timings.
// Exits non-zero when a budget is exceeded; the tests do not time anything (machines are noisy).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { runBenches } from './bench-timings.mjs';
import { leanDynamicImport } from './vite-plugin-lean-dynamic-import.mjs';
import { minifyLitCss } from './vite-plugin-minify-css.mjs';
import { PAGE } from './build-builder.mjs';
import { machine } from './bench-table.mjs';

const root = resolve(import.meta.dirname, '..');
// In the work tree, not node_modules/.cache: two work trees may share one node_modules.
const work = join(root, '.bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const KB = 1024;
/**
 * gzip budgets in kB (issue budgets: core + crisis panel + Lit 13, the whole bundle 42; the rest is
 * the sum of the elements'). Each element's figure counts what it adds to the crisis panel's bundle
 * with every chunk loaded at once. The calendar's is 10.75, not 10: the shared `controls` sheet
 * (0.25 kB, #14) and the widgets' loading/error views and help line (`SebayaWidget`, 0.26 kB, #15)
 * left the core for the crisis panel's sake and are counted in each element's share; since #15 the
 * figure also counts rolldown's runtime-helper chunk, which the bundle imports at once (0.2 kB).
 */
const SIZE_BUDGETS = { core: 13, calendar: 10.75, directory: 12, 'support-form': 7, quiz: 4 };
const TOTAL_BUDGET = 42;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const rows = [];

/**
 * gzip bytes of a bundle file plus every chunk it imports statically, as the browser must fetch them
 * all before it runs (rolldown can split a shared module out of the entry: rolldown issue #10731;
 * its runtime helpers are a chunk of their own too). Dynamic `import()`s are not followed.
 */
function eagerSize(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  let size = gz(Buffer.from(text));
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g))
    size += eagerSize(join(dirname(file), m[1]), seen);
  return size;
}
const add = (name, value, unit, budget) =>
  rows.push({ name, value, unit, budget, ok: budget === undefined || value <= budget });

/** gzip size of the chunk of `outDir` whose source module is `src/<path>` (its file name starts with the module's name). */
function chunkSize(outDir, prefix) {
  const dir = join(outDir, 'chunks');
  const file = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  return file ? gz(readFileSync(join(dir, file))) : 0;
}

async function bundle(name, imports) {
  const entry = join(work, `${name}.ts`);
  writeFileSync(entry, imports.map((p) => `import ${JSON.stringify(join(root, p))};`).join('\n'));
  const outDir = join(work, `out-${name}`);
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    base: './',
    plugins: [minifyLitCss(), leanDynamicImport()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      minify: true,
      rollupOptions: {
        input: { [name]: entry },
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // As in vite.config.ts: the dates module stays in the entry (rolldown issue #10731).
          codeSplitting: {
            groups: [{ name, test: (id) => id === entry || /src[\\/]core[\\/]i18n[\\/]format\.ts$/.test(id) }],
          },
        },
      },
    },
  });
  return { size: eagerSize(join(outDir, `${name}.js`)), outDir };
}

// 1. The real bundle (chunks of earlier builds removed first, so only this build's are listed).
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
await build({ root, logLevel: 'silent' });
add(
  'dist/sebaya.js (all elements, with the chunks it imports at once)',
  eagerSize(join(root, 'dist', 'sebaya.js')) / KB,
  'kB gz',
  TOTAL_BUDGET,
);
const chunkDir = join(root, 'dist', 'chunks');
if (existsSync(chunkDir))
  for (const f of readdirSync(chunkDir).filter((f) => f.endsWith('.js')))
    add(`  lazy chunk ${f}`, gz(readFileSync(join(chunkDir, f))) / KB, 'kB gz');

// 2. What each element adds.
const elements = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() &&
      !['core', 'inbox', 'builder'].includes(d.name) &&
      existsSync(join(root, 'src', d.name, 'define.ts')),
  )
  .map((d) => d.name);
const { size: base, outDir: coreOut } = await bundle('core', ['src/crisis-help/define.ts']);
add('core + crisis panel + Lit', base / KB, 'kB gz', SIZE_BUDGETS.core);
// A panel that reads a config (src, inline or property) also fetches the config-reading chunk
// (sebaya.js carries it in its main file).
add('  + config-reading chunk (a panel with a config)', chunkSize(coreOut, 'source') / KB, 'kB gz');
for (const el of elements.filter((e) => e !== 'crisis-help')) {
  const { size, outDir } = await bundle(el, ['src/crisis-help/define.ts', `src/${el}/define.ts`]);
  if (el === 'directory') {
    // The issue counts the search index inside the directory's budget, even as a lazy chunk.
    const search = chunkSize(outDir, 'search');
    if (!search) throw new Error('bench: no search chunk found for the directory');
    add(`+ directory (in sebaya.js)`, (size - base) / KB, 'kB gz');
    add(`  + its search index (lazy chunk)`, search / KB, 'kB gz');
    add(`+ directory with its search index`, (size - base + search) / KB, 'kB gz', SIZE_BUDGETS[el]);
  } else add(`+ ${el}`, (size - base) / KB, 'kB gz', SIZE_BUDGETS[el]);
}

// 2b. The coordinator's entry (vite build --mode inbox): what a coordinator's page loads before the
// first screen. Its lazy chunks (the app, the reply sealing) are listed; sebaya.js holds none of it.
const INBOX_BUDGET = 15;
{
  const outDir = join(work, 'out-inbox');
  await build({ root, logLevel: 'silent', mode: 'inbox', build: { outDir, emptyOutDir: true } });
  add(
    "dist/inbox.js (the coordinator's entry, with what it imports at once)",
    eagerSize(join(outDir, 'inbox.js')) / KB,
    'kB gz',
    INBOX_BUDGET,
  );
  for (const f of readdirSync(join(outDir, 'chunks')).filter((f) => f.endsWith('.js')))
    add(`  lazy chunk ${f}`, gz(readFileSync(join(outDir, 'chunks', f))) / KB, 'kB gz');
}

// 2c. The config builder's page (issue #17: "the builder page loads ≤ 60 kB gzip, excluding the
// elements it previews"): its own files (index.html, builder.css, offline.js) and builder.js with
// every chunk it imports at once. The field editors and the importer are lazy chunks it preloads
// when the page is idle (listed, not counted: the first screen does not wait for them); sebaya.js,
// which it loads for the preview, is counted above. None of the builder may enter sebaya.js.
const BUILDER_BUDGET = 60;
{
  const outDir = join(work, 'out-builder');
  await build({ root, logLevel: 'silent', mode: 'builder', build: { outDir, emptyOutDir: true } });
  const page = Object.values(PAGE).reduce((sum, text) => sum + gz(Buffer.from(text)), 0);
  add(
    'builder page: dist/builder/ + builder.js and what it imports at once (without the previewed elements)',
    (page + eagerSize(join(outDir, 'builder.js'))) / KB,
    'kB gz',
    BUILDER_BUDGET,
  );
  for (const f of readdirSync(join(outDir, 'chunks')).filter((f) => f.endsWith('.js')))
    add(`  lazy chunk ${f}`, gz(readFileSync(join(outDir, 'chunks', f))) / KB, 'kB gz');
  const leaked = ['sebaya-builder', 'sebaya-builder:draft'].some((s) =>
    readFileSync(join(root, 'dist', 'sebaya.js'), 'utf8').includes(s),
  );
  add('  builder code inside dist/sebaya.js (must be 0)', leaked ? 1 : 0, 'kB gz', 0);
}

// 3. Timings in Chromium (scripts/bench-timings.mjs; `node scripts/bench-timings.mjs builder` runs one
// bench file alone, without the builds above).
// SEBAYA_BENCH=directory runs only bench/directory.bench.ts; SEBAYA_BENCH=none only the sizes.
const only = process.env.SEBAYA_BENCH;
const timed = await runBenches(root, work, only);
for (const r of timed) add(r.name, r.value, r.unit, r.budget);
const chromiumVersion = /** @type {{ chromium?: string }} */ (timed).chromium;

// 3b. The crisis panel's number on screen on a throttled phone (scripts/bench-crisis.mjs).
if (!only || only.startsWith('crisis')) {
  const { crisisOnPhone } = await import('./bench-crisis.mjs');
  for (const r of await crisisOnPhone({ root, work })) add(r.name, r.value, r.unit, r.budget);
}

// Every row and the machine, for scripts/bench-table.mjs (the README's performance table).
writeFileSync(
  join(work, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(chromiumVersion), rows }, null, 1)}\n`,
);

const unitOf = (u) => (u === 'ms' ? 'ms' : u === '×' ? '×' : 'kB');
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padStart(9)}  ${'budget'.padStart(8)}  ok`);
for (const r of rows) {
  const v = Number.isFinite(r.value) ? r.value.toFixed(r.unit === 'ms' ? 1 : r.unit === '×' ? 3 : 2) : '—';
  console.log(
    `${r.name.padEnd(width)}  ${`${v} ${unitOf(r.unit)}`.padStart(9)}  ${r.budget === undefined ? ''.padStart(8) : `${r.budget} ${unitOf(r.unit)}`.padStart(8)}  ${r.budget === undefined ? '' : r.ok ? 'yes' : 'NO'}`,
  );
}
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\n${over.length} budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nAll budgets met.');
