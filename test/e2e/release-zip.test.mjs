// The release zip a site owner downloads (scripts/release-zip.mjs, written by `npm run build`):
// the zip writer round-trips; the zip holds exactly the runtime files, no source map; its
// sebaya.json is the README's minimal config and validates with the elements' own loader; and,
// unzipped and served as a site owner would, the snippet of its BACA-SAYA.txt shows a working
// crisis panel and calendar under a strict CSP. Run after `npm run build`: `npm run test:e2e`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { chromium } from 'playwright-core';
import { findBrowser, BROWSER_ARGS } from '../../scripts/browser-path.mjs';
import { readZip, writeZip } from '../../scripts/zip.mjs';
import { RECEIVER_FILES } from '../../scripts/release-zip.mjs';
import { PHP, skipUnlessServers, unsealed } from '../receiver/php-harness.mjs';
import { freePort } from '../helpers/net.mjs';

const root = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ZIP = join(root, 'dist', `sebaya-${version}.zip`);
const MINIMAL = join(root, 'docs', 'examples', 'sebaya.minimal.json');
const UNZIP = '/usr/bin/unzip';

let work;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'sebaya-zip-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** The built zip, read back (a clear message when the build has not run). */
function release() {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
  return readZip(readFileSync(ZIP));
}

test('the zip writer round-trips folders, UTF-8 names, stored and deflated files, and checks CRCs', () => {
  const big = 'Kelompok dukungan sebaya. '.repeat(400);
  const entries = [
    { name: 'a/' },
    { name: 'a/kosong.txt', data: '' },
    { name: 'a/ringkas.txt', data: big },
    { name: 'a/acak.bin', data: Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 151) % 256)) },
    { name: 'a/Jalan “Rukun” — kalurahan.txt', data: 'ñ ü 🙂' },
  ];
  const zip = writeZip(entries, { date: new Date(Date.UTC(2026, 11, 1, 10, 30, 4)) });
  const back = readZip(zip);
  assert.deepEqual(
    back.map((e) => e.name),
    entries.map((e) => e.name),
  );
  assert.equal(back[2].data.toString(), big);
  assert.equal(back[2].method, 8, 'compressible text is deflated');
  assert.ok(back[2].compressedSize < big.length / 10);
  assert.equal(back[3].method, 0, 'what deflate cannot shrink is stored');
  assert.equal(back[4].data.toString(), 'ñ ü 🙂');
  assert.ok(back[0].folder);
  assert.equal(back[0].mode, 0o040755);
  assert.equal(back[1].mode, 0o100644);
  // Same input, same bytes: a build is reproducible with SOURCE_DATE_EPOCH.
  assert.ok(zip.equals(writeZip(entries, { date: new Date(Date.UTC(2026, 11, 1, 10, 30, 4)) })));
  // A flipped byte in a stored file's data fails its CRC.
  const broken = Buffer.from(zip);
  broken[broken.indexOf('acak.bin') + 'acak.bin'.length + 5] ^= 0xff;
  assert.throws(() => readZip(broken), /CRC-32/);
  for (const name of ['../x', '/etc/x', 'a\\b', 'a/../../b'])
    assert.throws(() => writeZip([{ name, data: 'x' }]), /unsafe/);
  assert.throws(
    () =>
      writeZip([
        { name: 'x', data: '1' },
        { name: 'x', data: '2' },
      ]),
    /duplicate/,
  );

  if (!existsSync(UNZIP)) return; // An independent reader, where the machine has one.
  const file = join(work, 'round-trip.zip');
  writeFileSync(file, zip);
  assert.match(execFileSync(UNZIP, ['-t', file], { encoding: 'utf8' }), /No errors detected/);
  const out = join(work, 'round-trip');
  execFileSync(UNZIP, ['-q', file, '-d', out]);
  assert.equal(readFileSync(join(out, 'a', 'ringkas.txt'), 'utf8'), big);
  assert.equal(readFileSync(join(out, 'a', 'Jalan “Rukun” — kalurahan.txt'), 'utf8'), 'ñ ü 🙂');
});

test('the release zip holds the runtime files in one sebaya/ folder, and no source map', () => {
  const names = release().map((e) => e.name);
  const chunks = readdirSync(join(root, 'dist', 'chunks')).filter((f) => f.endsWith('.js'));
  const frames = readdirSync(join(root, 'dist', 'frame')).filter((f) => !f.endsWith('.map'));
  const expected = [
    'sebaya/',
    'sebaya/BACA-SAYA.txt',
    'sebaya/sebaya.json',
    'sebaya/sebaya.js',
    'sebaya/sebaya.classic.js',
    'sebaya/sebaya.schema.json',
    'sebaya/frame.js',
    'sebaya/inbox.js',
    'sebaya/builder.js',
    'sebaya/builder.classic.js',
    'sebaya/builder/',
    ...['index.html', 'builder.css', 'offline.js'].map((f) => `sebaya/builder/${f}`),
    'sebaya/chunks/',
    ...chunks.map((f) => `sebaya/chunks/${f}`),
    'sebaya/frame/',
    ...frames.map((f) => `sebaya/frame/${f}`),
    'sebaya/receiver/',
    'sebaya/receiver/data/',
    ...RECEIVER_FILES.map((f) => `sebaya/receiver/${f}`),
  ];
  assert.deepEqual([...names].sort(), expected.sort());
  for (const f of ['calendar', 'support-form', 'quiz', 'directory', 'crisis-help', 'inbox'])
    assert.ok(names.includes(`sebaya/frame/${f}.html`), f);
  assert.deepEqual(
    names.filter((n) => n.endsWith('.map')),
    [],
  );
  for (const e of release().filter((e) => e.name.endsWith('.js')))
    assert.doesNotMatch(e.data.toString(), /sourceMappingURL/, `${e.name} points to a map that is not shipped`);
  if (existsSync(UNZIP)) {
    const listed = execFileSync(UNZIP, ['-Z1', ZIP], { encoding: 'utf8' }).trim().split('\n');
    assert.deepEqual(listed.sort(), expected.sort(), 'unzip lists the same files');
  }
});

