// After `npm run build`: every target of package.json "exports" (and "types", "bin") exists, the
// side-effect-free index registers no element, each define entry registers one, and the
// script-tag bundle carries no module-preload helper (scripts/vite-plugin-lean-dynamic-import.mjs).
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const targets = [];
for (const [key, value] of Object.entries(pkg.exports)) {
  if (typeof value === 'string') targets.push([key, value]);
  else for (const v of Object.values(value)) targets.push([key, v]);
}
for (const [key, file] of [...targets, ['types', pkg.types], ['main', pkg.main], ...Object.entries(pkg.bin ?? {})]) {
  // A pattern export ("./frame/*") needs its folder.
  const path = file.includes('*') ? file.slice(0, file.indexOf('*')) : file;
  if (!existsSync(path)) problems.push(`${key}: ${file} is missing`);
}
const index = readFileSync(pkg.main, 'utf8');
if (/customElements\.define|defineElement\(/.test(index.replace(/export\s*\{[^}]*\}/g, ''))) problems.push('dist/lib/index.js registers elements; it must be side-effect free');
for (const [key] of targets.filter(([k]) => k.endsWith('/define.js'))) {
  const file = pkg.exports[key].default;
  if (!/defineElement\(/.test(readFileSync(file, 'utf8'))) problems.push(`${file} does not register its element`);
}
if (/modulepreload|vite:preloadError/.test(readFileSync('dist/sebaya.js', 'utf8'))) problems.push('dist/sebaya.js carries Vite\'s preload helper: has Vite renamed it? (scripts/vite-plugin-lean-dynamic-import.mjs)');
if (!Array.isArray(pkg.files) || !pkg.files.includes('dist')) problems.push('package.json "files" must include dist');
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`package: ${targets.length} export targets present; index is side-effect free`);
