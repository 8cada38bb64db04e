// Writes dist/sebaya-wordpress.zip, the WordPress plugin: integrations/wordpress/sebaya/ as it is,
// plus `assets/` (dist/sebaya.js and the chunks it imports, found by following its imports; no
// source maps), the receiver core, and `languages/*.mo` compiled from the .po files beside them.
// One folder `sebaya/`, as WordPress's "Upload plugin" expects. Also dist/sebaya-wordpress-tim.zip,
// the companion plugin with the coordinator's inbox (dist/inbox.js). Fails when a zip is over
// 200 kB (issue #18).
// Run by `npm run build` after the bundles; test/integrations/wordpress.test.mjs installs it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { shipped } from './release-zip.mjs';
import { writeZip } from './zip.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
export const MAX_BYTES = 200 * 1024;
const RUNNER = "\nif (PHP_SAPI === 'cli') {";

/**
 * receiver/php/sebaya-receiver.php without its stand-alone runner (everything from `if (PHP_SAPI
 * === 'cli')` on), refusing to run outside WordPress: the plugin's includes/receiver.php runs it.
 */
export function receiverCore() {
  const source = readFileSync(join(root, 'receiver/php/sebaya-receiver.php'), 'utf8');
  const end = source.indexOf(RUNNER);
  const namespace = source.indexOf('\nnamespace Sebaya\\Receiver;\n');
  if (end < 0 || namespace < 0 || source.indexOf(RUNNER, end + 1) >= 0)
    throw new Error('receiver/php/sebaya-receiver.php changed shape: the WordPress build cannot find its runner');
  const after = namespace + '\nnamespace Sebaya\\Receiver;\n'.length;
  return (
    source.slice(0, after) +
    "\n// Copied by scripts/wordpress-zip.mjs; run by includes/receiver.php inside WordPress only.\nif (!\\defined('ABSPATH')) {\n    exit;\n}\n" +
    source.slice(after, end + 1)
  );
}

/** The bundles the plugin serves: the elements (inbox and builder come with their admin pages). */
export const ENTRIES = ['sebaya.js'];