test('the zip’s sebaya.json is the README’s minimal config (≤ 20 lines), and the loader accepts it without a warning', async () => {
  const zipped = release()
    .find((e) => e.name === 'sebaya/sebaya.json')
    .data.toString();
  const minimal = readFileSync(MINIMAL, 'utf8');
  assert.equal(zipped, minimal);
  assert.ok(minimal.trimEnd().split('\n').length <= 20, 'minimal means at most 20 lines');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(`\`\`\`json\n${minimal}\`\`\``), 'README shows docs/examples/sebaya.minimal.json as it is');

  const config = JSON.parse(minimal);
  assert.ok(config.crisis?.lines?.length, 'a crisis section with lines');
  // The elements' own validation (the same schema the built JSON Schema is generated from).
  const { SiteConfig } = await tsImport('./src/site-schema.ts', `${root}/`);
  const { validateConfig } = await tsImport('./src/core/config/validate.ts', `${root}/`);
  const result = validateConfig(SiteConfig, config);
  assert.deepEqual(result.issues, [], 'no errors and no unknown keys');
  assert.equal(result.ok, true);
  // Every top-level key is one the published schema documents, and $schema names the file beside it.
  const schema = JSON.parse(
    release()
      .find((e) => e.name === 'sebaya/sebaya.schema.json')
      .data.toString(),
  );
  for (const key of Object.keys(config)) assert.ok(key in schema.properties, `${key} is in sebaya.schema.json`);
  assert.equal(config.$schema, './sebaya.schema.json');
});

test('the README says where to get the zip and how big it is, within a quarter of its real size', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.match(readme, /download \*\*`sebaya-<version>\.zip`\*\*, attached to each\s+release/);
  const stated = Number(/`dist\/sebaya-<version>\.zip`\. It is about (\d+) kB/.exec(readme)?.[1]);
  const real = readFileSync(ZIP).length / 1024;
  assert.ok(
    Math.abs(stated - real) / real <= 0.25,
    `README says about ${stated} kB; the zip is ${real.toFixed(0)} kB: measure again`,
  );
});

