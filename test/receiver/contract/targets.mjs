// @ts-check
/**
 * The four receivers the contract suite runs against, each started for real on 127.0.0.1:
 *   php-sqlite   receiver/php under `php -S`, SQLite in a temp folder
 *   php-mariadb  the same over a private MariaDB (temp datadir), one table prefix per instance
 *   node-file    `sebaya serve` with its file store in a temp folder
 *   node-pg      `sebaya serve` over a private PostgreSQL (temp cluster), one database per instance
 *   wp           the WordPress plugin's receiver (/wp-json/sebaya/v1/receiver) on a real WordPress 6.5
 *                with SQLite (test/integrations/wordpress-harness.mjs), one table prefix per instance
 *   wp-mysqli    the same on a WordPress over a private MariaDB, its PHP with mysqli and no PDO at
 *                all (a host without pdo_mysql): the receiver writes through WordPress's $wpdb
 * `open()` starts what the target shares between instances (the database server); `start(config,
 * env)` a receiver with a fresh, empty store; `close()` stops everything and removes the folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, postgresMissing, serve, startPostgres, tempDir } from '../node-support.mjs';
import { PHP, startMariadb, startPhpReceiver } from '../php-harness.mjs';
import { openWordpressReceiver } from '../../integrations/wordpress-harness.mjs';
import { noPdoArgs } from '../../integrations/helpers.mjs';

/**
 * @typedef {{
 *   readonly E: string,
 *   restart: (env?: Record<string, string>) => Promise<void>,
 *   stop: () => Promise<void>,
 * }} Instance a receiver; `E` changes when `restart` moves it to another port
 * @typedef {{
 *   start: (config: Record<string, unknown>, env?: Record<string, string>) => Promise<Instance>,
 *   close: () => Promise<void>,
 * }} Opened
 * @typedef {{
 *   name: string,
 *   missing: () => string | undefined,
 *   frontServer: boolean,
 *   open: () => Promise<Opened>,
 * }} Target `frontServer`: a web server stands before the receiver and answers paths that leave it
 */

/** @param {string} code PHP to run; true when it exits 0 */
const phpSays = (code) => spawnSync(PHP, ['-r', code], { stdio: 'ignore', timeout: 10_000 }).status === 0;
/** @param {string[]} names */
const found = (names) =>
  names.some((n) => (n.includes('/') ? existsSync(n) : spawnSync('which', [n], { stdio: 'ignore' }).status === 0));

/** @param {string} ext */
function phpMissing(ext) {
  if (!phpSays('exit(0);')) return `${PHP} is not installed (apt-get install php-cli)`;
  if (!phpSays(`exit(extension_loaded('${ext}') ? 0 : 1);`))
    return `PHP has no ${ext} (apt-get install ${ext === 'pdo_sqlite' ? 'php-sqlite3' : 'php-mysql'})`;
  return undefined;
}

/** @param {import('../php-harness.mjs').PhpReceiver} php @returns {Instance} */
function phpInstance(php) {
  return {
    E: php.url,
    restart: async (env = {}) => {
      await php.kill();
      await php.restart(env);
    },
    stop: () => php.stop(),
  };
}

/** @param {Record<string, unknown>} full the serve config @param {Record<string, string>} env @returns {Promise<Instance>} */
async function nodeInstance(full, env) {
  const begin = async (/** @type {Record<string, string>} */ more) => {
    const s = await serve(full, { env: more });
    if (!('E' in s) || !s.E) throw new Error(`sebaya serve did not start: ${'stderr' in s ? s.stderr : ''}`);
    return s;
  };
  let s = await begin(env);
  return {
    get E() {
      return /** @type {string} */ (s.E);
    },
    restart: async (more = {}) => {
      await s.stop();
      s = await begin(more);
    },
    stop: async () => {
      await s.stop();
    },
  };
}