/** `entries` and every file of dist/ they import, statically or dynamically, as dist/-relative paths. */
export function importClosure(entries = ENTRIES) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const file = /** @type {string} */ (todo.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    for (const m of text.matchAll(/["'`](\.{1,2}\/[\w./-]+\.js)["'`]/g))
      todo.push(
        normalize(join(dirname(file), m[1]))
          .split(sep)
          .join('/'),
      );
    for (const m of text.matchAll(/["'`](chunks\/[\w.-]+\.js)["'`]/g)) todo.push(m[1]);
  }
  return [...seen].sort();
}

/**
 * The msgid → msgstr pairs of a .po file (C-style escapes; no plurals or contexts: the plugin uses
 * none). The header (msgid "") is kept.
 * @param {string} po
 * @returns {Map<string, string>}
 */
export function parsePo(po) {
  /** @type {Map<string, string>} */
  const messages = new Map();
  const unquote = (/** @type {string} */ s) => JSON.parse(s.replace(/\\(?!["\\nt])/g, '\\\\'));
  for (const block of po.split(/\r?\n\r?\n/)) {
    const lines = block.split(/\r?\n/).filter((l) => !l.startsWith('#'));
    /** @type {Record<string, string>} */
    const fields = {};
    let key = '';
    for (const line of lines) {
      const m = /^(msgid|msgstr)\s+(".*")$/.exec(line);
      if (m) fields[(key = m[1])] = unquote(m[2]);
      else if (/^".*"$/.test(line) && key) fields[key] += unquote(line);
    }
    if ('msgid' in fields && fields.msgstr) messages.set(fields.msgid, fields.msgstr);
  }
  return messages;
}

/**
 * The Jed JSON WordPress reads for a script's translations (wp_set_script_translations): the
 * entries of `po` that `script` passes to __(), named `<domain>-<locale>-<md5 of the script's path
 * in the plugin>.json`.
 * @param {string} po @param {string} script the script's text @param {string} path its path in the plugin
 * @param {string} locale
 */
export function scriptTranslations(po, script, path, locale) {
  const messages = parsePo(po);
  /** @type {Record<string, unknown>} */
  const entries = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=1; plural=0;' } };
  for (const m of script.matchAll(/__\('((?:[^'\\]|\\.)*)'/g)) {
    const id = m[1].replace(/\\(.)/g, '$1');
    const str = messages.get(id);
    if (str) entries[id] = [str];
  }
  const name = `sebaya-${locale}-${createHash('md5').update(path).digest('hex')}.json`;
  return { name, json: JSON.stringify({ domain: 'messages', locale_data: { messages: entries } }) };
}

/**
 * A gettext .mo file (GNU gettext manual, "The Format of MO Files") from a .po file's entries:
 * msgid/msgstr pairs with C-style escapes; no plurals or contexts (the plugin uses none).
 * @param {string} po
 */
export function poToMo(po) {
  const messages = parsePo(po);
  const keys = [...messages.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const ids = keys.map((k) => Buffer.from(k));
  const strs = keys.map((k) => Buffer.from(/** @type {string} */ (messages.get(k))));
  const n = keys.length;
  const header = 28;
  const tables = header + 16 * n;
  let at = tables;
  const place = (/** @type {Buffer[]} */ list) =>
    list.map((b) => {
      const entry = [b.length, at];
      at += b.length + 1;
      return entry;
    });
  const idAt = place(ids);
  const strAt = place(strs);
  const out = Buffer.alloc(at);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(header, 12);
  out.writeUInt32LE(header + 8 * n, 16);
  out.writeUInt32LE(0, 20); // no hash table
  out.writeUInt32LE(tables, 24);
  idAt.forEach(([len, off], i) => (out.writeUInt32LE(len, header + 8 * i), out.writeUInt32LE(off, header + 8 * i + 4)));
  strAt.forEach(
    ([len, off], i) => (out.writeUInt32LE(len, header + 8 * (n + i)), out.writeUInt32LE(off, header + 8 * (n + i) + 4)),
  );
  ids.forEach((b, i) => b.copy(out, idAt[i][1]));
  strs.forEach((b, i) => b.copy(out, strAt[i][1]));
  return out;
}

/**
 * One plugin folder of integrations/wordpress/ as a zip in dist/: its files, `.mo` (and the block
 * editor's Jed JSON) from each `.po`, the bundles `entries` with the chunks they import under
 * `assets/`, and `extra` files.
 * @param {{ name: string, entries: string[], out: string, extra?: Record<string, Buffer> }} options
 */
function buildPluginZip({ name: slug, entries: bundles, out: outName, extra = {} }) {
  const source = join(root, 'integrations/wordpress', slug);
  const folder = `${slug}/`;
  /** @type {{ name: string, data?: Buffer }[]} */
  const entries = [{ name: folder }];
  const folders = new Set([folder]);
  /** @param {string} name @param {Buffer} data */
  const add = (name, data) => {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const f = folder + parts.slice(0, i).join('/') + '/';
      if (!folders.has(f)) (folders.add(f), entries.push({ name: f }));
    }
    entries.push({ name: folder + name, data });
  };
  for (const f of readdirSync(source, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = relative(source, join(f.parentPath, f.name)).split(sep).join('/');
    const data = readFileSync(join(source, path));
    add(path, data);
    if (path.endsWith('.po')) {
      add(path.replace(/\.po$/, '.mo'), poToMo(data.toString('utf8')));
      const locale = /-([a-z]{2,3}_[A-Z]{2})\.po$/.exec(path)?.[1];
      const script = 'editor/blocks.js';
      if (locale && existsSync(join(source, script))) {
        const { name, json } = scriptTranslations(
          data.toString('utf8'),
          readFileSync(join(source, script), 'utf8'),
          script,
          locale,
        );
        add(`languages/${name}`, Buffer.from(json));
      }
    }
  }
  for (const [path, data] of Object.entries(extra)) add(path, data);
  for (const file of importClosure(bundles)) add(`assets/${file}`, shipped(file, readFileSync(join(dist, file))));
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const zip = writeZip(entries, { date: Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date() });
  const out = join(dist, outName);
  writeFileSync(out, zip);
  return { out, size: zip.length, count: entries.filter((e) => !e.name.endsWith('/')).length };
}

/** dist/sebaya-wordpress.zip: the plugin for public pages (elements, settings, receiver). */
export function buildWordpressZip() {
  return buildPluginZip({
    name: 'sebaya',
    entries: ENTRIES,
    out: 'sebaya-wordpress.zip',
    extra: { 'includes/receiver-core.php': Buffer.from(receiverCore()) },
  });
}

/**
 * dist/sebaya-wordpress-tim.zip: the companion plugin "Sebaya Tim", the coordinator's inbox in
 * wp-admin (dist/inbox.js and its chunks): apart, so the plugin every visitor's page loads from
 * stays within 200 kB.
 */
export function buildWordpressTeamZip() {
  return buildPluginZip({ name: 'sebaya-tim', entries: ['inbox.js', 'builder.js'], out: 'sebaya-wordpress-tim.zip' });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  let over = false;
  for (const { out, size, count } of [buildWordpressZip(), buildWordpressTeamZip()]) {
    console.log(
      `${relative(root, out)}: ${count} files, ${(size / 1024).toFixed(0)} kB (at most ${MAX_BYTES / 1024} kB)`,
    );
    if (size > MAX_BYTES) {
      console.error(`${relative(root, out)} is over ${MAX_BYTES / 1024} kB`);
      over = true;
    }
  }
  if (over) process.exit(1);
}
