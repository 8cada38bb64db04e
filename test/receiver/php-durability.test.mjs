// @ts-check
/**
 * The PHP receiver's storage, on SQLite and on a private MariaDB (skipped with a reason when
 * mariadbd is missing, failed with SEBAYA_REQUIRE_SERVERS=1): kill -9 in the middle of writes,
 * a locked or broken database (503, never 500), retention that really deletes, rate limits that
 * keep no readable address, the reply round trip with 4-byte UTF-8.
 *
 *   node --test test/receiver/php-durability.test.mjs
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  PHP,
  b64,
  postJson,
  sealed,
  skipUnlessServers,
  startMariadb,
  startPhpReceiver,
  unsealed,
} from './php-harness.mjs';

const CREDENTIAL = `sbc_${'B'.repeat(43)}`;
const LINE = `sha256:${createHash('sha256').update(CREDENTIAL).digest('hex')}`;
const AUTH = { authorization: `Bearer ${CREDENTIAL}` };
const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';

/**
 * Every request in the inbox, page by page.
 * @param {string} url
 * @returns {Promise<any[]>}
 */
async function listAll(url) {
  const all = [];
  let after = '';
  for (let page = 0; page < 100; page++) {
    const res = await fetch(`${url}/inbox?limit=500${after ? `&after=${after}` : ''}`, { headers: AUTH });
    assert.equal(res.status, 200);
    const body = await res.json();
    all.push(...body.requests);
    if (body.next === null) return all;
    after = body.next;
  }
  throw new Error('too many pages');
}

/** A reply as the coordinator's browser posts it. @param {string} token @param {string} [sentAt] */
const replyIn = (token, sentAt = new Date().toISOString().slice(0, 10)) => ({
  id: crypto.randomUUID(),
  token,
  sentAt,
  suite: SUITE,
  enc: b64(65, 4),
  ct: b64(200),
});

/**
 * Another process holding a lock on the SQLite database: `code` runs with `$p` open on it and
 * prints "locked" once it holds the lock; resolves then.
 * @param {string} database the receiver's `sqlite:` DSN
 * @param {string} code PHP statements
 */
