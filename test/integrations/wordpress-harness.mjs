// @ts-check
/**
 * A real WordPress 6.5 for the plugin test, from the npm package @wp-playground/wordpress-builds
 * (scripts/fetch-wordpress.mjs): the core from src/wordpress/wp-6.5.zip with its static files put
 * back from public/wp-6.5/ (the Playground build serves those apart), the SQLite database
 * integration plugin from the same package as the `db.php` drop-in (installed the way that plugin
 * installs itself), a wp-config.php with WP_DEBUG on and the log in a file, and `php -S` on
 * loopback. The database starts empty: `install()` runs WordPress's own installer over HTTP.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fetchWordpress } from '../../scripts/fetch-wordpress.mjs';
import { readZip } from '../../scripts/zip.mjs';
import { receiverCore } from '../../scripts/wordpress-zip.mjs';
import { PHP, ROOT, requirePhp, startPhp } from './helpers.mjs';

/** Writes a zip's entries under `to`, dropping the first `strip` path parts. @param {Buffer} zip @param {string} to */
function unzipTo(zip, to, strip = 0) {
  for (const entry of readZip(zip)) {
    const name = entry.name.split('/').slice(strip).join('/');
    if (!name || entry.folder) continue;
    const out = join(to, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, entry.data);
  }
}

/**
 * @param {{ mariadb?: Awaited<ReturnType<typeof import('../receiver/php-harness.mjs').startMariadb>>, phpArgs?: string[] }} [options]
 *   `mariadb`: WordPress on that MariaDB (through mysqli, no SQLite drop-in) instead of SQLite;
 *   `phpArgs`: how PHP is started (e.g. noPdoArgs(): mysqli but no PDO)
 */