test('BACA-SAYA.txt: Bahasa Indonesia first, then English; names every file; CRLF lines', () => {
  const text = release()
    .find((e) => e.name === 'sebaya/BACA-SAYA.txt')
    .data.toString();
  assert.ok(text.includes(version));
  assert.doesNotMatch(text, /\{\{/, 'no template placeholder left');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every line ends in CRLF (Notepad)');
  const id = text.indexOf('BAHASA INDONESIA');
  const en = text.indexOf('ENGLISH');
  assert.ok(id > 0 && en > id, 'Indonesian first, English after');
  for (const part of [text.slice(id, en), text.slice(en)]) {
    for (const file of [
      'sebaya.js',
      'chunks/',
      'sebaya.classic.js',
      'sebaya.json',
      'sebaya.schema.json',
      'frame/',
      'receiver/',
      'builder/',
    ])
      assert.ok(part.includes(file), `${file} explained`);
  }
  assert.match(text.slice(id, en), /CARA MEMASANG[\s\S]*MENDAPAT BANTUAN/);
  assert.match(text.slice(en), /HOW TO INSTALL[\s\S]*GETTING HELP/);
});

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

test('unzipped and served as is, the snippet of BACA-SAYA.txt shows the crisis panel and the calendar (strict CSP)', async (t) => {
  // Unzip with our reader (the writer's own round trip is tested above) into a site root.
  const site = join(work, 'site');
  for (const e of release()) {
    const path = join(site, e.name);
    if (e.folder) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, e.data);
    }
  }
  const readme = readFileSync(join(site, 'sebaya', 'BACA-SAYA.txt'), 'utf8').replace(/\r\n/g, '\n');
  const snippet = /----- potongan \/ snippet -----\n([\s\S]*?)----- akhir potongan/.exec(readme)?.[1];
  assert.ok(snippet, 'BACA-SAYA.txt has the snippet');
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Desa</title></head><body>\n${snippet}</body></html>`,
  );

  const missing = [];
  const server = createServer((req, res) => {
    const path = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(site) || !existsSync(file)) {
      missing.push(req.url);
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
      })
      .end(readFileSync(file));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
  t.after(async () => {
    await browser.close();
    server.close();
  });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });

  const settled = () =>
    [...document.querySelectorAll('sebaya-crisis-help, sebaya-calendar')].every((e) =>
      ['ready', 'empty', 'error'].includes(e.getAttribute('state') ?? ''),
    );
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForFunction(settled, null, { timeout: 15_000 });
  assert.equal(await page.getAttribute('sebaya-crisis-help', 'state'), 'ready');
  assert.equal(await page.getAttribute('sebaya-calendar', 'state'), 'ready');
  assert.equal(await page.getByRole('link', { name: /119/ }).first().getAttribute('href'), 'tel:119,8');
  assert.match(await page.$eval('sebaya-calendar', (el) => el.shadowRoot.textContent), /Contoh kegiatan/);

  assert.deepEqual(await page.evaluate(() => window.__csp), []);

  // The frame page from the same folder, pointed at the same config.
  await page.goto(`${base}sebaya/frame/calendar.html?config=/sebaya/sebaya.json`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('sebaya-calendar')?.getAttribute('state') === 'ready', null, {
    timeout: 15_000,
  });

  assert.deepEqual(missing, [], 'every file the page asked for is in the zip');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test(
  'the zip’s PHP receiver, uploaded as it is: refuses a database inside the web folder on a server that ignores .htaccess, then stores a request and lists it for the credential it made',
  { skip: skipUnlessServers('php'), timeout: 60_000 },
  async (t) => {
    const site = join(work, 'php-site');
    for (const e of release()) {
      const to = join(site, e.name);
      if (e.folder) mkdirSync(to, { recursive: true });
      else writeFileSync(to, e.data);
    }
    const dir = join(site, 'sebaya', 'receiver');
    for (const f of RECEIVER_FILES)
      assert.ok(
        readFileSync(join(dir, f)).equals(readFileSync(join(root, 'receiver', 'php', f))),
        `${f} as in receiver/php/`,
      );
    for (const f of ['sebaya-receiver.php', 'sebaya-config.sample.php'])
      assert.match(execFileSync(PHP, ['-l', join(dir, f)], { encoding: 'utf8' }), /No syntax errors/);

    // What the README tells the owner: make a credential, copy the sample, fill it in.
    const made = execFileSync(PHP, [join(dir, 'sebaya-receiver.php'), 'credential'], { encoding: 'utf8' });
    const credential = made.match(/^sbc_[A-Za-z0-9_-]{43}$/m)?.[0];
    const hash = made.match(/^sha256:[0-9a-f]{64}$/m)?.[0];
    assert.ok(credential && hash, made);
    const sample = readFileSync(join(dir, 'sebaya-config.sample.php'), 'utf8');
    const filled = sample.replace(
      "// 'sha256:0000000000000000000000000000000000000000000000000000000000000000',",
      `'${hash}',`,
    );
    assert.notEqual(filled, sample, 'the sample has the credentials line the README points to');
    writeFileSync(join(dir, 'sebaya-config.php'), filled);

    const port = await freePort();
    const start = () => {
      const child = spawn(PHP, ['-S', `127.0.0.1:${port}`, '-t', site], { stdio: 'ignore' });
      return new Promise((resolve, reject) => {
        const deadline = Date.now() + 10_000;
        const poll = () =>
          fetch(`http://127.0.0.1:${port}/sebaya/sebaya.json`).then(
            () => resolve(child),
            () => (Date.now() > deadline ? reject(new Error('php -S did not start')) : setTimeout(poll, 100)),
          );
        poll();
      });
    };
    let php = await start();
    t.after(() => php.kill('SIGKILL'));
    const endpoint = `http://127.0.0.1:${port}/sebaya/receiver/sebaya-receiver.php`;
    const post = (body) =>
      fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

    // php -S reads no .htaccess: the default data/ folder would be downloadable, so it refuses.
    const refused = await post(unsealed());
    assert.equal(refused.status, 503);
    assert.match((await refused.json()).error, /.+/);

    const outside = join(work, 'php-data');
    writeFileSync(
      join(dir, 'sebaya-config.php'),
      filled.replace(
        "// 'database' => 'sqlite:/home/NAMAPENGGUNA/sebaya-data/sebaya.sqlite',",
        `'database' => 'sqlite:${join(outside, 'sebaya.sqlite')}',`,
      ),
    );
    const envelope = unsealed();
    const stored = await post(envelope);
    assert.equal(stored.status, 201, await stored.clone().text());
    const inbox = await fetch(`${endpoint}/inbox`, { headers: { Authorization: `Bearer ${credential}` } });
    assert.equal(inbox.status, 200);
    const { requests } = await inbox.json();
    assert.deepEqual(
      requests.map((r) => r.envelope.id),
      [envelope.id],
    );
    const wrong = await fetch(`${endpoint}/inbox`, { headers: { Authorization: 'Bearer sbc_wrong' } });
    assert.equal(wrong.status, 401);
    php.kill('SIGKILL');
  },
);
