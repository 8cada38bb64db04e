// End-to-end (issue #17, "Done when"): a newcomer builds the demo village's config from nothing in
// the built builder page (dist/builder/index.html, served by the demo server under its strict CSP),
// at 360 px, by clicks and typing as a person would: the organisation, two crisis lines, the weekly
// peer group, the monthly posyandu jiwa, a support form with a key pair generated in the page (the
// private key downloaded), and three places imported from the directory template CSV (filled in
// with a third row). Then "Unduh sebaya.json": the file passes the elements' validation, and the
// five elements render it exactly as they render the hand-written equivalent
// (test/fixtures/builder/newcomer-sebaya.json): same shadow DOM structure and text, generated
// ids aside. Screenshots of the key steps go to test-results/builder-newcomer/.
// Run after `npm run build`: node --test test/e2e/builder-newcomer.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { elementsSettled, startDemo } from './demo-server.mjs';
import { validateConfig } from '../../dist/lib/core/config/validate.js';
import { SiteConfig } from '../../dist/lib/site-schema.js';

const FIXTURES = new URL('../fixtures/builder/', import.meta.url);
const SHOTS = new URL('../../test-results/builder-newcomer/', import.meta.url);
const handWritten = JSON.parse(readFileSync(new URL('newcomer-sebaya.json', FIXTURES), 'utf8'));

const TAGS = ['sebaya-crisis-help', 'sebaya-calendar', 'sebaya-support-form', 'sebaya-quiz', 'sebaya-directory'];
/** The same "random" in every page, so the quiz draws its questions in the same order for both configs. */
const SEEDED = `(() => { let s = 20261206; Math.random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648; })();`;

/**
 * Each element's rendering as lines: tags with their attributes, and text, through every shadow
 * root. Ids the page generates (and the attributes that point at them) become #1, #2… in order of
 * appearance, so two renderings compare by structure and words.
 */
function serialize(tags) {
  const ids = new Map();
  const canon = (v) =>
    v
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => (ids.has(t) ? ids.get(t) : (ids.set(t, `#${ids.size + 1}`), ids.get(t))))
      .join(' ');
  const REFS = new Set([
    'id',
    'for',
    'aria-labelledby',
    'aria-describedby',
    'aria-controls',
    'aria-owns',
    'aria-activedescendant',
    'list',
    'form',
    'headers',
  ]);
  const walk = (node, depth, out) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent.replace(/\s+/g, ' ').trim();
        if (text) out.push(`${'  '.repeat(depth)}"${text}"`);
      } else if (child.nodeType === Node.ELEMENT_NODE && !['style', 'script'].includes(child.localName)) {
        const attrs = [...child.attributes]
          .map((a) => `${a.name}="${REFS.has(a.name) ? canon(a.value) : a.value}"`)
          .sort()
          .join(' ');
        out.push(`${'  '.repeat(depth)}<${child.localName}${attrs ? ` ${attrs}` : ''}>`);
        if (child.shadowRoot) walk(child.shadowRoot, depth + 1, out);
        walk(child, depth + 1, out);
      }
    }
    return out;
  };
  return Object.fromEntries(tags.map((tag) => [tag, walk({ childNodes: [document.querySelector(tag)] }, 0, [])]));
}

/** The five elements given `config` in a fresh page (the builder's own page, its builder removed). */
async function renderAll(demo, config, name) {
  const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(SEEDED);
  // The same moment for both (Monday 7 December 2026, 10:00 WIB): "open now" and "today" agree.
  await context.clock.setFixedTime(new Date('2026-12-07T03:00:00Z'));
  const page = await context.newPage();
  try {
    await page.goto(`${demo.base}dist/builder/index.html`);
    await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
    await page.evaluate(
      ({ tags, config }) => {
        document.querySelector('main').replaceChildren();
        for (const tag of tags) {
          const el = document.createElement(tag);
          el.lang = 'id';
          el.config = config;
          document.querySelector('main').append(el);
        }
      },
      { tags: TAGS, config },
    );
    await elementsSettled(page);
    await page.waitForTimeout(500);
    await elementsSettled(page);
    // Everything folded is unfolded (a place's details, the calendar's event details), so it counts too.
    for (let round = 0; round < 3; round += 1) {
      const opened = await page.evaluate((tags) => {
        let n = 0;
        const open = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.getAttribute('aria-expanded') === 'false' || (el.localName === 'details' && !el.open)) {
              if (el.localName === 'details') el.open = true;
              else el.click();
              n += 1;
            }
            if (el.shadowRoot) open(el.shadowRoot);
          }
        };
        for (const tag of tags) open(document.querySelector(tag).shadowRoot);
        return n;
      }, TAGS);
      if (!opened) break;
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: new URL(`render-${name}.png`, SHOTS).pathname, fullPage: true });
    return {
      states: await page.evaluate(
        (tags) => tags.map((t) => `${t}: ${document.querySelector(t).getAttribute('state')}`),
        TAGS,
      ),
      dom: await page.evaluate(serialize, TAGS),
    };
  } finally {
    await context.close();
  }
}