export async function startWordpress({ mariadb, phpArgs = [] } = {}) {
  requirePhp(mariadb ? ['mysqli'] : ['pdo_sqlite'], phpArgs);
  const tarball = fetchWordpress();
  const dir = mkdtempSync(join(tmpdir(), 'sebaya-wordpress-'));
  const unpacked = join(dir, 'package');
  execFileSync('tar', [
    'xzf',
    tarball,
    '-C',
    dir,
    'package/src/wordpress/wp-6.5.zip',
    'package/src/sqlite-database-integration/sqlite-database-integration.zip',
    'package/public/wp-6.5',
  ]);
  const root = join(dir, 'wordpress');
  unzipTo(readFileSync(join(unpacked, 'src/wordpress/wp-6.5.zip')), root);
  cpSync(join(unpacked, 'public/wp-6.5'), root, { recursive: true });
  rmSync(join(root, 'wp-content/database'), { recursive: true, force: true }); // a fresh install, not Playground's
  mkdirSync(join(dir, 'database')); // outside the web root, as a host would keep it
  if (!mariadb) {
    const sqlite = join(root, 'wp-content/plugins/sqlite-database-integration');
    unzipTo(readFileSync(join(unpacked, 'src/sqlite-database-integration/sqlite-database-integration.zip')), sqlite, 1);
    writeFileSync(
      join(root, 'wp-content/db.php'),
      readFileSync(join(sqlite, 'db.copy'), 'utf8')
        .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', sqlite)
        .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php'),
    );
  }
  rmSync(unpacked, { recursive: true, force: true });
  // This WordPress has no way to WordPress.org (neither has CI): its update checks would log a
  // warning on every admin page. A must-use plugin tells it the checks are done; the same
  // filters a host that manages updates itself uses.
  mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(
    join(root, 'wp-content/mu-plugins/no-wordpress-org.php'),
    `<?php
$checked = static function () {
    return (object) array( 'last_checked' => time(), 'version_checked' => get_bloginfo( 'version' ), 'updates' => array(), 'translations' => array(), 'response' => array(), 'no_update' => array(), 'checked' => array() );
};
foreach ( array( 'update_core', 'update_plugins', 'update_themes' ) as $name ) {
    add_filter( "pre_site_transient_{$name}", $checked );
}
$offline = static function () {
    foreach ( array( 'load-plugins.php', 'load-update.php', 'load-update-core.php', 'wp_update_plugins', 'upgrader_process_complete' ) as $hook ) {
        remove_action( $hook, 'wp_update_plugins' );
    }
    foreach ( array( 'load-themes.php', 'load-update.php', 'load-update-core.php', 'wp_update_themes', 'upgrader_process_complete' ) as $hook ) {
        remove_action( $hook, 'wp_update_themes' );
    }
    remove_action( 'admin_init', '_maybe_update_core' );
    remove_action( 'admin_init', '_maybe_update_plugins' );
    remove_action( 'admin_init', '_maybe_update_themes' );
    remove_action( 'wp_version_check', 'wp_version_check' );
    remove_action( 'upgrader_process_complete', 'wp_version_check' );
};
add_action( 'init', $offline );
add_action( 'admin_init', $offline, 0 ); // after wp-admin/includes/admin-filters.php has added its own
// Plugin dependencies ("Requires Plugins") ask WordPress.org about each one.
add_filter( 'plugins_api', static function () {
    return new WP_Error( 'plugins_api_failed', 'no network in this test' );
} );
add_filter( 'pre_http_request', static function ( $pre, $args, $url ) {
    return false !== strpos( (string) $url, 'wordpress.org' ) ? new WP_Error( 'offline', 'no network in this test' ) : $pre;
}, 10, 3 );
`,
  );
  const log = join(dir, 'debug.log');
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`)
    .join('\n');
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define('DB_NAME', ${JSON.stringify(mariadb ? 'sebaya' : 'wordpress')});
define('DB_USER', ${JSON.stringify(mariadb?.user ?? '')});
define('DB_PASSWORD', ${JSON.stringify(mariadb?.password ?? '')});
define('DB_HOST', ${JSON.stringify(mariadb ? `127.0.0.1:${mariadb.port}` : '')});
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');
define('DB_DIR', ${JSON.stringify(join(dir, 'database') + '/')});
define('DB_FILE', '.ht.sqlite');
${salts}
$table_prefix = 'wp_';
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${JSON.stringify(log)});
define('SCRIPT_DEBUG', false);
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // What WordPress's .htaccess does on Apache: a file that exists is served, anything else goes to
  // index.php (php -S alone answers its own 404 for a path that looks like a file, e.g. "x.00").
  const router = join(dir, 'router.php');
  writeFileSync(
    router,
    `<?php
$path = rawurldecode((string) parse_url((string) $_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = ${JSON.stringify(root)} . $path;
if ($path !== '/' && strpos($path, '..') === false && (is_file($file) || is_dir($file))) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ${JSON.stringify(join(root, 'index.php'))};
require ${JSON.stringify(join(root, 'index.php'))};
`,
  );
  const php = await startPhp({ docroot: root, router, workers: 4, phpArgs, ini: { upload_max_filesize: '8M', post_max_size: '8M' } });
  const url = php.url;

  /**
   * Runs PHP with WordPress loaded (as WP-CLI would) and returns what it echoes.
   * @param {string} code PHP statements, without `<?php`.
   */
  const wpEval = (code) => {
    const script = join(dir, `eval-${randomBytes(4).toString('hex')}.php`);
    writeFileSync(
      script,
      `<?php
$_SERVER['HTTP_HOST'] = ${JSON.stringify(new URL(url).host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_USE_THEMES', false);
require ${JSON.stringify(join(root, 'wp-load.php'))};
${code}
`,
    );
    const run = spawnSync(PHP, [...phpArgs, '-d', 'display_errors=stderr', '-d', 'error_reporting=32767', script], {
      cwd: root,
      encoding: 'utf8',
    });
    rmSync(script, { force: true });
    if (run.status !== 0 || run.stderr.trim()) throw new Error(`wp eval failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    return run.stdout;
  };

  return {
    url,
    root,
    dir,
    router,
    php,
    phpArgs,
    wpEval,
    /** The PHP problems in php -S's output and in WordPress's debug.log. */
    problems: () => [
      ...php.problems(),
      // debug.log also holds the receiver's own one-line log of refused requests ("sebaya receiver: 401 …").
      ...(existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter((l) => /PHP (Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Recoverable fatal error)/.test(l))
        : []),
    ],
    /** WordPress's installer, as a person fills it in (step 2 of wp-admin/install.php). */
    async install({ user = 'admin', password = randomBytes(12).toString('hex'), email = 'admin@example.org' } = {}) {
      const body = new URLSearchParams({
        weblog_title: 'Desa Contoh',
        user_name: user,
        admin_password: password,
        admin_password2: password,
        pw_weak: '1',
        admin_email: email,
        blog_public: '0',
        language: '',
        Submit: 'Install WordPress',
      });
      const response = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body });
      const html = await response.text();
      if (!response.ok || !/Success!|wp-login\.php/.test(html))
        throw new Error(`WordPress did not install (${response.status}):\n${html.slice(0, 2000)}`);
      return { user, password };
    },
    async stop() {
      await php.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The plugin's receiver for the contract suite (test/receiver/contract/targets.mjs, target `wp`):
 * one WordPress, installed once, with the plugin from its source folder (the receiver core
 * written as the build writes it) activated; each `start(config, env)` is a `php -S` on that
 * WordPress whose receiver reads `config` (SEBAYA_RECEIVER_CONFIG, inside WordPress) and keeps its
 * own tables (its own prefix after WordPress's) in WordPress's database. The options are
 * startWordpress()'s: on MariaDB the receiver writes through WordPress's $wpdb.
 * @param {Parameters<typeof startWordpress>[0]} [options]
 */
export async function openWordpressReceiver(options) {
  const wp = await startWordpress(options);
  const { router } = wp;
  await wp.install();
  const plugin = join(wp.root, 'wp-content/plugins/sebaya');
  cpSync(join(ROOT, 'integrations/wordpress/sebaya'), plugin, { recursive: true });
  writeFileSync(join(plugin, 'includes/receiver-core.php'), receiverCore());
  wp.wpEval(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; $r = activate_plugin('sebaya/sebaya.php'); if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); }`);
  await wp.php.stop();
  let n = 0;
  /** @type {Set<() => Promise<void>>} */
  const running = new Set();
  return {
    wp,
    /** @param {Record<string, unknown>} config @param {Record<string, string>} env */
    async start(config, env = {}) {
      const file = join(wp.dir, `receiver-${++n}.php`);
      const json = JSON.stringify(config);
      if (json.includes('\nJSON')) throw new Error('config text must not contain a line starting with JSON');
      writeFileSync(
        file,
        `<?php
global $wpdb;
$config = json_decode(<<<'JSON'
${json}
JSON
, true);
return array_merge(sebaya_receiver_config(array()), $config, array('tablePrefix' => $wpdb->prefix . 'sebaya_c${n}_'));
`,
      );
      /** @type {Awaited<ReturnType<typeof startPhp>>} */
      let php;
      const begin = async (/** @type {Record<string, string>} */ more, /** @type {number | undefined} */ port) => {
        php = await startPhp({ docroot: wp.root, router, workers: 8, port, phpArgs: wp.phpArgs, env: { SEBAYA_RECEIVER_CONFIG: file, ...env, ...more } });
      };
      await begin({}, undefined);
      const stop = async () => {
        await php.stop();
        running.delete(stop);
      };
      running.add(stop);
      return {
        get E() {
          return `${php.url}/wp-json/sebaya/v1/receiver`;
        },
        /** @param {Record<string, string>} [more] */
        restart: async (more = {}) => {
          const port = php.port;
          await php.stop();
          await begin(more, port);
        },
        stop,
        output: () => php.log(),
      };
    },
    async close() {
      for (const stop of [...running]) await stop();
      await wp.stop();
    },
  };
}
