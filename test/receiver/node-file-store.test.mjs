// The Node receiver's file store, for real: every route through `sebaya serve`, what is left on
// disk after a delete, retention with SEBAYA_TODAY, `kill -9` in the middle of writes, and a
// crash in each window of the rewrite that removes deleted text.
// Run: `node --test test/receiver/node-file-store.test.mjs`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openFileStore } from '../../receiver/node/store-file.mjs';
import { walkRoutes } from './node-scenario.mjs';
import {
  call,
  cleanup,
  CLI,
  credential,
  newToken,
  plain,
  reply,
  ROOT,
  serve,
  sha256,
  tempDir,
  within,
} from './node-support.mjs';

after(cleanup);

const TEST_KEY = join(ROOT, 'test', 'fixtures', 'support-form', 'test-private-key.json');
const GENEROUS = { authFailures: { burst: 1000, refillSeconds: 1 }, submit: false, replies: false };

/** Every file of `dir` as text (what a thief with the disk would read). */
const allText = (dir) =>
  readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'latin1'))
    .join('\n');
/** Each line of each `.jsonl` file in `dir` parses as JSON. */
function assertWholeLines(dir) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    assert.ok(text === '' || text.endsWith('\n'), `${f} ends with a whole line`);
    for (const line of text.split('\n').filter(Boolean))
      assert.doesNotThrow(() => JSON.parse(line), `${f}: ${line.slice(0, 80)}`);
  }
}

