// @ts-check
// The WordPress plugin (dist/sebaya-wordpress.zip, built by scripts/wordpress-zip.mjs) on a real
// WordPress 6.5 with SQLite on `php -S` (./wordpress-harness.mjs), driven in Chromium as people
// use it: WordPress is installed by its own installer; the administrator uploads the zip in
// Plugins → Add New → Upload and activates it; a Contributor writes a post with every shortcode
// (and with raw elements and a script, which WordPress strips for that role); a visitor sees
// working elements; a page without a shortcode gets nothing from the plugin; the administrator
// deactivates and deletes it (WordPress warns about its data) and its data is gone; and PHP
// logged no warning, notice or deprecation the whole time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { MAX_BYTES, poToMo } from '../../scripts/wordpress-zip.mjs';
import { readZip } from '../../scripts/zip.mjs';
import { join } from 'node:path';
import { DIST, PHP, ROOT, elementsOf, elementsSettled, launchBrowser, requireBuild, siteConfig, watchPage } from './helpers.mjs';
import { startWordpress } from './wordpress-harness.mjs';

const ZIP = join(DIST, 'sebaya-wordpress.zip');
const CONTRIBUTOR = { user: 'kontributor', password: 'kata-sandi-kontributor-1' };

/** @type {Awaited<ReturnType<typeof startWordpress>>} */ let wp;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {import('playwright-core').BrowserContext} */ let admin;
/** @type {{ user: string, password: string }} */ let adminLogin;
/** @type {number} */ let postId;
/** @type {number} */ let plainPageId;
/** @type {string} */ let sentMarker;

/**
 * Signs in through wp-login.php in a fresh browser context.
 * @param {{ user: string, password: string }} who
 */
async function signIn(who) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', who.user);
  await page.fill('#user_pass', who.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  await page.close();
  return context;
}

/**
 * A REST call as the context's signed-in user (cookie + the nonce WordPress hands its own scripts).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} route
 * @param {Record<string, unknown>} data
 */
async function rest(context, route, data) {
  const nonce = await (await context.request.get(`${wp.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const response = await context.request.post(`${wp.url}/?rest_route=${route}`, { headers: { 'X-WP-Nonce': nonce }, data });
  assert.ok(response.ok(), `${route}: ${response.status()} ${await response.text()}`);
  return response.json();
}

before(async () => {
  requireBuild();
  assert.ok(existsSync(ZIP), 'dist/sebaya-wordpress.zip is built (npm run build)');
  wp = await startWordpress();
  adminLogin = await wp.install();
  browser = await launchBrowser();
  admin = await signIn(adminLogin);
  wp.wpEval(
    `$id = wp_insert_user(['user_login' => '${CONTRIBUTOR.user}', 'user_pass' => '${CONTRIBUTOR.password}', 'user_email' => 'k@example.org', 'role' => 'contributor']);
     if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); }`,
  );
  plainPageId = Number(
    wp.wpEval(`echo wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Tentang', 'post_content' => 'Halaman tanpa elemen.']);`),
  );
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

test('the plugin zip: one sebaya/ folder, at most 200 kB, every PHP file passes php -l, the Indonesian catalogue compiled', () => {
  const zip = readFileSync(ZIP);
  assert.ok(zip.length <= MAX_BYTES, `${zip.length} bytes`);
  const entries = readZip(zip).filter((e) => !e.folder);
  assert.ok(entries.every((e) => e.name.startsWith('sebaya/')));
  const names = entries.map((e) => e.name);
  for (const f of ['sebaya/sebaya.php', 'sebaya/uninstall.php', 'sebaya/assets/sebaya.js', 'sebaya/languages/sebaya-id_ID.mo'])
    assert.ok(names.includes(f), f);
  assert.ok(!names.some((n) => n.endsWith('.map')));
  for (const e of entries.filter((e) => e.name.endsWith('.php'))) {
    const lint = spawnSync(PHP, ['-l'], { input: e.data, encoding: 'utf8' });
    assert.equal(lint.status, 0, `${e.name}: ${lint.stdout}${lint.stderr}`);
    // PHP 7.4 to 8.3, each with its own parser and functions: php-versions.test.mjs.
  }
});

