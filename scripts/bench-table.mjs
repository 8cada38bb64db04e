// node scripts/bench-table.mjs — writes the README's table of what a visitor waits for (issue #19)
// from the last `npm run bench` (its .bench/results.json), with the machine it ran on, between the
// README's `<!-- bench:visitor -->` and `<!-- /bench:visitor -->` lines. bench.mjs imports
// `machine()` to name the machine in results.json.
import { cpus, totalmem, type as osType, release } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The machine a bench ran on, in one line. */
export function machine(chromium) {
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `${osType()} ${release()}`,
    `Node ${process.versions.node}`,
    chromium ? `Chromium ${chromium} (headless)` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

const fmt = (r) =>
  r
    ? r.unit === '×'
      ? `${r.value.toFixed(3)}×`
      : `${r.value.toFixed(r.unit === 'ms' ? 0 : 2)} ${r.unit === 'ms' ? 'ms' : 'kB'}`
    : '—';
const budget = (r) =>
  r?.budget === undefined
    ? ''
    : ` (budget ${r.unit === '×' ? `${r.budget}×` : `${r.budget} ms`}${r.ok ? '' : ', **not met**'})`;

/** The markdown table of the visitor figures in `results`. */
export function table({ date, machine: where, rows }) {
  const labels = [];
  const by = new Map();
  for (const r of rows) {
    const m = /^(.*?→.*?|crisis number on screen.*?): (.*)$/.exec(r.name);
    if (!m) continue;
    const label = m[1].replace(/, throttled phone, /, ', 400 kbps / 300 ms RTT / CPU ×4, ');
    if (!by.has(label)) {
      by.set(label, {});
      labels.push(label);
    }
    const f = by.get(label);
    const part = m[2];
    if (/^Sebaya, median/.test(part) || /^median of/.test(part)) f.median = r;
    else if (/^Sebaya, p95/.test(part) || /^p95 of/.test(part)) f.p95 = r;
    else if (/^ratio Sebaya \/ /.test(part)) {
      f.ratios ??= [];
      f.ratios.push({ anchor: part.replace(/^ratio Sebaya \/ /, ''), r });
    } else if (/, (median|p95)$/.test(part)) {
      f.anchors ??= new Map();
      const name = part.replace(/, (median|p95)$/, '');
      const a = f.anchors.get(name) ?? {};
      a[part.endsWith('median') ? 'median' : 'p95'] = r;
      f.anchors.set(name, a);
    }
  }
  const out = [
    `A run of \`npm run bench\` on ${date.slice(0, 10)}: ${where}. Medians of five runs (p95 beside);`,
    'the ratio is what is budgeted where an anchor exists, so a noisy machine does not flip it.',
    '',
    '| what a visitor waits for | Sebaya, median (p95) | anchor, median | ratio |',
    '|---|---|---|---|',
  ];
  for (const label of labels) {
    const f = by.get(label);
    const sebaya = `${fmt(f.median)} (${fmt(f.p95)})${budget(f.median)}`;
    const ratios = f.ratios ?? [{}];
    for (const { anchor, r } of ratios) {
      const a = anchor && f.anchors?.get(anchor.replace(/ \(p95\)$/, ''));
      const anchorText = anchor
        ? `${anchor.replace(/ \(p95\)$/, '')}: ${a?.median ? fmt(a.median) : `p95 ${fmt(a?.p95)}`}`
        : '—';
      out.push(`| ${label} | ${sebaya} | ${anchorText} | ${r ? `${fmt(r)}${budget(r)}` : '—'} |`);
    }
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const results = JSON.parse(readFileSync(join(root, '.bench', 'results.json'), 'utf8'));
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:visitor -->';
  const end = '<!-- /bench:visitor -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md: no ${start} … ${end} block`);
  writeFileSync(readme, `${text.slice(0, a + start.length)}\n${table(results)}\n${text.slice(b)}`);
  console.log('README.md: the visitor table is written.');
}
