// @ts-check
// The OpenSID widget files (integrations/opensid/) on real PHP (`php -S` on loopback) in Chromium,
// included the way OpenSID's sidebars include a static widget:
//  - up to v2412 (CodeIgniter 3): `$this->load->view("../../{$widget['isi']}", $judul_widget)`,
//    which extracts the loader's cached vars ($hari_ini, $yad from the Agenda widget) and then
//    ['judul_widget' => …], and includes the file (desa/widgets/sebaya_*.php);
//  - 2025 on (Blade): `@includeIf("theme::widgets.{$widget['isi']}", $judul_widget)` with the
//    parent's vars, here compiled by the Blade subset in ./blade.mjs (the files use nothing else).
// The agenda and the widget title carry XSS payloads (test/fixtures/xss-*.txt, from
// PayloadsAllTheThings): no dialog may open, no payload element may appear, and every agenda
// title must show as text in the calendar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileBlade, E_HELPER } from './blade.mjs';
import {
  ROOT,
  copyBundle,
  elementsOf,
  elementsSettled,
  launchBrowser,
  requireBuild,
  requirePhp,
  siteConfig,
  squash,
  startPhp,
  watchPage,
} from './helpers.mjs';

const OPENSID = join(ROOT, 'integrations/opensid');
const WIDGETS = ['calendar', 'support_form', 'quiz', 'directory', 'crisis_help'];
const TAGS = WIDGETS.map((w) => `sebaya-${w.replace('_', '-')}`);

const payloads = ['xss-polyglots.txt', 'xss-rsnake.txt']
  .flatMap((f) => readFileSync(join(ROOT, 'test/fixtures', f), 'utf8').split('\n'))
  .map((s) => s.trim())
  // html_entity_decode() is part of what the widget does; payloads without "&" show unchanged.
  .filter((s) => s && !s.includes('&') && s.length <= 200);

/** A day `n` days from now in Asia/Jakarta, `YYYY-MM-DD`. @param {number} n */
const day = (n) => new Date(Date.now() + 7 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);

// Shaped like OpenSID's agenda rows (donjo-app/views/widgets/agenda.php reads these keys).
const hariIni = [
  { id: '7', judul: 'Rapat &amp; musyawarah TPKJM', tgl_agenda: `${day(0)} 23:59:00`, lokasi_kegiatan: 'Balai desa', koordinator_kegiatan: 'Bu Sri' },
];
const yad = [
  ...payloads.slice(0, 6).map((p, i) => ({
    id: String(100 + i),
    judul: p,
    tgl_agenda: `${day(i + 1)} 19:30:00`,
    lokasi_kegiatan: payloads[(i + 7) % payloads.length],
    koordinator_kegiatan: payloads[(i + 13) % payloads.length],
    url_slug: `javascript:alert(${i})`,
  })),
  { id: '200', judul: 'Posyandu jiwa (uji OpenSID)', tgl_agenda: day(3), lokasi_kegiatan: 'Pustu', koordinator_kegiatan: '' },
  { id: '201', judul: 'Tanggal rusak', tgl_agenda: 'besok sore', lokasi_kegiatan: '', koordinator_kegiatan: '' },
];
const expectedTitles = ['Rapat & musyawarah TPKJM', ...payloads.slice(0, 6), 'Posyandu jiwa (uji OpenSID)'];
const HOSTILE_TITLE = `Kalender Desa "'><svg onload=alert('judul')>`;

