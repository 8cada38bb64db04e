// @ts-check
/**
 * The plugin's receiver on a WordPress over MariaDB whose PHP has mysqli and no PDO at all (a host
 * without pdo_mysql): it writes through WordPress's own $wpdb (includes/wpdb-connection.php). The
 * contract suite runs on it too (target `wp-mysqli`); this test looks at what the suite cannot see:
 * WordPress's own connection is as WordPress left it once the receiver has answered, a duplicate
 * (409) leaves no "WordPress database error" in the log, and the tables are WordPress's neighbours
 * in utf8mb4 with 4-byte text kept whole.
 *
 *   node --test test/integrations/wordpress-mysqli.test.mjs
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { skipUnlessServers, startMariadb, postJson, unsealed } from '../receiver/php-harness.mjs';
import { noPdoArgs } from './helpers.mjs';
import { openWordpressReceiver } from './wordpress-harness.mjs';

const skip = skipUnlessServers('mariadb');

/** @type {Awaited<ReturnType<typeof startMariadb>>} */ let mariadb;
/** @type {Awaited<ReturnType<typeof openWordpressReceiver>>} */ let opened;

before(async () => {
  if (skip) return;
  mariadb = await startMariadb();
  opened = await openWordpressReceiver({ mariadb, phpArgs: noPdoArgs() });
  // A must-use plugin that writes down, as WordPress shuts down, what its connection is set to.
  writeFileSync(
    join(opened.wp.root, 'wp-content/mu-plugins/connection-at-shutdown.php'),
    `<?php
add_action( 'shutdown', static function () {
    global $wpdb;
    $row = $wpdb->get_row( 'SELECT @@SESSION.sql_mode AS sql_mode, @@SESSION.collation_connection AS collation, @@SESSION.innodb_lock_wait_timeout AS wait', ARRAY_A );
    $row['suppress_errors'] = $wpdb->suppress_errors;
    $row['pdo'] = class_exists( 'PDO' );
    $row['uri'] = (string) $_SERVER['REQUEST_URI'];
    file_put_contents( ${JSON.stringify(join(opened.wp.dir, 'shutdown.jsonl'))}, json_encode( $row ) . "\\n", FILE_APPEND );
}, 1000 );
`,
  );
});

after(async () => {
  await opened?.close();
  await mariadb?.stop();
});

test('with mysqli and no PDO: requests are taken through $wpdb, and WordPress gets its connection back as it was', { skip, timeout: 180_000 }, async () => {
  const receiver = await opened.start({ rateLimits: false });
  try {
    const base = new URL(receiver.E).origin;
    // A page of WordPress's own (it may redirect to the address it was installed at: not followed).
    const home = await fetch(`${base}/`, { redirect: 'manual' });
    assert.ok(home.status < 400, String(home.status));
    await home.text();

    const envelope = unsealed({ message: 'Saya butuh teman bicara 🙏 — 𝓼𝓮𝓫𝓪𝔂𝓪' });
    const first = await postJson(receiver.E, envelope);
    assert.equal(first.status, 201, first.text);
    const again = await postJson(receiver.E, envelope);
    assert.equal(again.status, 409, again.text);

    const lines = readFileSync(join(opened.wp.dir, 'shutdown.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const page = lines.find((l) => !l.uri.includes('/wp-json/'));
    const receiverRequests = lines.filter((l) => l.uri.includes('/wp-json/sebaya/v1/receiver'));
    assert.ok(page, JSON.stringify(lines));
    assert.equal(receiverRequests.length, 2, JSON.stringify(lines));
    assert.equal(page.pdo, false, 'this PHP has no PDO');
    /** @param {Record<string, unknown>} line */
    const settings = (line) => Object.fromEntries(Object.entries(line).filter(([k]) => k !== 'uri'));
    const wordpress = settings(page);
    for (const line of receiverRequests) assert.deepEqual(settings(line), wordpress);
    assert.doesNotMatch(wordpress.sql_mode, /STRICT_ALL_TABLES/, 'WordPress runs without strict mode; the receiver set it only for itself');

    // The tables: beside WordPress's, utf8mb4 with a binary collation, the 4-byte text whole.
    const tables = mariadb.sql("SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'sebaya' AND TABLE_NAME LIKE 'wp\\_sebaya\\_c%' ORDER BY TABLE_NAME");
    const requests = tables.split('\n').find((l) => l.split('\t')[0].endsWith('_requests'));
    assert.ok(requests, tables);
    assert.equal(requests.split('\t')[1], 'utf8mb4_bin');
    // In hex: the mariadb client's own character set would show 4-byte text as "?" either way.
    const stored = Buffer.from(mariadb.sql(`SELECT HEX(envelope) FROM sebaya.${requests.split('\t')[0]}`).trim(), 'hex').toString('utf8');
    assert.equal(JSON.parse(stored).request.message, 'Saya butuh teman bicara 🙏 — 𝓼𝓮𝓫𝓪𝔂𝓪');

    const log = join(opened.wp.dir, 'debug.log');
    const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
    assert.doesNotMatch(text, /WordPress database error|Duplicate entry/);
    assert.deepEqual(opened.wp.problems(), []);
    assert.doesNotMatch(receiver.output(), /WordPress database error|Duplicate entry|PHP (Warning|Notice|Deprecated|Fatal)/);
  } finally {
    await receiver.stop();
  }
});

test('deleting the plugin drops its tables from the MariaDB too', { skip, timeout: 120_000 }, async () => {
  const receiver = await opened.start({ rateLimits: false });
  try {
    assert.equal((await postJson(receiver.E, unsealed())).status, 201);
  } finally {
    await receiver.stop();
  }
  const ours = () =>
    mariadb
      .sql("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'sebaya' AND TABLE_NAME LIKE 'wp\\_sebaya\\_%'")
      .trim();
  // Each receiver in this file keeps its own prefix; the plugin's own tables are wp_sebaya_<table>.
  opened.wp.wpEval(`global $wpdb; $wpdb->query("CREATE TABLE {$wpdb->prefix}sebaya_requests (id INT)");`);
  assert.match(ours(), /^wp_sebaya_requests$/m);
  opened.wp.wpEval(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('sebaya/sebaya.php'); uninstall_plugin('sebaya/sebaya.php');`,
  );
  assert.doesNotMatch(ours(), /^wp_sebaya_requests$/m);
  assert.equal(opened.wp.wpEval(`echo var_export(get_option('sebaya_receiver', 'gone'), true);`), "'gone'");
});
