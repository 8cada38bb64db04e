// After `npm run build`: every target of package.json "exports" (and "types", "bin") exists, the
// side-effect-free index registers no element, each define entry registers one, and the
// script-tag bundle carries no module-preload helper (scripts/vite-plugin-lean-dynamic-import.mjs),
// every module that does something when imported is listed in "sideEffects", and the release zip
// (scripts/release-zip.mjs) and `npm pack` hold the same runtime files, the zip without source maps.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readZip } from './zip.mjs';
import { FOLDER, RECEIVER_FILES, runtimeFiles, shipped } from './release-zip.mjs';

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
if (/customElements\.define|defineElement\(/.test(index.replace(/export\s*\{[^}]*\}/g, '')))
  problems.push('dist/lib/index.js registers elements; it must be side-effect free');
for (const [key] of targets.filter(([k]) => k.endsWith('/define.js'))) {
  const file = pkg.exports[key].default;
  if (!/defineElement\(/.test(readFileSync(file, 'utf8'))) problems.push(`${file} does not register its element`);
}
if (/modulepreload|vite:preloadError/.test(readFileSync('dist/sebaya.js', 'utf8')))
  problems.push(
    "dist/sebaya.js carries Vite's preload helper: has Vite renamed it? (scripts/vite-plugin-lean-dynamic-import.mjs)",
  );
// A bundler drops a module it is told is side-effect free when nothing uses its exports: a module
// imported for what it does (`import './messages-lazy.js'`) or registering catalogs as it loads
// must be listed, in src/ and in dist/lib/, or its words vanish from the bundle.
const glob = (pattern) =>
  new RegExp(
    `^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/|\*/g, (m) => (m === '*' ? '[^/]*' : '(?:.*/)?'))}$`,
  );
const declared = pkg.sideEffects.map(glob);
const listed = (file) => declared.some((re) => re.test(`./${file}`));
const sources = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));
const acting = new Set(
  sources.filter((f) =>
    /^registerCatalogs\(|^customElements\.define\(|^defineElement\(/m.test(readFileSync(f, 'utf8')),
  ),
);
for (const file of sources) {
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import '(\.{1,2}\/[^']+)\.js';$/gm))
    acting.add(join(dirname(file), `${spec}.ts`));
}
for (const file of acting) {
  const lib = `dist/lib/${relative('src', file).replace(/\.ts$/, '.js')}`;
  if (!listed(file) || !listed(lib))
    problems.push(`${file} acts when imported: list it (and ${lib}) in package.json "sideEffects"`);
}
if (!Array.isArray(pkg.files) || !pkg.files.includes('dist')) problems.push('package.json "files" must include dist');

// The release zip and the npm package carry the same runtime files (the zip's with no source maps).
const zipPath = `dist/sebaya-${pkg.version}.zip`;
let zipped = 0;
if (!existsSync(zipPath)) problems.push(`${zipPath} is missing: npm run build writes it (scripts/release-zip.mjs)`);
else {
  const entries = readZip(readFileSync(zipPath)).filter((e) => !e.folder);
  const outside = entries.filter((e) => !e.name.startsWith(FOLDER));
  if (outside.length)
    problems.push(`${zipPath}: every file belongs in ${FOLDER}, not ${outside.map((e) => e.name).join(', ')}`);
  const byName = new Map(entries.map((e) => [e.name.slice(FOLDER.length), e.data]));
  for (const name of byName.keys()) if (name.endsWith('.map')) problems.push(`${zipPath} holds a source map: ${name}`);
  for (const extra of ['BACA-SAYA.txt', 'sebaya.json', ...RECEIVER_FILES.map((f) => `receiver/${f}`)])
    if (!byName.delete(extra)) problems.push(`${zipPath} lacks ${FOLDER}${extra}`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      shell: process.platform === 'win32',
    }),
  )[0].files.map((f) => f.path);
  if (packed.some((p) => p.endsWith('.zip')))
    problems.push('npm pack holds the release zip: keep "!dist/*.zip" in package.json "files"');
  const runtime = new Set(runtimeFiles());
  const packedRuntime = packed.filter((p) => p.startsWith('dist/') && runtime.has(p.slice(5))).map((p) => p.slice(5));
  for (const file of runtime) {
    if (!packedRuntime.includes(file)) problems.push(`npm pack lacks dist/${file}`);
    const data = byName.get(file);
    if (!data) problems.push(`${zipPath} lacks ${FOLDER}${file}`);
    else if (!data.equals(shipped(file, readFileSync(join('dist', file)))))
      problems.push(`${zipPath}: ${FOLDER}${file} differs from dist/${file}: run npm run build again`);
    byName.delete(file);
  }
  for (const name of byName.keys())
    problems.push(`${zipPath} holds ${FOLDER}${name}, which is not a runtime file in dist/`);
  zipped = runtime.size;
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `package: ${targets.length} export targets present; index is side-effect free; ${acting.size} modules that act when imported are in "sideEffects"; ${zipPath} and npm pack hold the same ${zipped} runtime files`,
);