test('the administrator uploads the plugin zip and activates it', async () => {
  const page = await admin.newPage();
  await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  assert.match(await page.locator('.wrap').innerText(), /Plugin installed successfully/);
  await Promise.all([page.waitForURL(/plugins\.php/), page.locator('.wrap a', { hasText: 'Activate Plugin' }).click()]);
  const row = page.locator('tr[data-slug="sebaya"]');
  assert.match((await row.getAttribute('class')) ?? '', /\bactive\b/);
  assert.match(await row.innerText(), /Deleting Sebaya also deletes its settings/);
  await page.close();
});

const DEMO_KEY = JSON.parse(readFileSync(join(ROOT, 'demo/coordinator/demo-private-key.json'), 'utf8'));
const TEAM_ZIP = join(DIST, 'sebaya-wordpress-tim.zip');
const RECEIVER = () => `${wp.url}/wp-json/sebaya/v1/receiver`;
const CREDENTIAL = `sbc_${randomBytes(32).toString('base64url')}`;
const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
const EVENT = 'Kegiatan dari pengaturan WordPress';

test('Settings → Sebaya saves the config (nonce, manage_options, located errors); it is served at /wp-json/sebaya/v1/config with caching headers', async () => {
  const config = siteConfig();
  delete config.supportForm.endpoint; // the plugin's own receiver
  config.supportForm.publicKey = DEMO_KEY.publicKey; // the form seals; the inbox opens it with the key file
  config.calendar.sources.push({ events: [{ id: 'wp-uji', title: EVENT, start: `${tomorrow}T10:00` }] });
  const page = await admin.newPage();
  await page.goto(`${wp.url}/wp-admin/options-general.php?page=sebaya`);
  // Not JSON: nothing saved, the text kept, the place named.
  const broken = '{\n  "locale": "id",,\n}';
  await page.fill('#sebaya-config', broken);
  await Promise.all([page.waitForLoadState('load'), page.click('#submit')]);
  await page.waitForSelector('.notice-error');
  assert.match(await page.locator('.notice-error').innerText(), /not valid JSON \(near line 2, column 18/);
  assert.equal(await page.locator('#sebaya-config').inputValue(), broken);
  assert.equal((await fetch(`${wp.url}/wp-json/sebaya/v1/config`)).status, 404);
  // The config: saved, then previewed by the elements themselves.
  await page.fill('#sebaya-config', JSON.stringify(config, null, 2));
  await Promise.all([page.waitForLoadState('load'), page.click('#submit')]);
  await page.waitForSelector('.notice-success');
  await elementsSettled(page);
  for (const e of await elementsOf(page)) assert.equal(e.state, 'ready', `${e.tag}: ${e.text.slice(0, 300)}`);
  await page.close();
  const response = await fetch(`${wp.url}/wp-json/sebaya/v1/config`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
  assert.match(response.headers.get('etag') ?? '', /^"[0-9a-f]{32}"$/);
  const served = structuredClone(config);
  served.supportForm.endpoint = RECEIVER();
  assert.deepEqual(await response.json(), served);
  // Without the nonce nothing is saved; a Contributor cannot open the page.
  const forged = await admin.request.post(`${wp.url}/wp-admin/options-general.php?page=sebaya`, {
    form: { sebaya_config: '{"locale":"en"}' },
  });
  assert.equal(forged.status(), 403);
  assert.deepEqual(await (await fetch(`${wp.url}/wp-json/sebaya/v1/config`)).json(), served);
  const contributor = await signIn(CONTRIBUTOR);
  const denied = await contributor.request.get(`${wp.url}/wp-admin/options-general.php?page=sebaya`);
  assert.equal(denied.status(), 403);
  await contributor.close();
});

test("a Contributor's post with every shortcode renders working elements for a visitor", async () => {
  const contributor = await signIn(CONTRIBUTOR);
  const content = [
    'Kegiatan dan layanan desa.',
    '[sebaya_calendar view="list" lang="id"]',
    '[sebaya_support_form theme="light"]',
    '[sebaya_quiz lang="en"]',
    '[sebaya_directory theme="dark"]',
    '[sebaya_crisis_help layout="bar"]',
    // WordPress strips these for a Contributor (no unfiltered_html): the reason for the shortcodes.
    '<sebaya-quiz id="mentah"></sebaya-quiz><script>alert("kontributor")</script>',
    // Values the elements do not take are left out, with a note only editors see.
    '[sebaya_calendar view="kalender" bogus="1" lang="x y"]',
    // The block wraps the same output.
    '<!-- wp:sebaya/quiz {"lang":"id","theme":"auto"} /-->',
  ].join('\n\n');
  const draft = await rest(contributor, '/wp/v2/posts', { title: 'Sebaya di desa', content, status: 'pending' });
  postId = draft.id;
  assert.equal(draft.status, 'pending');
  await contributor.close();
  const published = await rest(admin, `/wp/v2/posts/${postId}`, { status: 'publish' });
  assert.equal(published.status, 'publish');

  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  const seen = watchPage(page);
  const requests = /** @type {string[]} */ ([]);
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${wp.url}/?p=${postId}`);
  await elementsSettled(page);
  const elements = await elementsOf(page);
  assert.deepEqual(
    elements.map((e) => e.tag),
    [
      'sebaya-calendar',
      'sebaya-support-form',
      'sebaya-quiz',
      'sebaya-directory',
      'sebaya-crisis-help',
      'sebaya-calendar',
      'sebaya-quiz',
    ],
  );
  for (const e of elements) {
    assert.ok(e.defined, `${e.tag} is defined`);
    assert.ok(['ready', 'empty'].includes(e.state ?? ''), `${e.tag} is ${e.state}: ${e.text.slice(0, 300)}`);
  }
  // Each element as the plugin wrote it: the shortcode's checked attributes and the stored config.
  const html = await (await fetch(`${wp.url}/?p=${postId}`)).text();
  const written = [...html.matchAll(/<(sebaya-[a-z-]+)((?:\s+[a-z-]+="[^"]*")*)\s*>/g)].map((m) => ({
    tag: m[1],
    ...Object.fromEntries([...m[2].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  }));
  const src = `${wp.url}/wp-json/sebaya/v1/config`;
  assert.deepEqual(
    written,
    [
      { tag: 'sebaya-calendar', view: 'list', lang: 'id', src },
      { tag: 'sebaya-support-form', theme: 'light', src },
      { tag: 'sebaya-quiz', lang: 'en', src },
      { tag: 'sebaya-directory', theme: 'dark', src },
      { tag: 'sebaya-crisis-help', layout: 'bar', src },
      { tag: 'sebaya-calendar', src },
      { tag: 'sebaya-quiz', lang: 'id', theme: 'auto', src },
    ],
  );
  // The elements read it: the config's own calendar event and the quiz in English.
  assert.ok(elements[0].text.includes(EVENT), elements[0].text.slice(0, 400));
  assert.match(elements[2].text, /Myth or fact/i);
  // The Contributor's raw element and script are gone; nothing ran.
  assert.equal(await page.locator('#mentah').count(), 0);
  assert.deepEqual(seen.dialogs, []);
  assert.deepEqual(seen.errors, []);
  assert.equal(await page.locator('.sebaya-notice').count(), 0, 'visitors do not see the editor note');
  // One module script, from the plugin's folder; nothing asked of another host.
  const scripts = [...html.matchAll(/<script[^>]*sebaya\.js[^>]*>/g)].map((m) => m[0]);
  assert.equal(scripts.length, 1, scripts.join('\n'));
  assert.match(scripts[0], /type="module"/);
  assert.match(scripts[0], /\/wp-content\/plugins\/sebaya\/assets\/sebaya\.js\?ver=0\.1\.0/);
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(wp.url) && !u.startsWith(`blob:${wp.url}/`) && !u.startsWith('data:')),
    [],
  );
  await visitor.close();
});

test("a visitor's support request from the post reaches the plugin's receiver (its own tables in WordPress's database)", async () => {
  const line = `sha256:${createHash('sha256').update(CREDENTIAL).digest('hex')}`;
  wp.wpEval(`update_option('sebaya_receiver', array('credentials' => array('${line}')), false);`);
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  const marker = `permintaan-uji-${Date.now()}`;
  await page.goto(`${wp.url}/?p=${postId}`);
  await elementsSettled(page);
  const form = page.locator('sebaya-support-form');
  await form.getByLabel('Topic').selectOption({ index: 1 });
  await form.getByLabel('What would you like to tell the team?').fill(`Saya sulit tidur. ${marker}`);
  await form.getByLabel('It can wait a few days').check();
  await form.getByRole('checkbox').last().check();
  await page.waitForTimeout(3_200);
  await form.getByRole('button', { name: 'Send request' }).click();
  await form.getByText('Sent. The team has your request.').waitFor({ timeout: 15_000 });
  await visitor.close();
  const inbox = await fetch(`${RECEIVER()}/inbox`, { headers: { Authorization: `Bearer ${CREDENTIAL}` } });
  assert.equal(inbox.status, 200);
  const { requests: items } = await inbox.json();
  assert.equal(items.length, 1);
  assert.equal(items[0].envelope.sealed, true, 'sealed to the team key: the receiver cannot read it');
  assert.ok(!JSON.stringify(items).includes(marker));
  sentMarker = marker;
  const tables = wp.wpEval(
    `global $wpdb; echo implode(',', $wpdb->get_col("SHOW TABLES LIKE 'wp_sebaya_%'"));`,
  );
  assert.equal(tables.split(',').sort().join(','), 'wp_sebaya_buckets,wp_sebaya_meta,wp_sebaya_replies,wp_sebaya_requests');
  assert.equal((await fetch(`${RECEIVER()}/inbox`)).status, 401);
});

test('Sebaya Tim: the coordinator reads that request in wp-admin (capability, credential form with a nonce)', async () => {
  const page = await admin.newPage();
  await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', TEAM_ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await Promise.all([page.waitForURL(/plugins\.php/), page.locator('.wrap a', { hasText: 'Activate Plugin' }).click()]);
  assert.match((await page.locator('tr[data-slug="sebaya-tim"]').getAttribute('class')) ?? '', /\bactive\b/);
  // A second credential, added through the page's form (administrators, nonce).
  const credential = `sbc_${randomBytes(32).toString('base64url')}`;
  await page.goto(`${wp.url}/wp-admin/admin.php?page=sebaya-inbox`);
  await page.fill('#sebaya-credential', 'sha256:nicht-hex');
  await Promise.all([page.waitForLoadState('load'), page.click('#submit')]);
  assert.match(await page.locator('.notice-error').innerText(), /not a credential line/);
  await page.fill('#sebaya-credential', `sha256:${createHash('sha256').update(credential).digest('hex')}`);
  await Promise.all([page.waitForLoadState('load'), page.click('#submit')]);
  await page.locator('.notice-success').waitFor();
  // The inbox: the team's key file, then the credential, as the coordinator gives them.
  // (once it has read the config and looked for a kept key: it asks for the key file then)
  await page.locator('sebaya-inbox').getByText('Open the private key file').waitFor({ timeout: 20_000 });
  await page.evaluate(
    async ([key, cred]) => {
      const el = /** @type {any} */ (document.querySelector('sebaya-inbox'));
      await el.importKeyFile(new Blob([key], { type: 'application/json' }));
      await el.signIn(cred);
    },
    [JSON.stringify(DEMO_KEY), credential],
  );
  const row = page.locator('sebaya-inbox [part="request"]').filter({ hasText: sentMarker });
  await row.waitFor({ timeout: 20_000 });
  assert.match(await row.innerText(), /Saya sulit tidur/);
  await page.close();
  // Without the capability: no page.
  const contributor = await signIn(CONTRIBUTOR);
  assert.equal((await contributor.request.get(`${wp.url}/wp-admin/admin.php?page=sebaya-inbox`)).status(), 403);
  await contributor.close();
  const forged = await admin.request.post(`${wp.url}/wp-admin/admin.php?page=sebaya-inbox`, {
    form: { sebaya_credential: `sha256:${'0'.repeat(64)}` },
  });
  assert.equal(forged.status(), 403, 'no credential without the nonce');
});

test('Sebaya Tim: Settings → Sebaya builder starts from the saved config and saves what it makes', async () => {
  const page = await admin.newPage();
  const failed = /** @type {string[]} */ ([]);
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  const seen = watchPage(page);
  await page.goto(`${wp.url}/wp-admin/options-general.php?page=sebaya-builder`);
  const field = page.locator('#sebaya-builder-config');
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.querySelector('#sebaya-builder-config'))?.value.includes('"calendar"'));
  assert.ok((await field.inputValue()).includes(EVENT), 'the builder holds the saved config');
  // An edit in the builder (its own API for a field edit) reaches the form.
  await page.evaluate(() => /** @type {any} */ (document.querySelector('sebaya-builder')).edit('organization.name', 'Desa Uji Penyusun'));
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.querySelector('#sebaya-builder-config')).value.includes('Desa Uji Penyusun'));
  await Promise.all([page.waitForURL(/options-general\.php\?page=sebaya$/), page.click('#sebaya-builder-save')]);
  await page.locator('.notice-success').waitFor();
  const served = await (await fetch(`${wp.url}/wp-json/sebaya/v1/config`)).json();
  assert.equal(served.organization.name, 'Desa Uji Penyusun');
  assert.ok(JSON.stringify(served.calendar).includes(EVENT));
  assert.deepEqual(failed, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('an editor sees which shortcode values were left out, in the site language', async () => {
  const page = await admin.newPage();
  await page.goto(`${wp.url}/?p=${postId}`);
  const note = await page.locator('.sebaya-notice').innerText();
  assert.match(note, /\[sebaya_calendar\] view="kalender" is not one of: month, list\./);
  assert.match(note, /has no attribute "bogus"/);
  assert.match(note, /lang="x y" is not a language code/);
  // Indonesian installed for WordPress (an empty core catalogue is enough for it to be offered).
  mkdirSync(join(wp.root, 'wp-content/languages'), { recursive: true });
  writeFileSync(join(wp.root, 'wp-content/languages/id_ID.mo'), poToMo(''));
  wp.wpEval(`update_option('WPLANG', 'id_ID');`);
  await page.reload();
  const catatan = await page.locator('.sebaya-notice').innerText();
  // The block editor's words, as WordPress hands them to editor/blocks.js.
  const blockWords = wp.wpEval(
    `echo load_script_textdomain('sebaya-blocks', 'sebaya', WP_PLUGIN_DIR . '/sebaya/languages');`,
  );
  wp.wpEval(`update_option('WPLANG', '');`);
  assert.match(catatan, /view="kalender" bukan salah satu dari: month, list\./);
  assert.match(catatan, /hanya terlihat oleh yang dapat menyunting tulisan/);
  assert.match(blockWords, /"Sebaya: activity calendar":\["Sebaya: kalender kegiatan"\]/);
  await page.close();
});

test('a page without a shortcode gets nothing from the plugin', async () => {
  const html = await (await fetch(`${wp.url}/?page_id=${plainPageId}`)).text();
  assert.match(html, /Halaman tanpa elemen/);
  assert.doesNotMatch(html, /sebaya/i);
});

test('the administrator deactivates and deletes the plugin, warned about its data, and the data is gone', async () => {
  const page = await admin.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${wp.url}/wp-admin/plugins.php`);
  // Sebaya Tim first (it requires Sebaya): its capability goes with it.
  await Promise.all([page.waitForURL(/deactivate=true/), page.locator('tr[data-slug="sebaya-tim"] .deactivate a').click()]);
  await page.locator('tr[data-slug="sebaya-tim"] .delete a').click();
  await page.locator('tr[data-slug="sebaya-tim"].deleted').waitFor({ timeout: 20_000 });
  assert.equal(wp.wpEval(`echo get_role('administrator')->has_cap('sebaya_read_inbox') ? 'ja' : 'nein';`), 'nein');
  await page.goto(`${wp.url}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/deactivate=true/), page.locator('tr[data-slug="sebaya"] .deactivate a').click()]);
  assert.doesNotMatch((await page.locator('tr[data-slug="sebaya"]').getAttribute('class')) ?? '', /\bactive\b/);
  /** @type {string[]} */
  const dialogs = [];
  page.on('dialog', (d) => void dialogs.push(d.message()));
  await page.locator('tr[data-slug="sebaya"] .delete a').click();
  await page.locator('tr[data-slug="sebaya"].deleted').waitFor({ timeout: 20_000 });
  assert.match(await page.locator('tr[data-slug="sebaya"]').innerText(), /Sebaya was successfully deleted/);
  assert.equal(dialogs.length, 1);
  assert.match(dialogs[0], /delete Sebaya and its data/);
  assert.equal(wp.wpEval(`var_export(get_option('sebaya_config', 'hilang'));`), "'hilang'");
  assert.equal(wp.wpEval(`var_export(get_option('sebaya_receiver', 'hilang'));`), "'hilang'");
  assert.equal(
    wp.wpEval(`global $wpdb; echo count($wpdb->get_col("SHOW TABLES LIKE 'wp_sebaya_%'"));`),
    '0',
    'the receiver tables are dropped',
  );
  assert.ok(!existsSync(join(wp.root, 'wp-content/plugins/sebaya')), 'the plugin folder is removed');
  const after = await (await fetch(`${wp.url}/?p=${postId}`)).text();
  assert.doesNotMatch(after, /<sebaya-|sebaya\.js/, 'without the plugin the shortcodes render nothing of it');
  await page.close();
});

test('PHP logged no warning, notice, deprecation or error', () => {
  assert.deepEqual(wp.problems(), []);
});
