// The Node receiver's PostgreSQL store, for real: a private `postgres` in a temp folder on a free
// loopback port (as the user `postgres` when run as root), `sebaya serve --database` against it.
// Skipped with a message when the PostgreSQL binaries are missing, unless SEBAYA_REQUIRE_SERVERS=1.
// Run: `node --test test/receiver/node-pg-store.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { walkRoutes } from './node-scenario.mjs';
import {
  call,
  cleanup,
  credential,
  newToken,
  plain,
  postgresMissing,
  reply,
  serve,
  startPostgres,
} from './node-support.mjs';
import { freePort } from '../helpers/net.mjs';

const missing = postgresMissing();
const required = process.env.SEBAYA_REQUIRE_SERVERS === '1';
const skip = missing && !required ? `skipped: ${missing}` : false;
const GENEROUS = { authFailures: { burst: 1000, refillSeconds: 1 }, submit: false, replies: false };

/** @type {Awaited<ReturnType<typeof startPostgres>> | undefined} */
let pg;
before(async () => {
  if (missing && required) throw new Error(`SEBAYA_REQUIRE_SERVERS=1 but ${missing}`);
  if (!skip) pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
  await cleanup();
});

test('every route over PostgreSQL; everything is still there after a restart', { skip }, async () => {
  const { credential: cred, hash } = credential();
  const config = { credentials: [hash], port: 0, database: pg.url, rateLimits: GENEROUS };
  const server = await serve(config);
  assert.ok(server.E, server.stderr?.());
  const { kept, replyId } = await walkRoutes(server.E, cred);
  assert.equal((await server.stop()).code, 0);
  const again = await serve(config);
  const item = await call(`${again.E}/inbox/${kept.id}`, { credential: cred });
  assert.deepEqual(item.json.envelope, kept);
  assert.equal(item.json.handled, true);
  assert.deepEqual(
    item.json.replies.map((r) => r.id),
    [replyId],
  );
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client({ connectionString: pg.url });
  await client.connect();
  const { rows } = await client.query(
    "SELECT count(*)::int AS n FROM sebaya_requests WHERE envelope LIKE '%harus hilang%' OR envelope LIKE '%dilupakan%'",
  );
  await client.end();
  assert.equal(rows[0].n, 0, 'deleted requests are gone from the table');
  await again.stop();
});

test(
  '200 concurrent copies of one envelope, over two receivers on one database: one 201, 199 409',
  { skip },
  async () => {
    const one = await serve({ port: 0, database: pg.url, rateLimits: false });
    const two = await serve({ port: 0, database: pg.url, rateLimits: false });
    const e = plain();
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(i % 2 ? one.E : two.E, { method: 'POST', body: e }).then((r) => r.status),
      ),
    );
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 409).length, 199);
    await one.stop();
    await two.stop();
  },
);

test('kill -9 under load: every 201 is there after a restart', { skip }, async () => {
  const { credential: cred, hash } = credential();
  const config = { credentials: [hash], port: 0, database: pg.url, rateLimits: false };
  const server = await serve(config);
  const stored = new Map();
  let killed = false;
  const load = (async () => {
    for (let i = 0; !killed && i < 3000; i += 16)
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          const e = plain({ message: `beban ${i}` });
          const res = await call(server.E, { method: 'POST', body: e, timeoutMs: 5000 }).catch(() => undefined);
          if (res?.status === 201) stored.set(e.id, e);
        }),
      );
  })();
  while (stored.size < 100) await new Promise((r) => setTimeout(r, 5));
  await server.kill();
  killed = true;
  await load;
  const again = await serve(config);
  for (const [id, e] of stored)
    assert.deepEqual((await call(`${again.E}/inbox/${id}`, { credential: cred })).json.envelope, e);
  await again.stop();
});

test(
  'retention over PostgreSQL (SEBAYA_TODAY): the request goes, its newer reply stays until it expires',
  { skip },
  async () => {
    const { credential: cred, hash } = credential();
    const config = { credentials: [hash], port: 0, database: pg.url, retentionDays: 30, rateLimits: GENEROUS };
    const token = newToken();
    const e = plain();
    const r = await reply({ token, sentAt: '2026-07-20' });
    const at = async (today, run) => {
      const s = await serve(config, { env: { SEBAYA_TODAY: today } });
      try {
        await run(s.E);
      } finally {
        await s.stop();
      }
    };
    const ask = (E) => call(`${E}/replies`, { method: 'POST', body: { code: e.id.slice(0, 8), token } });
    await at('2026-07-01', async (E) => {
      assert.equal((await call(E, { method: 'POST', body: e })).status, 201);
      assert.equal((await call(`${E}/inbox/${e.id}/reply`, { method: 'POST', body: r, credential: cred })).status, 201);
    });
    await at('2026-07-31', async (E) =>
      assert.equal((await call(`${E}/inbox/${e.id}`, { credential: cred })).status, 200),
    );
    await at('2026-08-01', async (E) => {
      assert.equal((await call(`${E}/inbox/${e.id}`, { credential: cred })).status, 404);
      assert.equal((await ask(E)).json.replies.length, 1);
    });
    await at('2026-08-20', async (E) => assert.deepEqual((await ask(E)).json, { replies: [] }));
  },
);

test('a database that does not answer: serve exits 1 and says so, naming no password', { skip }, async () => {
  const port = await freePort();
  const run = await serve({ port: 0, database: `postgres://sebaya:hunter2@127.0.0.1:${port}/sebaya` });
  assert.equal(run.exitCode, 1);
  assert.match(run.stderr, /cannot open the PostgreSQL database/);
  assert.doesNotMatch(run.stderr, /hunter2/);
});