async function lockSqlite(database, code) {
  const locker = spawn(PHP, ['-r', `$p = new PDO($argv[1]); ${code}`, database], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  locker.stdout?.setEncoding('utf8');
  await new Promise((resolve, reject) => {
    locker.stdout?.once('data', resolve);
    locker.once('exit', (c) => reject(new Error(`the locking process ended first (exit ${c})`)));
  });
  return locker;
}

for (const database of /** @type {const} */ (['sqlite', 'mariadb'])) {
  const skip = skipUnlessServers(database === 'sqlite' ? 'php' : 'mariadb');
  describe(`PHP receiver storage on ${database}`, { skip, timeout: 180_000 }, () => {
    /** @type {Awaited<ReturnType<typeof startMariadb>> | undefined} */
    let mariadb;
    before(async () => {
      if (database === 'mariadb') mariadb = await startMariadb();
    });
    after(async () => {
      await mariadb?.stop();
    });
    /** @param {Parameters<typeof startPhpReceiver>[0]} options */
    const start = (options = {}) => startPhpReceiver({ database, mariadb, ...options });
    /**
     * Rows in a table, read from the database itself.
     * @param {Awaited<ReturnType<typeof startPhpReceiver>>} php
     * @param {string} table
     */
    const rows = (php, table) => {
      const prefix = /** @type {string} */ (JSON.parse(readConfigJson(php.configFile)).tablePrefix ?? 'sebaya_');
      if (mariadb) return Number(mariadb.sql(`SELECT COUNT(*) FROM sebaya.${prefix}${table}`).trim());
      const run = spawnSync(
        PHP,
        [
          '-r',
          `echo (new PDO($argv[1]))->query("SELECT COUNT(*) FROM ${prefix}${table}")->fetchColumn();`,
          php.database,
        ],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      return Number(run.stdout);
    };

    test('kill -9 in the middle of writes: after a restart every 201 is there, whole, and nothing else', async () => {
      const php = await start({ config: { credentials: [LINE], rateLimits: false } });
      try {
        /** @type {Map<string, object>} */
        const sent = new Map();
        /** @type {Set<string>} */
        const created = new Set();
        let stop = false;
        const loop = async () => {
          while (!stop) {
            const e =
              sent.size % 2
                ? unsealed({ message: `${'kata '.repeat(200 + Math.floor(Math.random() * 3000))}😀` })
                : sealed({ ct: b64(500 + Math.floor(Math.random() * 20_000)) });
            sent.set(e.id, e);
            try {
              const a = await postJson(php.url, e);
              if (a.status === 201) created.add(e.id);
              else if (a.status !== 409) assert.fail(`${a.status} ${a.text}`);
            } catch (err) {
              if (!stop) throw err;
            }
          }
        };
        const loops = Array.from({ length: 24 }, loop);
        const deadline = Date.now() + 30_000;
        while (created.size < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        stop = true;
        await php.kill();
        await Promise.all(loops);
        assert.ok(created.size >= 60, `only ${created.size} stored before the kill`);
        await php.restart();
        const stored = await listAll(php.url);
        const ids = new Set(stored.map((item) => item.envelope.id));
        for (const id of created) assert.ok(ids.has(id), `a 201'd request is missing: ${id}`);
        for (const item of stored) {
          assert.ok(sent.has(item.envelope.id), 'a request nobody sent');
          assert.deepEqual(item.envelope, sent.get(item.envelope.id), 'a stored request is not whole');
        }
        assert.equal(ids.size, stored.length, 'a request stored twice');
        if (database === 'sqlite') {
          const check = spawnSync(
            PHP,
            ['-r', 'echo (new PDO($argv[1]))->query("PRAGMA integrity_check")->fetchColumn();', php.database],
            { encoding: 'utf8' },
          );
          assert.equal(check.stdout, 'ok', check.stderr);
        }
      } finally {
        await php.stop();
      }
    });

    test('reply round trip: code in any case, token hashed, wrong token = no reply; forget and delete', async () => {
      const php = await start({ config: { credentials: [LINE], rateLimits: false } });
      try {
        const token = b64(16);
        const text = unsealed({
          message: 'Tolong 🙏 — ada yang bisa bantu?',
          reply: { key: b64(65, 4), token: b64(16) },
        });
        assert.equal((await postJson(php.url, text)).status, 201);
        const item = await (await fetch(`${php.url}/inbox/${text.id}`, { headers: AUTH })).json();
        assert.deepEqual(item.envelope, text, '4-byte UTF-8 survives');
        await fetch(`${php.url}/inbox/${text.id}/delete`, { method: 'POST', headers: AUTH });
        // A sealed request carries the token inside the seal: the receiver only ever sees it with the reply.
        const e = sealed();
        assert.equal((await postJson(php.url, e)).status, 201);
        const r = replyIn(token);
        const posted = await postJson(`${php.url}/inbox/${e.id}/reply`, r, AUTH);
        assert.deepEqual([posted.status, posted.json], [201, { ok: true, id: r.id }]);
        assert.equal((await postJson(`${php.url}/inbox/${e.id}/reply`, r, AUTH)).status, 409);
        const code = `${e.id.slice(0, 4)}-${e.id.slice(4, 8)}`.toUpperCase();
        const read = await postJson(`${php.url}/replies`, { code, token });
        assert.deepEqual(read.json, {
          replies: [{ id: r.id, sentAt: r.sentAt, suite: r.suite, enc: r.enc, ct: r.ct }],
        });
        for (const wrong of [
          { code, token: b64(16) },
          { code: 'ffffffff', token },
        ])
          assert.deepEqual((await postJson(`${php.url}/replies`, wrong)).json, { replies: [] });
        const raw = readTables(php, mariadb);
        assert.ok(!raw.includes(token), 'the token itself is never stored with the reply');
        const forgot = await postJson(`${php.url}/inbox/forget`, { code: code.toLowerCase() }, AUTH);
        assert.deepEqual(forgot.json, { deleted: 1 });
        assert.deepEqual((await postJson(`${php.url}/replies`, { code, token })).json, { replies: [] });
        assert.equal(rows(php, 'replies'), 0);
        const other = sealed();
        await postJson(php.url, other);
        const del = await fetch(`${php.url}/inbox/${other.id}/delete`, { method: 'POST', headers: AUTH });
        assert.equal(del.status, 200);
        assert.equal(rows(php, 'requests'), 0);
      } finally {
        await php.stop();
      }
    });

    test('retention (SEBAYA_TODAY): expired rows are deleted from the database; a newer reply outlives its request', async () => {
      const php = await start({
        config: { credentials: [LINE], rateLimits: false, retentionDays: 30 },
        env: { SEBAYA_TODAY: '2026-01-01' },
      });
      try {
        const token = b64(16);
        const e = unsealed({ reply: { key: b64(65, 4), token } });
        assert.equal((await postJson(php.url, e)).status, 201);
        const item = await (await fetch(`${php.url}/inbox/${e.id}`, { headers: AUTH })).json();
        assert.equal(item.receivedAt, '2026-01-01');
        assert.equal(
          (await postJson(`${php.url}/inbox/${e.id}/reply`, replyIn(token, '2026-01-20'), AUTH)).status,
          201,
        );
        await php.kill();
        await php.restart({ SEBAYA_TODAY: '2026-01-31' }); // cutoff 2026-01-01: kept
        assert.equal((await listAll(php.url)).length, 1);
        await php.kill();
        await php.restart({ SEBAYA_TODAY: '2026-02-10' }); // cutoff 2026-01-11: the request goes, the reply stays
        assert.equal((await listAll(php.url)).length, 0);
        assert.equal(rows(php, 'requests'), 0, 'deleted, not hidden');
        const code = e.id.slice(0, 8);
        assert.equal((await postJson(`${php.url}/replies`, { code, token })).json?.replies.length, 1);
        await php.kill();
        await php.restart({ SEBAYA_TODAY: '2026-02-25' }); // cutoff 2026-01-26: the reply goes too
        assert.deepEqual((await postJson(`${php.url}/replies`, { code, token })).json, { replies: [] });
        assert.equal(rows(php, 'replies'), 0);
      } finally {
        await php.stop();
      }
    });

    test('rate limits: 429 + Retry-After, a right credential after 10 wrong ones too; no readable address kept', async () => {
      const php = await start({
        config: { credentials: [LINE], rateLimits: { submit: { burst: 2, refillSeconds: 360 } } },
      });
      try {
        assert.equal((await postJson(php.url, sealed())).status, 201);
        assert.equal((await postJson(php.url, sealed())).status, 201);
        const third = await postJson(php.url, sealed());
        assert.equal(third.status, 429);
        assert.ok(Number(third.headers.get('retry-after')) >= 300, String(third.headers.get('retry-after')));
        for (let i = 0; i < 10; i++) {
          const res = await fetch(`${php.url}/inbox`, { headers: { authorization: `Bearer sbc_wrong${i}` } });
          assert.equal(res.status, 401);
          assert.equal(res.headers.get('www-authenticate'), 'Bearer');
        }
        const locked = await fetch(`${php.url}/inbox`, { headers: AUTH });
        assert.equal(locked.status, 429);
        assert.ok(Number(locked.headers.get('retry-after')) >= 1);
        const raw = readTables(php, mariadb);
        assert.ok(!raw.includes('127.0.0.1') && !raw.includes('\x7f\x00\x00\x01'), 'an address is stored readable');
      } finally {
        await php.stop();
      }
    });

    if (database === 'sqlite') {
      test('a locked SQLite database: 503 + Retry-After after the busy timeout, then it works again', async () => {
        const php = await start({ config: { credentials: [LINE], rateLimits: false } });
        // The tables exist only after the first request: lock the database after it, not before.
        const first = await postJson(php.url, sealed());
        if (first.status !== 201) await php.stop();
        assert.equal(first.status, 201, first.text);
        /** @type {import('node:child_process').ChildProcess | undefined} */
        let locker;
        try {
          locker = await lockSqlite(
            php.database,
            '$p->exec("BEGIN EXCLUSIVE"); $p->exec("INSERT INTO sebaya_meta (k, v) VALUES (\'x\', \'y\')"); echo "locked\\n"; sleep(20);',
          );
          const t0 = Date.now();
          const busy = await postJson(php.url, sealed());
          assert.equal(busy.status, 503, busy.text);
          assert.equal(busy.headers.get('retry-after'), '30');
          assert.deepEqual(busy.json, { error: 'the receiver is not available; try again later' });
          assert.ok(Date.now() - t0 >= 4000, 'waited for the lock first');
          locker.kill('SIGKILL');
          await new Promise((resolve) => locker.once('exit', resolve));
          assert.equal((await postJson(php.url, sealed())).status, 201);
        } finally {
          locker?.kill('SIGKILL');
          await php.stop();
        }
      });

      test('a new database whose write lock another process holds as the first requests arrive: they wait, then all are taken', async () => {
        const php = await start({ config: { credentials: [LINE], rateLimits: false } });
        // Before any table exists: the first requests make the tables (and switch to WAL) while
        // another connection holds the write lock, as a second worker making them at once would.
        /** @type {import('node:child_process').ChildProcess | undefined} */
        let locker;
        try {
          locker = await lockSqlite(
            php.database,
            '$p->exec("BEGIN IMMEDIATE"); echo "locked\\n"; usleep(700000); $p->exec("COMMIT");',
          );
          const answers = await Promise.all(Array.from({ length: 16 }, () => postJson(php.url, sealed())));
          assert.deepEqual(
            answers.map((a) => a.status),
            answers.map(() => 201),
            answers.map((a) => a.text).join('\n'),
          );
          assert.equal(rows(php, 'requests'), 16);
        } finally {
          locker?.kill('SIGKILL');
          await php.stop();
        }
      });

      test('a database file that is not SQLite: 503 for visitors, the reason for the owner, never 500', async () => {
        const php = await start({ config: { credentials: [LINE], rateLimits: false } });
        try {
          writeFileSync(php.database.slice('sqlite:'.length), 'this is not a database'.repeat(300));
          const visitor = await postJson(php.url, sealed());
          assert.deepEqual(
            [visitor.status, visitor.json],
            [503, { error: 'the receiver is not available; try again later' }],
          );
          const owner = await fetch(`${php.url}/inbox`, { headers: AUTH });
          assert.equal(owner.status, 503);
          const text = await owner.text();
          assert.match(JSON.parse(text).error, /^receiver misconfigured: the database refused a query/);
          assert.doesNotMatch(text, /SQLSTATE|\/tmp|not a database/);
        } finally {
          await php.stop();
        }
      });
    } else {
      test('MariaDB tables are InnoDB and utf8mb4 with the configured prefix', async () => {
        const php = await start({ config: { rateLimits: false, tablePrefix: 'desa_sebaya_' } });
        try {
          assert.equal((await postJson(php.url, sealed())).status, 201);
          const out = /** @type {NonNullable<typeof mariadb>} */ (mariadb).sql(
            "SELECT table_name, engine, table_collation FROM information_schema.tables WHERE table_schema = 'sebaya' AND table_name LIKE 'desa\\_sebaya\\_%' ORDER BY table_name",
          );
          const tables = out
            .trim()
            .split('\n')
            .map((line) => line.split('\t'));
          assert.deepEqual(
            tables.map(([name]) => name),
            ['desa_sebaya_buckets', 'desa_sebaya_meta', 'desa_sebaya_replies', 'desa_sebaya_requests'],
          );
          for (const [, engine, collation] of tables) {
            assert.equal(engine, 'InnoDB');
            assert.match(String(collation), /^utf8mb4_/);
          }
        } finally {
          await php.stop();
        }
      });

      test('MariaDB gone: 503 + Retry-After, never 500 and never the connection error', async () => {
        const php = await start({ config: { credentials: [LINE], rateLimits: false, dbPassword: 'wrong' } });
        try {
          const visitor = await postJson(php.url, sealed());
          assert.deepEqual(
            [visitor.status, visitor.json],
            [503, { error: 'the receiver is not available; try again later' }],
          );
          const owner = await fetch(`${php.url}/inbox`, { headers: AUTH });
          const text = await owner.text();
          assert.equal(owner.status, 503);
          assert.match(text, /cannot connect to the database/);
          assert.doesNotMatch(text, /Access denied|sebaya@|127\.0\.0\.1/);
        } finally {
          await php.stop();
        }
      });
    }
  });
}

/** The receiver's config as JSON (the harness writes it as a JSON nowdoc). @param {string} file */
function readConfigJson(file) {
  const text = readFileSync(file, 'utf8');
  return text.slice(text.indexOf("<<<'JSON'\n") + 10, text.lastIndexOf('\nJSON\n'));
}

/**
 * Everything the receiver's tables hold, as text (SQLite: the file and its WAL; MariaDB: a dump of the rows).
 * @param {Awaited<ReturnType<typeof startPhpReceiver>>} php
 * @param {Awaited<ReturnType<typeof startMariadb>> | undefined} mariadb
 */
function readTables(php, mariadb) {
  const prefix = JSON.parse(readConfigJson(php.configFile)).tablePrefix;
  if (mariadb)
    return ['requests', 'replies', 'buckets', 'meta']
      .map((t) => mariadb.sql(`SELECT * FROM sebaya.${prefix}${t}`))
      .join('\n');
  const file = php.database.slice('sqlite:'.length);
  let text = readFileSync(file, 'latin1');
  try {
    text += readFileSync(`${file}-wal`, 'latin1');
  } catch {
    // no WAL file right now
  }
  return text;
}