test('every route over the file store; a delete leaves no trace of the text on disk; `sebaya open` still reads the store', async () => {
  const { credential: cred, hash } = credential();
  const dir = tempDir();
  const store = join(dir, 'data', 'requests.jsonl');
  const server = await serve({ credentials: [hash], port: 0, store, rateLimits: GENEROUS });
  assert.ok(server.E, server.stderr?.());
  assert.match(server.line, /^sebaya receiver listening on http:\/\/127\.0\.0\.1:\d+\/api\/support\n$/);
  const { kept, replyId, token, gone } = await walkRoutes(server.E, cred);
  const data = join(dir, 'data');
  for (const text of gone) assert.doesNotMatch(allText(data), new RegExp(text), `"${text}" is gone from every file`);
  assert.match(allText(data), /pesan A rahasia/);
  // (An unsealed request carries its token inside; the reply is stored with the token's hash only.)
  const replies = readFileSync(join(data, 'requests.replies.jsonl'), 'utf8');
  assert.ok(!replies.includes(token) && replies.includes(sha256(token)), 'the reply keeps only the token hash');
  assert.deepEqual((await server.stop()).code, 0, 'SIGTERM: exit 0');
  assert.ok(!existsSync(`${store}.lock`), 'the lock is released');
  for (const f of readdirSync(data)) assert.equal(statSync(join(data, f)).mode & 0o777, 0o600, f);
  assert.equal(statSync(data).mode & 0o777, 0o700);
  assertWholeLines(data);

  const open = spawnSync(process.execPath, [CLI, 'open', store, '--key', TEST_KEY, '--json'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(open.status, 0, open.stderr);
  assert.equal(JSON.parse(open.stdout).id, kept.id);

  // Everything is still there after a restart: the flag, the reply, the cursor.
  const again = await serve({ credentials: [hash], port: 0, store, rateLimits: GENEROUS });
  const item = await call(`${again.E}/inbox/${kept.id}`, { credential: cred });
  assert.equal(item.json.handled, true);
  assert.deepEqual(
    item.json.replies.map((r) => r.id),
    [replyId],
  );
  const fresh = plain();
  assert.equal((await call(again.E, { method: 'POST', body: fresh })).status, 201);
  const list = (await call(`${again.E}/inbox`, { credential: cred })).json.requests;
  assert.deepEqual(
    list.map((i) => i.envelope.id),
    [kept.id, fresh.id],
  );
  assert.ok(Number(list[1].cursor) > 3, 'a cursor is never given twice, even after the last request was deleted');
  await again.stop();
});

test('retention: a request goes after retentionDays, its newer reply stays readable until it expires itself (SEBAYA_TODAY)', async () => {
  const { credential: cred, hash } = credential();
  const store = join(tempDir(), 'requests.jsonl');
  const config = { credentials: [hash], port: 0, store, retentionDays: 90, rateLimits: GENEROUS };
  const day = async (today, run) => {
    const s = await serve(config, { env: { SEBAYA_TODAY: today } });
    try {
      return await run(s.E);
    } finally {
      await s.stop();
    }
  };
  const token = newToken();
  const e = plain({ message: 'lama sekali' });
  const r = await reply({ token, sentAt: '2026-03-01' });
  await day('2026-01-01', async (E) => {
    assert.equal((await call(E, { method: 'POST', body: e })).status, 201);
    assert.equal((await call(`${E}/inbox/${e.id}`, { credential: cred })).json.receivedAt, '2026-01-01');
    assert.equal((await call(`${E}/inbox/${e.id}/reply`, { method: 'POST', body: r, credential: cred })).status, 201);
  });
  const ask = (E) => call(`${E}/replies`, { method: 'POST', body: { code: e.id.slice(0, 8), token } });
  await day('2026-04-01', async (E) => {
    assert.equal((await call(`${E}/inbox/${e.id}`, { credential: cred })).status, 200, '90 days: kept');
  });
  await day('2026-04-02', async (E) => {
    assert.equal((await call(`${E}/inbox/${e.id}`, { credential: cred })).status, 404, '91 days: deleted');
    assert.equal((await ask(E)).json.replies.length, 1, 'the newer reply stays');
  });
  assert.doesNotMatch(allText(join(store, '..')), /lama sekali/);
  await day('2026-05-31', async (E) => assert.deepEqual((await ask(E)).json, { replies: [] }));
});

test('kill -9 in the middle of writes: every 201 is there whole after a restart, every 200 delete is gone, no torn line', async () => {
  const { credential: cred, hash } = credential();
  const dir = tempDir();
  const store = join(dir, 'requests.jsonl');
  const config = { credentials: [hash], port: 0, store, rateLimits: false };
  const server = await serve(config);
  /** @type {Map<string, object>} */
  const stored = new Map();
  const deleted = new Set();
  /** Deletes sent without a 200 back: the kill may have come after the delete was written. */
  const deleting = new Set();
  const sent = new Set();
  let killed = false;
  const one = async (i) => {
    const e = plain({ message: `m${i} ${'x'.repeat(i % 7 === 0 ? 30_000 : 200)}` });
    sent.add(e.id);
    try {
      const res = await call(server.E, { method: 'POST', body: e, timeoutMs: 5000 });
      if (res.status === 201) stored.set(e.id, e);
      if (res.status === 201 && i % 5 === 0) {
        deleting.add(e.id);
        const del = await call(`${server.E}/inbox/${e.id}/delete`, {
          method: 'POST',
          credential: cred,
          timeoutMs: 5000,
        });
        if (del.status === 200) {
          deleted.add(e.id);
          deleting.delete(e.id);
        }
      }
    } catch {
      // the server was killed under this request
    }
  };
  const load = (async () => {
    for (let i = 0; !killed && i < 2000; i += 16) await Promise.all(Array.from({ length: 16 }, (_, k) => one(i + k)));
  })();
  while (stored.size < 120) await new Promise((r) => setTimeout(r, 5));
  await server.kill();
  killed = true;
  await within(20_000, load, 'the load stops');

  const restarted = await serve(config);
  const seen = new Map();
  for (let after = '0'; after;) {
    const page = await call(`${restarted.E}/inbox?after=${after}&limit=500`, { credential: cred });
    for (const item of page.json.requests) seen.set(item.envelope.id, item.envelope);
    after = page.json.next;
  }
  for (const [id, e] of stored) {
    if (deleted.has(id)) assert.ok(!seen.has(id), `deleted ${id} stays deleted`);
    else if (deleting.has(id) && !seen.has(id))
      continue; // deleted, its 200 lost in the kill
    else assert.deepEqual(seen.get(id), e, `201'd ${id} is there, whole`);
  }
  for (const id of seen.keys()) assert.ok(sent.has(id), 'nothing that was not sent');
  await restarted.stop();
  assertWholeLines(dir);
  for (const id of deleted) assert.ok(!allText(dir).includes(id), 'no deleted id left on disk');
});

/**
 * A child process that fills a store, then deletes request B and is killed (SIGKILL) just before
 * the `killAt`-th rename of the rewrite (1: requests file, 2: replies file, 3: state file).
 */
async function crashDuringDelete(store, killAt, token) {
  const script = `
    import { openFileStore } from ${JSON.stringify(new URL('../../receiver/node/store-file.mjs', import.meta.url).href)};
    let renames = 0;
    let armed = false;
    const store = openFileStore(${JSON.stringify(store)}, {
      log: () => undefined,
      hooks: { beforeRename: () => { if (armed && ++renames === ${killAt}) process.kill(process.pid, 'SIGKILL'); } },
    });
    const input = JSON.parse(process.argv[1]);
    await store.add(input.A, '2026-11-29');
    await store.add(input.B, '2026-11-29');
    await store.addReply(input.A.id, input.rA);
    await store.addReply(input.B.id, input.rB);
    await store.setHandled(input.A.id, true);
    armed = true;
    await store.delete(input.B.id);
    process.stdout.write('deleted without a crash');
    await store.close();
  `;
  const input = {
    A: plain({ message: 'tetap ada' }),
    B: plain({ message: 'harus dihapus' }),
    rA: { ...(await reply()), tokenHash: sha256(token) },
    rB: { ...(await reply()), tokenHash: sha256(token) },
  };
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(input)], {
    stdio: 'pipe',
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const [code, signal] = await within(20_000, once(child, 'exit'), 'crash child');
  return { ...input, code, signal, out };
}

test('a crash in each window of the rewrite after a delete: files stay whole, the delete holds, and the text is gone after the restart', async () => {
  for (const killAt of [1, 2, 3, 0]) {
    const dir = tempDir();
    const store = join(dir, 'requests.jsonl');
    const token = newToken();
    const run = await crashDuringDelete(store, killAt, token);
    if (killAt) assert.equal(run.signal, 'SIGKILL', `killed before rename ${killAt}`);
    else assert.equal(run.out, 'deleted without a crash');
    assertWholeLines(dir);
    const reopened = openFileStore(store, { log: () => undefined });
    try {
      assert.equal(await reopened.get(run.B.id), undefined, `${killAt}: B stays deleted`);
      const a = await reopened.get(run.A.id);
      assert.deepEqual(a?.envelope, run.A, `${killAt}: A is whole`);
      assert.equal(a?.handled, true);
      assert.deepEqual(
        (await reopened.replies(run.A.id.slice(0, 8), sha256(token))).map((r) => r.id),
        [run.rA.id],
      );
      assert.deepEqual(await reopened.replies(run.B.id.slice(0, 8), sha256(token)), [], `${killAt}: B's reply is gone`);
      const text = allText(dir);
      assert.ok(!text.includes('harus dihapus') && !text.includes(run.rB.ct), `${killAt}: B's text is gone from disk`);
      assert.ok(!readdirSync(dir).some((f) => f.endsWith('.tmp')), `${killAt}: no temp file left`);
    } finally {
      await reopened.close();
    }
  }
});

test('200 concurrent copies of one envelope: one 201, 199 409, one line', async () => {
  const dir = tempDir();
  const server = await serve({ port: 0, store: join(dir, 'requests.jsonl'), rateLimits: false });
  const e = plain();
  const statuses = await Promise.all(
    Array.from({ length: 200 }, () => call(server.E, { method: 'POST', body: e }).then((r) => r.status)),
  );
  assert.equal(statuses.filter((s) => s === 201).length, 1);
  assert.equal(statuses.filter((s) => s === 409).length, 199);
  await server.stop();
  assert.equal(readFileSync(join(dir, 'requests.jsonl'), 'utf8').trim().split('\n').length, 1);
});