const CI_PAGE = `<?php
// OpenSID up to v2412: the theme's sidebar loop, with CodeIgniter's loader reduced to what it does
// for a view (extract the cached vars, then the view's own, then include the file).
define('BASEPATH', __DIR__ . '/system/');
function base_url($uri = '') { return '/' . ltrim($uri, '/'); }
final class CI_Loader {
    private $cached = [];
    public function vars(array $vars) { $this->cached = array_merge($this->cached, $vars); }
    public function view($view, $vars = []) {
        extract($this->cached);
        extract($vars);
        include __DIR__ . '/' . preg_replace('#^(\\.\\./)+#', '', $view);
    }
}
$data = json_decode(file_get_contents(__DIR__ . '/opensid-data.json'), true);
$load = new CI_Loader();
if (!isset($_GET['tanpa-agenda'])) {
    $load->vars(['hari_ini' => $data['hari_ini'], 'yad' => $data['yad'], 'lama' => []]);
}
?><!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Desa</title></head>
<body><main><h1>Desa Contoh</h1></main><aside>
<?php foreach ($data['widgets'] as $widget):
    $judul_widget = ['judul_widget' => str_replace('Desa', 'Kalurahan', strip_tags($widget['judul']))];
    if ($widget['jenis_widget'] == 2) { $load->view("../../{$widget['isi']}", $judul_widget); }
endforeach; ?>
</aside></body></html>
`;

const BLADE_PAGE = `<?php
// OpenSID 2025 on: the desa theme's sidebar, @includeIf("theme::widgets.{$widget['isi']}", $judul_widget),
// which passes the widget title and the parent view's vars.
${E_HELPER}
function base_url($uri = '') { return '/' . ltrim($uri, '/'); }
function sebaya_include_if($view, array $vars) {
    $file = __DIR__ . '/compiled/' . substr($view, strlen('theme::widgets.')) . '.php';
    if (!is_file($file)) { return; }
    extract($vars);
    include $file;
}
$data = json_decode(file_get_contents(__DIR__ . '/opensid-data.json'), true);
$parent = isset($_GET['tanpa-agenda']) ? [] : ['hari_ini' => $data['hari_ini'], 'yad' => $data['yad']];
?><!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Desa</title></head>
<body><main><h1>Desa Contoh</h1></main><aside>
<?php foreach ($data['widgets'] as $widget):
    $judul_widget = ['judul_widget' => str_replace('Desa', 'Kalurahan', strip_tags($widget['judul']))];
    sebaya_include_if('theme::widgets.' . basename($widget['isi'], '.php'), array_merge($parent, $judul_widget));
endforeach; ?>
</aside></body></html>
`;

/** @type {string} */ let dir;
/** @type {Awaited<ReturnType<typeof startPhp>>} */ let php;
/** @type {import('playwright-core').Browser} */ let browser;

