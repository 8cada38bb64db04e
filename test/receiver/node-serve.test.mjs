// `sebaya serve` and `sebaya credential`: start-up, config errors (exit 1 naming the key), a
// store in use, a clean SIGTERM; and the receiver's doors: CORS only for the listed origins, the
// auth-failure limit per address, 413 before the body, no address or credential in the log.
// Run: `node --test test/receiver/node-serve.test.mjs`.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { call, cleanup, CLI, credential, plain, serve, sha256, tempDir } from './node-support.mjs';

after(cleanup);

test('`sebaya credential` prints a credential (sbc_ + 43 base64url) and its sha256 line', () => {
  const run = spawnSync(process.execPath, [CLI, 'credential'], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.status, 0, run.stderr);
  const [cred, hash, rest] = run.stdout.split('\n');
  assert.match(cred, /^sbc_[A-Za-z0-9_-]{43}$/);
  assert.equal(hash, `sha256:${sha256(cred)}`);
  assert.equal(rest, '');
  assert.match(run.stderr, /credentials/);
  const usage = spawnSync(process.execPath, [CLI, 'nope'], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /sebaya serve .*--config/);
  assert.match(usage.stderr, /sebaya credential/);
});

test('a bad config stops the start with exit 1 and a message naming the key', async () => {
  const store = join(tempDir(), 'r.jsonl');
  const cases = [
    [{ credentials: ['sha256:abc'] }, /"credentials\[0\]" must be "sha256:"/],
    [{ credentials: [`SHA256:${'a'.repeat(64)}`] }, /"credentials\[0\]"/],
    [{ credentials: 'sha256:x' }, /"credentials" must be an array/],
    [{ retentionDays: 0 }, /"retentionDays"/],
    [{ retentionDays: 3651 }, /"retentionDays"/],
    [{ allowOrigins: ['https://desa.example/path'] }, /"allowOrigins\[0\]"/],
    [{ rateLimits: { submit: { burst: 0, refillSeconds: 1 } } }, /"rateLimits\.submit"/],
    [{ rateLimits: { sumbit: false } }, /"rateLimits\.sumbit"/],
    [{ port: 70000 }, /"port"/],
    [{ path: 'api' }, /"path"/],
    [{ database: 'mysql://x' }, /"database"/],
    [{ store, database: 'postgres://x@127.0.0.1/x' }, /"database" and "store"/],
    [{ retentionDay: 90 }, /unknown key "retentionDay"/],
    ['{ "port": 0,', /not JSON/],
    ['[]', /must be a JSON object/],
  ];
  for (const [config, message] of cases) {
    const run = await serve(typeof config === 'string' ? config : { store, port: 0, ...config });
    assert.equal(run.exitCode, 1, JSON.stringify(config));
    assert.match(run.stderr, message, JSON.stringify(config));
    assert.match(run.stderr, /^sebaya serve: config: /);
    assert.equal(run.stdout, '', 'nothing on stdout');
  }
  const flag = await serve({ store, port: 0 }, { args: ['--port', 'x'] });
  assert.equal(flag.exitCode, 1);
  assert.match(flag.stderr, /--port/);
  const unknown = await serve({ store, port: 0 }, { args: ['--verbose', '1'] });
  assert.match(unknown.stderr, /unknown option "--verbose"/);
  assert.ok(!existsSync(store), 'no store was made for a config that was refused');
});

test('a second serve on the same store exits 1; flags override the file; SIGTERM exits 0 and releases the store', async () => {
  const dir = tempDir();
  const store = join(dir, 'a.jsonl');
  const one = await serve({ store: join(dir, 'ignored.jsonl'), port: 0 }, { args: ['--store', store] });
  assert.ok(one.E, one.stderr?.());
  const two = await serve({ store, port: 0 });
  assert.equal(two.exitCode, 1);
  assert.match(two.stderr, /in use by another receiver/);
  assert.equal((await call(one.E, { method: 'POST', body: plain() })).status, 201);
  assert.ok(!existsSync(join(dir, 'ignored.jsonl')), '--store wins over the file');
  assert.deepEqual(await one.stop(), { code: 0, signal: null });
  assert.ok(!existsSync(`${store}.lock`));
  const pathed = await serve({ store, port: 0, path: '/tim/inbox-api' });
  assert.match(pathed.E, /\/tim\/inbox-api$/);
  assert.equal((await call(`${pathed.E}/inbox`)).status, 401);
  assert.equal((await call(pathed.E.replace('/tim/inbox-api', '/api/support'))).status, 404);
  await pathed.stop();
});

test('CORS only for the listed origins, the preflight on any route, never credentials', async () => {
  const server = await serve({ store: join(tempDir(), 'r.jsonl'), port: 0, allowOrigins: ['https://desa.example'] });
  for (const path of ['', '/replies', '/inbox', `/inbox/${crypto.randomUUID()}/reply`, '/inbox/forget']) {
    const pre = await call(`${server.E}${path}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://desa.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(pre.status, 204, path);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'https://desa.example');
    assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    assert.equal(pre.headers.get('access-control-allow-headers'), 'Authorization, Content-Type');
    assert.equal(pre.headers.get('access-control-max-age'), '86400');
    assert.equal(pre.headers.get('access-control-allow-credentials'), null);
    const other = await call(`${server.E}${path}`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    assert.equal(other.status, 204);
    for (const [name] of other.headers)
      assert.ok(!name.startsWith('access-control-'), `${path}: ${name} for another origin`);
  }
  const posted = await call(server.E, { method: 'POST', body: plain(), headers: { Origin: 'https://desa.example' } });
  assert.equal(posted.headers.get('access-control-allow-origin'), 'https://desa.example');
  assert.equal(posted.headers.get('vary'), 'Origin');
  await server.stop();
  const any = await serve({ store: join(tempDir(), 'r.jsonl'), port: 0, allowOrigins: ['*'] });
  const res = await call(any.E, { method: 'OPTIONS', headers: { Origin: 'https://siapa.example' } });
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://siapa.example');
  await any.stop();
});

test('auth failures are limited per address (then 429 even for the right credential); 413 before the body; nothing secret in the log', async () => {
  const { credential: cred, hash } = credential();
  const server = await serve({
    store: join(tempDir(), 'r.jsonl'),
    port: 0,
    credentials: [hash],
    rateLimits: { authFailures: { burst: 3, refillSeconds: 60 } },
  });
  const statuses = [];
  for (let i = 0; i < 5; i += 1)
    statuses.push((await call(`${server.E}/inbox`, { credential: `sbc_wrong${i}` })).status);
  assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
  const right = await call(`${server.E}/inbox`, { credential: cred });
  assert.equal(right.status, 429);
  assert.ok(Number(right.headers.get('retry-after')) > 0);
  const big = await call(`${server.E}/replies`, { method: 'POST', body: `{"code":"${'a'.repeat(70_000)}"}` });
  assert.equal(big.status, 413);
  await server.stop();
  const log = server.stderr();
  assert.doesNotMatch(log, /127\.0\.0\.1|sbc_|\n\s+at /);
});