/** The label (or name) of what has focus, through shadow roots. */
function focusedName(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const label = a?.labels?.[0]?.textContent ?? a?.getAttribute('aria-label') ?? a?.textContent ?? '';
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the field or button named `name` has focus, as a keyboard user does. */
async function tabTo(page, name, most = 25) {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`Tab never reached “${name}” (last: “${await focusedName(page)}”)`);
}

/** Picks `2026-01-08T19:30` in a date-and-time editor: the date picker, then the time picker. */
async function when(group, value) {
  const [date, time] = value.split('T');
  await group.getByLabel('Tanggal', { exact: true }).fill(date);
  await group.getByLabel('Jam (boleh kosong)', { exact: true }).fill(time);
  await group
    .getByRole('status')
    .filter({ hasText: `pukul ${time.replace(':', '.')}` })
    .waitFor();
}

/** Clicks into a field and types, as a person does. */
async function type(locator, text) {
  await locator.click();
  await locator.page().keyboard.type(text);
}

test('a newcomer builds the demo village’s config; the download renders like the hand-written one', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const demo = await startDemo('builder-newcomer.jsonl');
  try {
    const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = [];
    const elsewhere = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // The preview (debug) logs the owner's unfinished config while typing; anything else is a problem.
    page.on(
      'console',
      (m) => m.type() === 'error' && !/^\[sebaya-[a-z-]+\] config-invalid: /.test(m.text()) && problems.push(m.text()),
    );
    page.on(
      'request',
      (r) =>
        !r.url().startsWith(demo.base) &&
        !r.url().startsWith('data:') &&
        !r.url().startsWith('blob:') &&
        elsewhere.push(r.url()),
    );
    const shot = (name) => page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });

    await page.goto(`${demo.base}dist/builder/index.html`);
    const b = page.locator('sebaya-builder');
    const task = async (name) => {
      await b.getByRole('link', { name }).first().click();
      await b.getByRole('heading', { level: 2, name }).waitFor();
    };
    const back = () => b.getByRole('link', { name: 'Kembali ke daftar tugas' }).first().click();
    const item = (path) => b.locator(`li[data-item="${path}"]`);

    // 1. Organisation and languages.
    await task('Organisasi dan bahasa');
    await type(b.getByRole('textbox', { name: 'Nama (Bahasa Indonesia)' }), 'TPKJM Kalurahan Ngunut');
    await type(b.getByRole('textbox', { name: 'Zona waktu' }), 'Asia/Jakarta');
    await b.getByRole('checkbox', { name: 'Bagian ini sudah selesai' }).check();
    await shot('1-organisation');
    await back();

    // 2. Two crisis lines; the first by keyboard alone (Tab, Enter, typing).
    await b.getByRole('link', { name: 'Layanan krisis' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await focusedName(page), 'Layanan krisis', 'the task page’s heading has focus');
    await tabTo(page, 'Tambah: Layanan krisis');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Nama (Bahasa Indonesia)');
    await page.keyboard.type('SEJIWA');
    await tabTo(page, 'Nomor telepon');
    await page.keyboard.type('119');
    await tabTo(page, 'Ekstensi');
    await page.keyboard.type('8');
    await b.getByRole('button', { name: 'Tambah: Layanan krisis' }).click();
    const team = item('crisis.lines[1]');
    await type(team.getByRole('textbox', { name: 'Nama (Bahasa Indonesia)' }), 'Relawan TPKJM Ngunut');
    await type(team.getByRole('textbox', { name: 'Nomor WhatsApp' }), '0812-0000-0000');
    await type(team.getByRole('textbox', { name: 'Jam layanan (Bahasa Indonesia)' }), 'Setiap hari 07.00–21.00');
    await shot('2-crisis');
    await back();

    // 3. The calendar: the weekly peer group and the monthly posyandu jiwa.
    await task('Kalender');
    await b.getByRole('button', { name: 'Tambah: Sumber' }).click();
    const events = [
      {
        id: 'kds-ngunut',
        title: 'Kelompok dukungan sebaya',
        start: '2026-01-08T19:30',
        end: '2026-01-08T21:00',
        // Chosen in words (sebaya-edit-rrule), not typed: FREQ=WEEKLY;BYDAY=TH.
        repeat: async (ev) => {
          await ev.getByRole('combobox', { name: 'Seberapa sering' }).selectOption({ label: 'Setiap minggu' });
          await ev.getByRole('checkbox', { name: 'Kamis' }).check();
          // The sentence the visitor will read, worded from the event's start.
          await ev.getByRole('status').filter({ hasText: 'Artinya: Setiap Kamis' }).waitFor();
        },
        location: 'Balai Kalurahan Ngunut',
      },
      {
        id: 'posyandu-jiwa',
        title: 'Posyandu jiwa',
        start: '2026-01-13T09:00',
        end: '2026-01-13T11:30',
        // FREQ=MONTHLY;BYDAY=2TU: every second Tuesday.
        repeat: async (ev) => {
          await ev.getByRole('combobox', { name: 'Seberapa sering' }).selectOption({ label: 'Setiap bulan' });
          await ev.getByRole('radio', { name: /^Hari tertentu dalam bulan/ }).check();
          await ev.getByRole('combobox', { name: 'Yang ke berapa' }).selectOption({ label: 'kedua' });
          await ev.getByRole('combobox', { name: 'Hari', exact: true }).selectOption({ label: 'Selasa' });
          await ev.getByRole('status').filter({ hasText: 'Artinya: Setiap Selasa kedua setiap bulan' }).waitFor();
        },
        location: 'Pos Kesehatan Padukuhan Ngunut',
      },
    ];
    for (const [i, e] of events.entries()) {
      await b.getByRole('button', { name: 'Tambah: Kegiatan' }).click();
      const ev = item(`calendar.sources[0].events[${i}]`);
      await type(ev.getByRole('textbox', { name: 'Id (wajib)' }), e.id);
      await type(ev.getByRole('textbox', { name: 'Judul (Bahasa Indonesia)' }), e.title);
      // Picked as a date and a time (sebaya-edit-datetime), not typed as ISO 8601.
      await when(ev.getByRole('group', { name: 'Mulai (wajib)', exact: true }), e.start);
      await when(ev.getByRole('group', { name: 'Selesai', exact: true }), e.end);
      await e.repeat(ev);
      await type(ev.getByRole('textbox', { name: 'Tempat (Bahasa Indonesia)' }), e.location);
    }
    await shot('3-calendar');
    await back();

    // 4. The support form, with a key pair made here (the private key is downloaded, never kept).
    await task('Formulir dukungan');
    await type(b.getByRole('textbox', { name: 'URL penerima (wajib)' }), '/api/support');
    await b.getByRole('button', { name: 'Tambah: Topik' }).click();
    const topic = item('supportForm.topics[0]');
    await type(topic.getByRole('textbox', { name: /^Id/ }), 'stres-cemas');
    await type(topic.getByRole('textbox', { name: /\(Bahasa Indonesia\)$/ }), 'Stres, cemas, atau sulit tidur');
    const privateKey = page.waitForEvent('download');
    await b.getByRole('button', { name: 'Buat pasangan kunci baru' }).click();
    const keyFile = await privateKey;
    assert.match(keyFile.suggestedFilename(), /\.json$/);
    await shot('4-support-form');
    await back();

    // 5. Three places from the directory template (with a third row added in a spreadsheet).
    await task('Direktori layanan');
    await b
      .locator('sebaya-import[kind="csv"]')
      .getByLabel(/^Pilih berkas/)
      .setInputFiles(new URL('directory-three-places.csv', FIXTURES).pathname);
    await b.getByRole('button', { name: 'Baca' }).click();
    await b.getByRole('heading', { name: 'Cocokkan kolom' }).waitFor();
    await shot('5-directory-match');
    await b.getByRole('button', { name: 'Impor tempat' }).click();
    await b.getByText('3 butir siap diimpor.').first().waitFor();
    await b.getByRole('button', { name: 'Masukkan ke konfigurasi' }).click();
    await b.getByText('3 tempat dimasukkan ke direktori.').first().waitFor();
    await shot('5-directory-imported');
    await back();

    // 6. Check, then download sebaya.json.
    await b.getByRole('button', { name: 'Periksa' }).click();
    await shot('6-checked');
    const download = page.waitForEvent('download');
    await b.getByRole('button', { name: 'Unduh sebaya.json' }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'sebaya.json');
    const built = JSON.parse(readFileSync(await file.path(), 'utf8'));
    if (process.env.DEBUG) console.log(JSON.stringify(built, null, 2));

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);
    assert.deepEqual(problems, []);
    assert.deepEqual(elsewhere, []);
    await context.close();

    // The file passes the elements' own validation.
    const checked = validateConfig(SiteConfig, built);
    assert.deepEqual(checked.issues, []);
    assert.ok(checked.ok);
    assert.deepEqual(built.supportForm.publicKey.kty, 'EC');
    assert.equal(built.directory.sources[0].resources.length, 3);

    // The five elements render the download exactly as they render the hand-written config.
    const mine = await renderAll(demo, built, 'built');
    const theirs = await renderAll(demo, handWritten, 'hand-written');
    assert.deepEqual(
      mine.states,
      TAGS.map((t) => `${t}: ready`),
    );
    assert.deepEqual(theirs.states, mine.states);
    for (const tag of TAGS) assert.deepEqual(mine.dom[tag], theirs.dom[tag], `${tag} renders the same`);
    const text = Object.values(mine.dom).flat().join('\n');
    if (process.env.DEBUG) console.log(mine.dom['sebaya-directory'].join('\n'));
    for (const words of [
      'SEJIWA',
      'Relawan TPKJM Ngunut',
      'Kelompok dukungan sebaya',
      'Stres, cemas, atau sulit tidur',
      'RS Jiwa Contoh',
    ])
      assert.ok(text.includes(words), `the elements show “${words}”`);
  } finally {
    await demo.stop();
  }
});