before(async () => {
  requirePhp();
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), 'sebaya-opensid-'));
  copyBundle(join(dir, 'sebaya'));
  writeFileSync(join(dir, 'sebaya/sebaya.json'), JSON.stringify(siteConfig()));
  mkdirSync(join(dir, 'desa/widgets'), { recursive: true });
  for (const f of readdirSync(join(OPENSID, 'desa/widgets')))
    copyFileSync(join(OPENSID, 'desa/widgets', f), join(dir, 'desa/widgets', f));
  mkdirSync(join(dir, 'compiled'));
  for (const f of readdirSync(join(OPENSID, 'resources/views/widgets'))) {
    const source = readFileSync(join(OPENSID, 'resources/views/widgets', f), 'utf8');
    writeFileSync(join(dir, 'compiled', f.replace(/\.blade\.php$/, '.php')), compileBlade(source, f));
  }
  const widgets = WIDGETS.map((w, i) => ({
    jenis_widget: 2,
    isi: `desa/widgets/sebaya_${w}.php`,
    judul: i === 0 ? HOSTILE_TITLE : `Sebaya ${w}`,
  }));
  writeFileSync(join(dir, 'opensid-data.json'), JSON.stringify({ hari_ini: hariIni, yad, widgets }));
  writeFileSync(join(dir, 'index.php'), CI_PAGE);
  writeFileSync(join(dir, 'blade.php'), BLADE_PAGE);
  php = await startPhp({ docroot: dir, workers: 2 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await php?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('every widget file passes php -l and both generations ship the same widgets', async () => {
  const { spawnSync } = await import('node:child_process');
  const php = readdirSync(join(OPENSID, 'desa/widgets')).sort();
  const blade = readdirSync(join(OPENSID, 'resources/views/widgets')).sort();
  assert.deepEqual(php, WIDGETS.map((w) => `sebaya_${w}.php`).sort());
  assert.deepEqual(blade, WIDGETS.map((w) => `sebaya_${w}.blade.php`).sort());
  for (const f of [...php.map((f) => join(dir, 'desa/widgets', f)), ...blade.map((f) => join(dir, 'compiled', f.replace('.blade', '')))]) {
    const lint = spawnSync(process.env.SEBAYA_PHP ?? 'php', ['-l', f], { encoding: 'utf8' });
    assert.equal(lint.status, 0, `${f}: ${lint.stdout}${lint.stderr}`);
  }
});

test('a widget file opened by its own URL shows nothing (the BASEPATH guard)', async () => {
  const response = await fetch(`${php.url}/desa/widgets/sebaya_calendar.php`);
  assert.equal((await response.text()).trim(), 'No direct script access allowed');
});

for (const [generation, path] of [
  ['≤ v2412 (desa/widgets/*.php)', '/index.php'],
  ['2025+ (resources/views/widgets/*.blade.php)', '/blade.php'],
]) {
  test(`OpenSID ${generation}: every widget renders, the agenda shows in the calendar as text`, async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const seen = watchPage(page);
    const requests = /** @type {string[]} */ ([]);
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(php.url + path);
    await elementsSettled(page);
    const elements = await elementsOf(page);
    assert.deepEqual(
      elements.map((e) => e.tag),
      TAGS,
    );
    for (const e of elements) {
      assert.ok(e.defined, `${e.tag} is defined`);
      assert.ok(['ready', 'empty'].includes(e.state ?? ''), `${e.tag} is ${e.state}: ${e.text.slice(0, 300)}`);
    }
    const calendar = elements[0].text;
    for (const title of expectedTitles) assert.ok(calendar.includes(squash(title)), `calendar shows ${JSON.stringify(title)}`);
    assert.ok(!calendar.includes('Tanggal rusak'), 'the row with an unreadable date is left out');
    assert.ok(calendar.includes('Balai desa') || (await page.locator('sebaya-calendar').getByText('Rapat & musyawarah TPKJM').count()) > 0);
    // The widget title is text, with OpenSID's own strip_tags and "Desa" → "Kalurahan".
    assert.equal(squash(await page.locator('.sebaya-widget h3').first().innerText()), squash(`Kalender Kalurahan "'>`));
    // Nothing ran, nothing from the agenda or the title became an element, no link to javascript:.
    await page.waitForTimeout(300);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
    assert.equal(await page.locator('aside svg, aside img, aside iframe, aside marquee').count(), 0);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('sebaya-calendar')].flatMap((c) =>
        [...(c.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      ),
    );
    assert.ok(links.every((h) => !/^\s*javascript:/i.test(h)), links.join('\n'));
    // Only the page's own origin was asked for anything.
    const origin = new URL(php.url).origin;
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')),
      [],
    );
    await page.close();
  });

  test(`OpenSID ${generation}: without the Agenda widget the calendar reads sebaya.json`, async () => {
    const page = await browser.newPage();
    await page.goto(`${php.url}${path}?tanpa-agenda=1`);
    await elementsSettled(page);
    const [calendar] = await elementsOf(page);
    assert.equal(await page.locator('sebaya-calendar').getAttribute('src'), '/sebaya/sebaya.json');
    assert.ok(['ready', 'empty'].includes(calendar.state ?? ''), calendar.text.slice(0, 300));
    assert.ok(!calendar.text.includes('Posyandu jiwa (uji OpenSID)'));
    await page.close();
  });
}

test('PHP logged no warning, notice or error', () => {
  assert.deepEqual(php.problems(), [], php.log());
});
