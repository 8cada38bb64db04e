// @ts-check
/**
 * Starters for the PHP receiver's tests (and the shared contract suite): a real `php -S` with 8
 * workers on a free loopback port serving a copy of receiver/php/sebaya-receiver.php, and a private
 * MariaDB in a temp datadir. Everything lives in a temp dir that stop() removes; every process runs
 * in its own process group, so stop() and kill() end the workers too.
 *
 *   const db = await startMariadb();                         // { dsn, user, password, stop() }
 *   const php = await startPhpReceiver({ database: 'mariadb', mariadb: db, config: { … } });
 *   await fetch(php.url, …);                                 // php.url is E
 *   await php.stop(); await db.stop();
 *
 * When php or mariadbd is missing they throw a MissingServerError; `skipUnlessServers()` turns
 * that into a skip reason for node:test, or into a failure when SEBAYA_REQUIRE_SERVERS=1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, listening } from '../helpers/net.mjs';

export const SCRIPT = fileURLToPath(new URL('../../receiver/php/sebaya-receiver.php', import.meta.url));
export const PHP = process.env.SEBAYA_PHP ?? 'php';

export class MissingServerError extends Error {}

/** True when a program runs (`<bin> --version`). @param {string} bin */
function runs(bin) {
  return spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/**
 * Why the tests of `what` must be skipped (a string for node:test's `skip`), or false to run them.
 * With SEBAYA_REQUIRE_SERVERS=1 a missing server is an error instead.
 * @param {'php' | 'mariadb'} what
 * @returns {string | false}
 */
export function skipUnlessServers(what) {
  const missing =
    what === 'php'
      ? !runs(PHP) && `${PHP} is not installed`
      : (!runs(PHP) && `${PHP} is not installed`) ||
        (!mariadbBinaries() && 'mariadbd / mariadb-install-db are not installed');
  if (!missing) return false;
  if (process.env.SEBAYA_REQUIRE_SERVERS === '1') throw new MissingServerError(`${missing} (SEBAYA_REQUIRE_SERVERS=1)`);
  return `${missing}: skipped (set SEBAYA_REQUIRE_SERVERS=1 to fail instead)`;
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `ready()` is true, at most `ms`.
 * @param {() => Promise<boolean>} ready
 * @param {number} ms
 * @param {string} what
 * @param {() => string} [detail]
 */
async function waitFor(ready, ms, what, detail = () => '') {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ready().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} did not start in ${ms} ms\n${detail()}`);
}

/**
 * A child in its own process group, with its output kept (last 64 KiB).
 * @param {string} bin
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
function startGroup(bin, args, env) {
  const child = spawn(bin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-65536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** @param {NodeJS.Signals} signal */
  const signal = (signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  return {
    child,
    exited,
    output: () => output,
    /** SIGTERM, then SIGKILL after `graceMs`; resolves once the group leader is gone. @param {number} [graceMs] */
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return signal('SIGKILL');
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      signal('SIGKILL'); // workers of a php -S that outlived their parent
    },
    async kill() {
      signal('SIGKILL');
      await exited;
    },
  };
}

/** @returns {{ mariadbd: string, installDb: string, client: string } | undefined} */
function mariadbBinaries() {
  /** @param {string[]} names */
  const find = (names) =>
    names.find((n) => (n.includes('/') ? existsSync(n) : spawnSync('which', [n], { stdio: 'ignore' }).status === 0));
  const mariadbd = find(['/usr/sbin/mariadbd', 'mariadbd', '/usr/sbin/mysqld']);
  const installDb = find(['mariadb-install-db', 'mysql_install_db']);
  const client = find(['mariadb', 'mysql']);
  return mariadbd && installDb && client ? { mariadbd, installDb, client } : undefined;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A private MariaDB on a free loopback port, in a temp datadir, with a database `sebaya` and a
 * user for it.
 * @returns {Promise<{ dsn: string, user: string, password: string, port: number, sql: (statement: string) => string, stop: () => Promise<void> }>}
 */
export async function startMariadb() {
  const bins = mariadbBinaries();
  if (!bins) throw new MissingServerError('mariadbd / mariadb-install-db are not installed');
  const dir = mkdtempSync(join(tmpdir(), 'sebaya-mariadb-'));
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mariadb.sock');
  const user = asRoot ? ['--user=root'] : [];
  const install = spawnSync(
    bins.installDb,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      ...user,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (install.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
  }
  const port = await freePort();
  const server = startGroup(
    bins.mariadbd,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      '--skip-name-resolve',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=16M',
      '--max-connections=400',
      '--character-set-server=utf8mb4',
      ...user,
    ],
    { ...process.env },
  );
  const stop = async () => {
    await server.stop(20_000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(() => listening(port), 60_000, 'mariadbd', server.output);
    const password = randomBytes(12).toString('hex');
    /** @param {string} statement */
    const sql = (statement) => {
      const run = spawnSync(bins.client, ['--no-defaults', '-S', socket, '-u', 'root', '-N', '-B', '-e', statement], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      if (run.status !== 0) throw new Error(`mariadb client failed: ${run.stderr}`);
      return run.stdout;
    };
    sql(
      `CREATE DATABASE sebaya CHARACTER SET utf8mb4; CREATE USER 'sebaya'@'127.0.0.1' IDENTIFIED BY '${password}'; ` +
        `GRANT ALL ON sebaya.* TO 'sebaya'@'127.0.0.1';`,
    );
    return { dsn: `mysql:host=127.0.0.1;port=${port};dbname=sebaya`, user: 'sebaya', password, port, sql, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The config as a PHP file (the harness writes JSON; PHP reads it back as its array).
 * @param {Record<string, unknown>} config
 */
export function phpConfig(config) {
  const json = JSON.stringify(config, null, 2);
  if (json.includes('\nJSON')) throw new Error('config text must not contain a line starting with JSON');
  return `<?php\nreturn json_decode(<<<'JSON'\n${json}\nJSON\n, true);\n`;
}

/**
 * @typedef {{
 *   url: string,
 *   dir: string,
 *   docroot: string,
 *   configFile: string,
 *   database: string,
 *   output: () => string,
 *   kill: () => Promise<void>,
 *   restart: (env?: Record<string, string>) => Promise<void>,
 *   stop: () => Promise<void>,
 * }} PhpReceiver
 */

/**
 * The PHP receiver under `php -S` (PHP_CLI_SERVER_WORKERS=8) on a free loopback port.
 * - `database`: 'sqlite' (a file in the temp dir, outside the docroot) or 'mariadb' (`mariadb`
 *   given, or one started here and stopped with the receiver); each receiver gets its own
 *   `tablePrefix` unless the config names one;
 * - `config`: the receiver config (PHP keys); `env`: more environment (SEBAYA_TODAY …);
 * - `phpArgs`: more `php` arguments before `-S` (e.g. `-d display_errors=1`).
 * `restart(env)` kills nothing: call `kill()` or `stop()` first; it keeps the database.
 * @param {{ database?: 'sqlite' | 'mariadb', config?: Record<string, unknown>, env?: Record<string, string>,
 *   mariadb?: Awaited<ReturnType<typeof startMariadb>>, phpArgs?: string[] }} [options]
 * @returns {Promise<PhpReceiver>}
 */
export async function startPhpReceiver({ database = 'sqlite', config = {}, env = {}, mariadb, phpArgs = [] } = {}) {
  if (!runs(PHP)) throw new MissingServerError(`${PHP} is not installed`);
  const dir = mkdtempSync(join(tmpdir(), 'sebaya-php-'));
  const docroot = join(dir, 'public_html');
  mkdirSync(docroot);
  copyFileSync(SCRIPT, join(docroot, 'sebaya-receiver.php'));
  /** @type {Awaited<ReturnType<typeof startMariadb>> | undefined} */
  let ownDb;
  /** @type {Record<string, unknown>} */
  const full = { ...config };
  if (database === 'mariadb') {
    const db = mariadb ?? (ownDb = await startMariadb());
    full.database ??= db.dsn;
    full.dbUser ??= db.user;
    full.dbPassword ??= db.password;
    full.tablePrefix ??= `t${randomBytes(4).toString('hex')}_`;
  } else {
    mkdirSync(join(dir, 'db'));
    full.database ??= `sqlite:${join(dir, 'db', 'sebaya.sqlite')}`;
  }
  const configFile = join(dir, 'sebaya-config.php');
  writeFileSync(configFile, phpConfig(full));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/sebaya-receiver.php`;
  /** @type {ReturnType<typeof startGroup> | undefined} */
  let server;
  /** @param {Record<string, string>} more */
  const start = async (more) => {
    server = startGroup(PHP, [...phpArgs, '-S', `127.0.0.1:${port}`, '-t', docroot], {
      ...process.env,
      PHP_CLI_SERVER_WORKERS: '8',
      SEBAYA_RECEIVER_CONFIG: configFile,
      ...env,
      ...more,
    });
    const current = server;
    await waitFor(
      async () => {
        if (current.child.exitCode !== null) throw new Error(`php -S exited:\n${current.output()}`);
        return listening(port);
      },
      15_000,
      'php -S',
      current.output,
    );
  };
  try {
    await start({});
  } catch (err) {
    await server?.stop();
    await ownDb?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    dir,
    docroot,
    configFile,
    database: String(full.database),
    output: () => server?.output() ?? '',
    kill: async () => {
      await server?.kill();
      // The workers die with the group; wait until none of them still holds the port.
      await waitFor(async () => !(await listening(port)), 10_000, 'the killed php -S to let go of its port');
    },
    restart: (more = {}) => start(more),
    stop: async () => {
      await server?.stop();
      await ownDb?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * One raw HTTP/1.1 exchange over a socket (for what fetch will not send: a lying Content-Length,
 * odd paths, bytes that are not UTF-8). Resolves with the status, the headers (lower-case) and the body.
 * @param {string} url any URL on the server (only host and port are used)
 * @param {string | Buffer} request the whole request, head and body
 * @returns {Promise<{ status: number, headers: Record<string, string>, body: string }>}
 */
export function rawHttp(url, request) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    /** @type {Buffer[]} */
    const chunks = [];
    const timer = setTimeout(() => socket.destroy(new Error('raw request timed out')), 15_000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (err) => (clearTimeout(timer), reject(err)));
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      /** @type {Record<string, string>} */
      const headers = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

/**
 * A valid unsealed envelope (fresh id unless given).
 * @param {Record<string, unknown>} [request] fields that replace the request's
 * @param {Record<string, unknown>} [top] fields that replace the envelope's
 */
export function unsealed(request = {}, top = {}) {
  return {
    v: 1,
    id: crypto.randomUUID(),
    sentAt: '2026-11-29',
    sealed: false,
    request: {
      topic: 'stres-cemas',
      message: 'Saya butuh teman bicara.',
      urgency: 'soon',
      lang: 'id',
      contact: { method: 'code', value: 'AB12-CD34' },
      ...request,
    },
    ...top,
  };
}

/** base64url of `n` bytes, the first one `first`. @param {number} n @param {number} [first] */
export function b64(n, first) {
  const bytes = randomBytes(n);
  if (first !== undefined) bytes[0] = first;
  return bytes.toString('base64url');
}

/** A valid sealed envelope (the ciphertext is random: the receiver cannot tell). @param {Record<string, unknown>} [top] */
export function sealed(top = {}) {
  return {
    v: 1,
    id: crypto.randomUUID(),
    sentAt: '2026-11-29',
    sealed: true,
    suite: 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM',
    enc: b64(65, 4),
    ct: b64(120),
    ...top,
  };
}

/**
 * POSTs JSON (an object, or text as it is) and returns status, headers and the parsed body.
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export async function postJson(url, body, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body) : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
