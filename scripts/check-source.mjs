// Checks the shape of `src/` that issue #15 set, so it stays that way (run by `npm test`):
//   - no import circle: following every import — static, type-only and dynamic — from any module
//     never comes back to it (core at the bottom, one folder per element, models below elements);
//   - no source file over 450 lines (split it: a model, a views module, a second model).
// Exits non-zero with each circle and each long file named.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const MAX_LINES = 450;
const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name))
      : /\.ts$/.test(d.name) && !/\.d\.ts$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

const all = files(src);
const known = new Set(all);
const problems = [];

// `from './x.js'`, `import('./x.js')`, `import './x.js'`: relative specifiers only (packages cannot import us back).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
const edges = new Map();
for (const file of all) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  const lines = readFileSync(file, 'utf8').split('\n').length - 1;
  if (lines > MAX_LINES) problems.push(`${relative(root, file)}: ${lines} lines (at most ${MAX_LINES})`);
  const to = new Set();
  for (const m of text.matchAll(SPECIFIER)) {
    const target = resolve(dirname(file), m[2].replace(/\.js$/, '.ts'));
    if (known.has(target)) to.add(target);
  }
  edges.set(file, [...to]);
}

// Depth-first search; a grey node met again closes a circle.
const state = new Map();
const stack = [];
const seen = new Set();
function visit(file) {
  state.set(file, 'grey');
  stack.push(file);
  for (const next of edges.get(file) ?? []) {
    if (state.get(next) === 'grey') {
      const circle = [...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f));
      const key = [...circle.slice(0, -1)].sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        problems.push(`import circle: ${circle.join(' → ')}`);
      }
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'black');
}
for (const file of all) if (!state.has(file)) visit(file);

if (problems.length) {
  console.error(`check-source: ${problems.length} problem(s) in src/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-source: ${all.length} modules, no import circle, none over ${MAX_LINES} lines.`);
