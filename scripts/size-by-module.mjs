// Which source modules take how many gzip bytes of a built file: node scripts/size-by-module.mjs dist/sebaya.js
// (reads the file's source map; a planning aid beside npm run bench). FINE=1 lists node_modules by file.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const c = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const m = [];
c.eachMapping((x) => m.push(x));
m.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const parts = {};
for (let i = 0; i < m.length; i++) {
  const cur = m[i],
    next = m[i + 1];
  const line = lines[cur.generatedLine - 1];
  const end = next && next.generatedLine === cur.generatedLine ? next.generatedColumn : line.length;
  let src = (cur.source || 'unmapped').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  if (src.startsWith('nm/') && !process.env.FINE)
    src = src
      .split('/')
      .slice(0, src.includes('@') ? 3 : 2)
      .join('/');
  (parts[src] ??= []).push(line.slice(cur.generatedColumn, end));
}
const rows = Object.entries(parts).map(([k, v]) => [k, v.join('').length, gzipSync(v.join('')).length]);
rows.sort((a, b) => b[2] - a[2]);
for (const [k, raw, g] of rows) console.log(`${String(raw).padStart(7)} ${String(g).padStart(6)} ${k}`);
console.log('total gz', gzipSync(code).length);
