// Helpers of the Node receiver's own tests (test/receiver/node-*.test.mjs): temp folders, HTTP
// exchanges, envelopes and replies, `sebaya serve` as a child process, and a private PostgreSQL.
// Everything listens on 127.0.0.1 only and is stopped (its folder removed) by `cleanup()`.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../helpers/net.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CLI = join(ROOT, 'bin', 'sebaya.mjs');
export const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';

const dirs = [];
const children = new Set();
/** A fresh private temp folder, removed by cleanup(). */
export function tempDir(prefix = 'sebaya-node-recv-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
/** Kills what is still running and removes the temp folders. */
export async function cleanup() {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all([...children].map((c) => (c.exitCode === null && c.signalCode === null ? once(c, 'exit') : null)));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Resolves with `promise`, or rejects after `ms`. */
export function within(ms, promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** One HTTP exchange with `fetch`, bounded in time: `{ status, headers, json }`. */
export async function call(url, { method = 'GET', body, credential, headers = {}, timeoutMs = 10_000 } = {}) {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
/** An uncompressed P-256 public point, base64url (65 bytes). */
export async function point() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  return b64(await crypto.subtle.exportKey('raw', pair.publicKey));
}
export const newToken = () => b64(randomBytes(16));
export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** An unsealed envelope (its message is `message`), optionally with a reply key and token. */
export function plain({ id = crypto.randomUUID(), message = 'Halo tim', replyTo } = {}) {
  return {
    v: 1,
    id,
    sentAt: '2026-11-29',
    sealed: false,
    request: {
      topic: 'family',
      message,
      urgency: 'soon',
      lang: 'id',
      contact: { method: 'none' },
      ...(replyTo ? { reply: replyTo } : {}),
    },
  };
}

/** A reply as the coordinator posts it. */
export async function reply({ token = newToken(), sentAt = '2026-11-30', ctBytes = 64 } = {}) {
  return { id: crypto.randomUUID(), token, sentAt, suite: SUITE, enc: await point(), ct: b64(randomBytes(ctBytes)) };
}

/** A credential and its config line. */
export function credential() {
  const c = `sbc_${randomBytes(32).toString('base64url')}`;
  return { credential: c, hash: `sha256:${sha256(c)}` };
}

/**
 * `node bin/sebaya.mjs serve` with `config` (written to a file) and `args`; resolves once it
 * printed its line (`{ E, child, stop() }`) or exited (`{ exitCode, stderr }`).
 */
export async function serve(config, { args = [], env = {}, timeoutMs = 15_000 } = {}) {
  const dir = tempDir('sebaya-serve-');
  const file = join(dir, 'config.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  const child = spawn(process.execPath, [CLI, 'serve', '--config', file, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  const exited = once(child, 'exit').then(([code, signal]) => {
    children.delete(child);
    return { code, signal };
  });
  const started = Date.now();
  while (!out.includes('\n')) {
    if (child.exitCode !== null) {
      await exited;
      return { exitCode: child.exitCode, stdout: out, stderr: err };
    }
    if (Date.now() - started > timeoutMs) throw new Error(`serve did not start: ${out} ${err}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const E = /^sebaya receiver listening on (http:\/\/127\.0\.0\.1:\d+\/\S*)\n$/.exec(out)?.[1];
  return {
    E,
    line: out,
    child,
    dir,
    exited,
    stderr: () => err,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      return within(15_000, exited, 'serve stop');
    },
  };
}

/** Debian's PostgreSQL binaries (the newest installed), or SEBAYA_PG_BIN. */
const PG_BIN =
  process.env.SEBAYA_PG_BIN ??
  (() => {
    const base = '/usr/lib/postgresql';
    const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v)) : [];
    const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
    return join(base, newest ?? '15', 'bin');
  })();
/** Why a private PostgreSQL cannot run here, or undefined. */
export function postgresMissing() {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'postgres')))
    return `PostgreSQL binaries not found in ${PG_BIN} (apt-get install postgresql, or set SEBAYA_PG_BIN)`;
  return undefined;
}

/**
 * A private PostgreSQL in a temp folder on a free port (127.0.0.1), database `sebaya`, run as the
 * user `postgres` when the tests run as root. `{ url, stop() }`.
 */
export async function startPostgres() {
  const dir = tempDir('sebaya-pg-');
  // As root, PostgreSQL itself runs as the user `postgres` (it refuses root). It is spawned with
  // that uid directly, not through runuser, so that killing the child kills the postmaster: a
  // wrapper killed with SIGKILL would leave the server running.
  const asRoot = process.getuid?.() === 0;
  /** @type {{ uid?: number, gid?: number }} */
  const as = {};
  if (asRoot) {
    const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    Object.assign(as, { uid: id('-u'), gid: id('-g') });
    chownSync(dir, as.uid, as.gid);
  }
  const data = join(dir, 'data');
  const init = spawnSync(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'], {
    encoding: 'utf8',
    timeout: 60_000,
    cwd: dir,
    ...as,
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const args = ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
  const child = spawn(join(PG_BIN, 'postgres'), args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir, ...as });
  children.add(child);
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  const exited = once(child, 'exit').then(() => children.delete(child));
  const { default: pg } = await import('pg');
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const started = Date.now();
  for (;;) {
    const client = new pg.Client({ connectionString: admin });
    try {
      await client.connect();
      await client.query('CREATE DATABASE sebaya');
      await client.end();
      break;
    } catch (e) {
      await client.end().catch(() => undefined);
      if (child.exitCode !== null || Date.now() - started > 30_000)
        throw new Error(`postgres did not start: ${e.message} ${err.slice(-500)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/sebaya`,
    port,
    async stop() {
      // SIGINT: PostgreSQL's "fast" shutdown.
      child.kill('SIGINT');
      await within(20_000, exited, 'postgres stop').catch(() => child.kill('SIGKILL'));
    },
  };
}