/** @type {Target[]} */
export const TARGETS = [
  {
    name: 'php-sqlite',
    frontServer: true,
    missing: () => phpMissing('pdo_sqlite'),
    open: async () => ({
      start: async (config, env = {}) => phpInstance(await startPhpReceiver({ database: 'sqlite', config, env })),
      close: async () => undefined,
    }),
  },
  {
    name: 'php-mariadb',
    frontServer: true,
    missing: () =>
      phpMissing('pdo_mysql') ??
      (found(['/usr/sbin/mariadbd', 'mariadbd', '/usr/sbin/mysqld']) &&
      found(['mariadb-install-db', 'mysql_install_db'])
        ? undefined
        : 'mariadbd / mariadb-install-db are not installed (apt-get install mariadb-server)'),
    open: async () => {
      const mariadb = await startMariadb();
      return {
        start: async (config, env = {}) =>
          phpInstance(await startPhpReceiver({ database: 'mariadb', mariadb, config, env })),
        close: () => mariadb.stop(),
      };
    },
  },
  {
    name: 'node-file',
    frontServer: false,
    missing: () => undefined,
    open: async () => ({
      start: (config, env = {}) =>
        nodeInstance({ ...config, port: 0, store: join(tempDir('sebaya-contract-'), 'requests.jsonl') }, env),
      close: () => cleanup(),
    }),
  },
  {
    name: 'node-pg',
    frontServer: false,
    missing: () => postgresMissing(),
    open: async () => {
      const postgres = await startPostgres();
      const { default: pg } = await import('pg');
      let n = 0;
      return {
        start: async (config, env = {}) => {
          const name = `contract_${++n}`;
          const admin = new pg.Client({ connectionString: postgres.url.replace(/\/sebaya$/, '/postgres') });
          await admin.connect();
          await admin.query(`CREATE DATABASE ${name}`);
          await admin.end();
          return nodeInstance({ ...config, port: 0, database: postgres.url.replace(/\/sebaya$/, `/${name}`) }, env);
        },
        close: async () => {
          // The server first: cleanup() kills what is left with SIGKILL.
          await postgres.stop();
          await cleanup();
        },
      };
    },
  },
  {
    name: 'wp',
    frontServer: true,
    missing: () => phpMissing('pdo_sqlite'),
    open: async () => {
      const wp = await openWordpressReceiver();
      return { start: (config, env = {}) => wp.start(config, env), close: () => wp.close() };
    },
  },
  {
    name: 'wp-mysqli',
    frontServer: true,
    missing: () => {
      const args = noPdoArgs();
      if (!phpSays('exit(0);')) return `${PHP} is not installed (apt-get install php-cli)`;
      if (
        spawnSync(PHP, [...args, '-r', "exit(extension_loaded('mysqli') && !class_exists('PDO') ? 0 : 1);"]).status !==
        0
      )
        return 'PHP has no mysqli module (apt-get install php-mysql)';
      return found(['/usr/sbin/mariadbd', 'mariadbd', '/usr/sbin/mysqld']) &&
        found(['mariadb-install-db', 'mysql_install_db'])
        ? undefined
        : 'mariadbd / mariadb-install-db are not installed (apt-get install mariadb-server)';
    },
    open: async () => {
      const mariadb = await startMariadb();
      try {
        const wp = await openWordpressReceiver({ mariadb, phpArgs: noPdoArgs() });
        return {
          start: (config, env = {}) => wp.start(config, env),
          close: async () => {
            await wp.close();
            await mariadb.stop();
          },
        };
      } catch (err) {
        await mariadb.stop();
        throw err;
      }
    },
  },
];

/**
 * The targets `SEBAYA_RECEIVERS` names (comma-separated; all when unset). An unknown name is an error.
 * @returns {Target[]}
 */
export function selectedTargets(list = process.env.SEBAYA_RECEIVERS) {
  if (!list?.trim()) return TARGETS;
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !TARGETS.some((t) => t.name === n));
  if (unknown.length)
    throw new Error(
      `SEBAYA_RECEIVERS names unknown receivers: ${unknown.join(', ')} (known: ${TARGETS.map((t) => t.name).join(', ')})`,
    );
  return TARGETS.filter((t) => names.includes(t.name));
}
