// Writes dist/sebaya-<version>.zip, the download for site owners who have no Node and no build:
// one folder `sebaya/` to upload as is (so the snippet's /sebaya/sebaya.js is right), holding the
// script-tag bundle and its chunks, the classic script, the frame pages, the config builder page
// (builder/index.html, builder.js, builder.classic.js), the JSON Schema, the
// minimal config (docs/examples/sebaya.minimal.json, as sebaya.json), BACA-SAYA.txt, and the PHP
// receiver in `sebaya/receiver/` (its own folder, so its .htaccess governs only it). No source
// maps: the `//# sourceMappingURL` comments are dropped too, so no browser asks for a missing file.
// Run by `npm run build` after the bundles; scripts/check-package.mjs and
// test/e2e/release-zip.test.mjs read the zip back.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { writeZip } from './zip.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const FOLDER = 'sebaya/';
/** The PHP receiver's files (receiver/php/), shipped as they are under `sebaya/receiver/`. */
export const RECEIVER_FILES = [
  'sebaya-receiver.php',
  'sebaya-config.sample.php',
  '.htaccess',
  '.user.ini',
  'README.md',
  'data/.htaccess',
  'data/index.html',
];

/** The dist/ files a site needs at run time, as paths relative to dist/ with `/` separators. */
export function runtimeFiles(dir = dist) {
  // inbox.js: the coordinator's entry, for frame/inbox.html and a team page beside the site.
  // builder/index.html: the config builder page, which opens from the unzipped folder too (file://:
  // builder/offline.js loads the one-file builds sebaya.classic.js and builder.classic.js).
  const files = [
    'sebaya.js',
    'sebaya.classic.js',
    'sebaya.schema.json',
    'frame.js',
    'inbox.js',
    'builder.js',
    'builder.classic.js',
  ];
  for (const sub of ['chunks', 'frame', 'builder']) {
    for (const f of readdirSync(join(dir, sub), { recursive: true, withFileTypes: true })) {
      if (f.isFile() && !f.name.endsWith('.map'))
        files.push(relative(dir, join(f.parentPath, f.name)).split(sep).join('/'));
    }
  }
  return files.sort();
}

/** A runtime file's bytes as shipped in the zip: a script without its source-map comment. */
export function shipped(path, bytes) {
  if (!path.endsWith('.js')) return bytes;
  return Buffer.from(String(bytes).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}

export function buildReleaseZip() {
  const readme = readFileSync(join(root, 'scripts/release/BACA-SAYA.txt'), 'utf8').replaceAll('{{version}}', version);
  const entries = [
    { name: FOLDER },
    // CRLF: Notepad on older Windows shows a bare LF file as one line.
    { name: `${FOLDER}BACA-SAYA.txt`, data: readme.replace(/\r?\n/g, '\r\n') },
    { name: `${FOLDER}sebaya.json`, data: readFileSync(join(root, 'docs/examples/sebaya.minimal.json')) },
  ];
  const folders = new Set();
  for (const file of runtimeFiles()) {
    const parent = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    if (parent && !folders.has(parent)) {
      folders.add(parent);
      entries.push({ name: FOLDER + parent });
    }
    entries.push({ name: FOLDER + file, data: shipped(file, readFileSync(join(dist, file))) });
  }
  entries.push({ name: `${FOLDER}receiver/` }, { name: `${FOLDER}receiver/data/` });
  for (const file of RECEIVER_FILES)
    entries.push({ name: `${FOLDER}receiver/${file}`, data: readFileSync(join(root, 'receiver/php', file)) });
  // SOURCE_DATE_EPOCH (reproducible builds) fixes the file dates; otherwise the time of the build.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const zip = writeZip(entries, { date: Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date() });
  const out = join(dist, `sebaya-${version}.zip`);
  writeFileSync(out, zip);
  return { out, size: zip.length, count: entries.filter((e) => !e.name.endsWith('/')).length };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { out, size, count } = buildReleaseZip();
  console.log(`${relative(root, out)}: ${count} files, ${(size / 1024).toFixed(0)} kB`);
}
