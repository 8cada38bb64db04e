// Attacks on the demo server, its reference support-form receiver and the `sebaya` CLI, for real:
// each server is a real process (or, where a fault is injected, a real in-process HTTP server)
// on 127.0.0.1, each CLI run a real `node bin/sebaya.mjs`. Everything listens on loopback only,
// every loop is bounded in count and every exchange in time. No build needed.
// Run: `node --test test/e2e/attacks.test.mjs` (part of `npm run test:e2e`).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createSuite, INFO } from '../../bin/sebaya.mjs';
import { createReceiver, StoreLockedError } from '../../receiver/node/receiver.mjs';
import { DEFAULT_STORE, ROOT } from '../../demo/server.mjs';
import { nodeIo } from '../../receiver/node/store-file.mjs';

const SERVER = join(ROOT, 'demo', 'server.mjs');
const CLI = join(ROOT, 'bin', 'sebaya.mjs');
const TEST_KEY = join(ROOT, 'test', 'fixtures', 'support-form', 'test-private-key.json');
const TEST_PUBLIC = JSON.parse(readFileSync(TEST_KEY, 'utf8')).publicKey;

const dirs = [];
/** A fresh private temp folder, removed after the run. */
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'sebaya-attacks-'));
  dirs.push(dir);
  return dir;
}
const running = new Set();
after(() => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Resolves with `promise`, or rejects after `ms`. */
function within(ms, promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** `node demo/server.mjs` on a free loopback port. */
async function startServer(store, env = {}) {
  const child = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEBAYA_STORE: store, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const exited = once(child, 'exit').then(([code]) => {
    running.delete(child);
    return code;
  });
  const started = Date.now();
  while (!/http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
    if (child.exitCode !== null) return { exitCode: child.exitCode, stderr: () => err };
    if (Date.now() - started > 10_000) throw new Error(`demo server did not start: ${out} ${err}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(out)?.[1]);
  return {
    port,
    child,
    exited,
    stderr: () => err,
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await within(5000, exited, 'demo server stop');
    },
  };
}

/** An in-process HTTP server around a receiver made with `options` (for injected faults). */
async function startReceiver(store, options = {}) {
  const lines = [];
  const receiver = createReceiver(store, { log: (line) => lines.push(line), ...options });
  const server = createServer((req, res) => {
    if (!receiver(req, res)) {
      res.statusCode = 404;
      res.end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: server.address().port,
    log: lines,
    async stop() {
      server.closeAllConnections();
      server.close();
      await receiver.close();
    },
  };
}

/** One HTTP exchange; `localAddress` picks the client's loopback address (127.0.0.x). */
function http(
  port,
  { method = 'GET', path = '/', headers = {}, body, localAddress = '127.0.0.1', timeoutMs = 5000 } = {},
) {
  return within(
    timeoutMs,
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, localAddress, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    }),
    `${method} ${path}`,
  );
}
const postJson = (port, body, options = {}) =>
  http(port, {
    method: 'POST',
    path: '/api/support',
    headers: { 'Content-Type': 'application/json', ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...options,
  });

/** Raw bytes over TCP: writes `head`, then what `feed(socket)` writes; resolves with what came back. */
function raw(port, head, { feed, timeoutMs = 5000 } = {}) {
  return within(
    timeoutMs,
    new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      let text = '';
      let firstAnswerAt;
      const state = { answered: false, written: 0 };
      socket.setEncoding('latin1');
      socket.on('data', (c) => {
        text += c;
        if (!state.answered) {
          state.answered = true;
          firstAnswerAt = Date.now();
        }
      });
      socket.on('error', () => undefined); // a reset after the answer is expected
      socket.on('close', () =>
        resolve({
          text,
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]),
          written: state.written,
          closedAfterMs: firstAnswerAt ? Date.now() - firstAnswerAt : undefined,
        }),
      );
      socket.on('connect', () => {
        socket.write(head);
        // Writes may fail once the server has answered and closed: that is the point.
        feed?.(socket, state)?.catch?.(() => undefined);
      });
    }),
    'raw exchange',
  );
}

/** `node bin/sebaya.mjs …`, bounded in time. */
async function cli(args, { stdin = '', timeoutMs = 20_000 } = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
  child.stdin.on('error', () => undefined);
  child.stdin.end(stdin);
  const [code] = await within(timeoutMs, once(child, 'exit'), `sebaya ${args[0]}`);
  running.delete(child);
  return { code, stdout, stderr };
}

const utf8 = new TextEncoder();
/** A sealed envelope of `plaintext` (any text: the attacker controls it) to `publicJwk`. */
async function seal(plaintext, publicJwk = TEST_PUBLIC, id = crypto.randomUUID()) {
  const suite = createSuite();
  const { kty, crv, x, y } = publicJwk;
  const recipientPublicKey = await suite.kem.importKey('jwk', { kty, crv, x, y }, true);
  const sender = await suite.createSenderContext({ recipientPublicKey, info: utf8.encode(INFO) });
  const ct = await sender.seal(utf8.encode(plaintext), utf8.encode(id));
  return {
    v: 1,
    id,
    sentAt: '2026-11-29',
    sealed: true,
    suite: 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM',
    enc: Buffer.from(sender.enc).toString('base64url'),
    ct: Buffer.from(ct).toString('base64url'),
  };
}
const request = (overrides = {}) => ({
  topic: 'family',
  message: 'Halo tim',
  urgency: 'soon',
  lang: 'id',
  contact: { method: 'none' },
  ...overrides,
});
const plain = (overrides = {}, id = crypto.randomUUID()) => ({
  v: 1,
  id,
  sentAt: '2026-11-29',
  sealed: false,
  request: request(overrides),
});
const deep = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const storeLines = (store) =>
  readFileSync(store, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

test('a 60 kB envelope nested 30,000 deep in request, contact or pow is refused with 400, and the server keeps answering', async () => {
  const dir = tempDir();
  const demo = await startServer(join(dir, 'requests.jsonl'));
  const base = JSON.stringify(plain());
  const bodies = {
    request: base.replace('"topic":', `"x":${deep(30_000)},"topic":`),
    contact: base.replace('"method":"none"', `"method":"none","x":${deep(30_000)}`),
    pow: base.replace(/}$/, `,"pow":${deep(30_000)}}`),
    'pow field': base.replace(/}$/, `,"pow":{"bits":0,"nonce":"1","x":${deep(30_000)}}}`),
  };
  for (const [where, body] of Object.entries(bodies)) {
    assert.ok(body.length > 60_000 && body.length < 64 * 1024, where);
    const res = await postJson(demo.port, body, { localAddress: '127.0.0.2' });
    assert.equal(res.status, 400, where);
    assert.match(res.json().error, /unknown field|"pow" must be/, where);
    assert.ok(demo.alive(), `the server still runs after the deep ${where}`);
    assert.equal((await http(demo.port, { path: '/' })).status, 200, `the site still answers after the deep ${where}`);
  }
  assert.equal(
    (await postJson(demo.port, plain(), { localAddress: '127.0.0.2' })).status,
    201,
    'and still takes a real request',
  );
  await demo.stop();
});

test('a full disk (a half-written line, then ENOSPC) or a failing fsync answers 503; the store keeps whole lines and the retry of the same id is taken', async () => {
  // The fault is injected in the store layer's write/fsync (receiver/node/store-file.mjs `io`): the first
  // write really puts half the line on disk, then fails with ENOSPC, as a full disk does.
  const dir = tempDir();
  const store = join(dir, 'requests.jsonl');
  const faults = [];
  const io = {
    async write(fd, buffer, offset, length) {
      if (faults[0] === 'ENOSPC') {
        faults.shift();
        await nodeIo.write(fd, buffer, offset, Math.floor(length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return nodeIo.write(fd, buffer, offset, length);
    },
    async sync(fd) {
      if (faults[0] === 'EIO') {
        faults.shift();
        throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
      }
      return nodeIo.sync(fd);
    },
  };
  const receiver = await startReceiver(store, { storeIo: io });
  const first = plain({ urgency: 'now', message: 'Tolong, malam ini.' });
  assert.equal((await postJson(receiver.port, first)).status, 201);

  for (const fault of ['ENOSPC', 'EIO']) {
    const before = readFileSync(store, 'utf8');
    const envelope = plain({ message: `after ${fault}` });
    faults.push(fault);
    const failed = await postJson(receiver.port, envelope);
    assert.equal(failed.status, 503, fault);
    assert.ok(Number(failed.headers['retry-after']) > 0, `${fault}: Retry-After`);
    assert.equal(readFileSync(store, 'utf8'), before, `${fault}: no half line is left in the store`);
    const retry = await postJson(receiver.port, envelope);
    assert.equal(retry.status, 201, `${fault}: the retry of the same id is taken`);
    assert.equal((await postJson(receiver.port, envelope)).status, 409, `${fault}: and stored once`);
    assert.ok(
      receiver.log.some((l) => l.includes(fault)),
      `${fault}: one log line names it`,
    );
  }
  const lines = storeLines(store);
  assert.equal(lines.length, 3);
  assert.ok(
    lines.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.receivedAt)),
    'receivedAt is the day only, like sentAt',
  );
  assert.equal(statSync(store).mode & 0o777, 0o600, 'the store is readable by its owner only');
  const open = await cli(['open', store, '--key', TEST_KEY, '--json']);
  assert.equal(open.code, 0, open.stderr);
  assert.equal(open.stdout.trim().split('\n').length, 3);
  await receiver.stop();
});

test('the demo server publishes neither the request store nor the demo key outside the demo coordinator path', async () => {
  const dir = tempDir();
  const demo = await startServer(join(dir, 'requests.jsonl'));
  for (const path of [
    '/data/requests.jsonl',
    '/demo-private-key.json',
    '/coordinator/demo-private-key.json',
    '/data/',
    '/.data/requests.jsonl',
    '/%2e%2e/.data/requests.jsonl',
    '/dist/../.data/requests.jsonl',
  ]) {
    const res = await http(demo.port, { path });
    assert.ok([400, 403, 404].includes(res.status), `${path} → ${res.status}`);
    assert.doesNotMatch(res.text, /"d"\s*:|envelope/, path);
  }
  assert.equal((await http(demo.port, { path: '/data/requests.jsonl' })).status, 404);
  assert.equal((await http(demo.port, { path: '/demo-private-key.json' })).status, 404);
  const key = await http(demo.port, { path: '/demo-coordinator/demo-private-key.json' });
  assert.equal(key.status, 200);
  assert.match(key.text, /DEMO ONLY/);
  assert.match(String(key.headers['x-sebaya-demo-only']), /public/);
  assert.equal(key.headers['cache-control'], 'no-store');
  await demo.stop();
  // The default store is outside every served folder; a store inside one is refused.
  for (const served of ['demo', 'dist'])
    assert.ok(relative(join(ROOT, served), DEFAULT_STORE).startsWith('..'), `default store outside ${served}/`);
  const inside = await startServer(join(ROOT, 'demo', 'data', 'requests.jsonl'));
  assert.equal(inside.exitCode, 1);
  assert.match(inside.stderr(), /must not be inside a served folder/);
  assert.ok(!existsSync(join(ROOT, 'demo', 'data', 'requests.jsonl')));
  // A new store gets a private folder and file.
  const fresh = join(tempDir(), 'new', 'requests.jsonl');
  const created = await startServer(fresh);
  assert.equal(statSync(fresh).mode & 0o777, 0o600);
  assert.equal(statSync(join(fresh, '..')).mode & 0o777, 0o700);
  await created.stop();
});

test('`sebaya open` shows the urgent request after a sealed one nested 20,000 deep, in text and --json, and reports the bad one', async () => {
  const hostile = [
    `{"topic":"x","message":"m","urgency":"now","lang":"id","contact":{"method":${deep(20_000)}}}`,
    `{"topic":"x","message":${deep(20_000)},"urgency":"now","lang":"id","contact":{"method":"none"}}`,
    `{"topic":${deep(20_000)},"message":"m","urgency":"now","lang":"id","contact":{"method":"none"}}`,
    deep(20_000),
  ];
  const bad = await Promise.all(hostile.map((p) => seal(p)));
  const urgent = await seal(JSON.stringify(request({ urgency: 'now', message: 'Saya tidak aman malam ini.' })));
  const input = `${[...bad, urgent].map((e) => JSON.stringify({ receivedAt: '2026-11-29', envelope: e })).join('\n')}\n`;
  const dir = tempDir();
  writeFileSync(join(dir, 'store.jsonl'), input);
  for (const json of [false, true]) {
    const run = await cli(['open', join(dir, 'store.jsonl'), '--key', TEST_KEY, ...(json ? ['--json'] : [])]);
    assert.equal(run.code, 2, `exit 2: some skipped (${run.stderr.slice(0, 300)})`);
    if (json)
      assert.deepEqual(
        JSON.parse(run.stdout.trim()).request,
        request({ urgency: 'now', message: 'Saya tidak aman malam ini.' }),
      );
    else {
      assert.match(run.stdout, new RegExp(`id ${urgent.id}`));
      assert.match(run.stdout, /urgency: now {2}\(!!\)/);
      assert.match(run.stdout, /Saya tidak aman malam ini\./);
    }
    for (const [i, e] of bad.entries())
      assert.match(
        run.stderr,
        new RegExp(`skipped line ${i + 1} \\(id ${e.id}\\): the request`),
        `bad ${i + 1} reported`,
      );
    assert.match(run.stderr, /1 opened, 4 skipped/);
  }
});

test('`sebaya open` streams its input: a request is shown before the input ends', async () => {
  const child = spawn(process.execPath, [CLI, 'open', '-', '--key', TEST_KEY], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
  const first = await seal(JSON.stringify(request({ urgency: 'now' })));
  child.stdin.write(`${JSON.stringify(first)}\n`);
  const started = Date.now();
  while (!stdout.includes(first.id) && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 25));
  assert.ok(stdout.includes(first.id), 'the first request is shown while stdin is still open');
  child.stdin.end(`${JSON.stringify(await seal(JSON.stringify(request())))}\n`);
  const [code] = await within(10_000, once(child, 'exit'), 'sebaya open');
  running.delete(child);
  assert.equal(code, 0);
});

test('a torn last line in the store is repaired at start-up: the next request is readable and the old ids are still known', async () => {
  const dir = tempDir();
  const store = join(dir, 'requests.jsonl');
  const kept = await seal(JSON.stringify(request({ message: 'sebelum' })));
  const torn = JSON.stringify({ receivedAt: '2026-11-29', envelope: await seal(JSON.stringify(request())) });
  writeFileSync(store, `${JSON.stringify({ receivedAt: '2026-11-29', envelope: kept })}\n${torn.slice(0, 120)}`, {
    mode: 0o600,
  });
  const demo = await startServer(store);
  assert.match(demo.stderr(), /torn last line \(120 bytes\)/);
  const next = await seal(JSON.stringify(request({ urgency: 'now', message: 'sesudah' })));
  assert.equal((await postJson(demo.port, next)).status, 201);
  assert.equal((await postJson(demo.port, kept)).status, 409, 'the id index has the old request');
  await demo.stop();
  assert.equal(readFileSync(`${store}.torn`, 'utf8'), torn.slice(0, 120), 'the torn bytes are kept aside');
  const run = await cli(['open', store, '--key', TEST_KEY, '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(
    run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).request.message),
    ['sebelum', 'sesudah'],
  );
});

test('per-address rate limit: 40 requests from one address store 10, then 429 with Retry-After; another address still gets through', async () => {
  const dir = tempDir();
  const store = join(dir, 'requests.jsonl');
  const demo = await startServer(store);
  const statuses = [];
  for (let i = 0; i < 40; i += 1)
    statuses.push(
      (await postJson(demo.port, plain({ message: 'x'.repeat(15_000) }), { localAddress: '127.0.0.9' })).status,
    );
  assert.deepEqual(statuses, [...Array(10).fill(201), ...Array(30).fill(429)]);
  const limited = await postJson(demo.port, plain(), { localAddress: '127.0.0.9' });
  assert.ok(Number(limited.headers['retry-after']) > 0);
  assert.equal((await postJson(demo.port, plain(), { localAddress: '127.0.0.10' })).status, 201);
  assert.equal(storeLines(store).length, 11);
  assert.doesNotMatch(demo.stderr(), /127\.0\.0\./, 'addresses are never logged');
  await demo.stop();
});

test('store size cap: past maxStoreBytes the receiver answers 503 and the file does not grow', async () => {
  const dir = tempDir();
  const store = join(dir, 'requests.jsonl');
  const receiver = await startReceiver(store, { maxStoreBytes: 8 * 1024, rateLimits: false });
  const statuses = [];
  for (let i = 0; i < 20; i += 1)
    statuses.push((await postJson(receiver.port, plain({ message: 'y'.repeat(1500) }))).status);
  const firstFull = statuses.indexOf(503);
  assert.ok(firstFull > 2, `some stored first (${statuses})`);
  assert.ok(
    statuses.slice(firstFull).every((s) => s === 503),
    'then all refused',
  );
  assert.ok(statSync(store).size <= 8 * 1024);
  assert.ok(receiver.log.some((l) => l.includes('store full')));
  await receiver.stop();
});

test('two receivers on one store: the second refuses to start; a stale lock of a dead process is taken over', async () => {
  const dir = tempDir();
  const store = join(dir, 'requests.jsonl');
  const one = await startServer(store);
  const two = await startServer(store);
  assert.equal(two.exitCode, 1);
  assert.match(two.stderr(), /in use by another receiver \(process \d+/);
  assert.throws(() => createReceiver(store, { log: () => undefined }), StoreLockedError, 'in one process too');
  assert.equal((await postJson(one.port, plain())).status, 201, 'the first one still works');
  await one.stop();
  assert.ok(!existsSync(`${store}.lock`), 'a clean stop releases the lock');
  // A receiver killed outright leaves its lock behind; the next start takes it over.
  const dead = spawn(process.execPath, ['-e', '0']);
  await once(dead, 'exit');
  writeFileSync(`${store}.lock`, `${dead.pid} ${hostname()}\n`);
  const three = await startServer(store);
  assert.ok(three.port, three.stderr?.());
  assert.match(three.stderr(), /stale lock/);
  assert.equal((await postJson(three.port, plain())).status, 201);
  await three.stop();
});

/** A demo server for one test of the body and path attacks below. */
async function withDemo(run) {
  const demo = await startServer(join(tempDir(), 'requests.jsonl'));
  try {
    await run(demo);
    assert.ok(demo.alive(), 'the server still runs');
    assert.equal((await http(demo.port, { path: '/' })).status, 200, 'and still answers');
  } finally {
    await demo.stop();
  }
}

test('a 20 MB body is answered 413 long before it ends, then the connection is closed', () =>
  withDemo(async (demo) => {
    const total = 20 * 1024 * 1024;
    const big = await raw(
      demo.port,
      `POST /api/support HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`,
      {
        timeoutMs: 10_000,
        feed: async (socket, state) => {
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          while (!state.answered && state.written < total && !socket.destroyed) {
            state.written += chunk.length;
            if (!socket.write(chunk)) await new Promise((r) => (socket.once('drain', r), socket.once('close', r)));
          }
        },
      },
    );
    assert.equal(big.status, 413);
    assert.ok(big.written < total, `answered after ${big.written} of ${total} bytes`);
    assert.ok(big.closedAfterMs < 4000, 'and closed');
  }));

test('a declared 10 GB body is answered at once: 413 for the number, 400 for "10GB"', () =>
  withDemo(async (demo) => {
    const huge = await raw(
      demo.port,
      'POST /api/support HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n{',
      { timeoutMs: 5000 },
    );
    assert.equal(huge.status, 413);
    const word = await raw(
      demo.port,
      'POST /api/support HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10GB\r\n\r\n{',
      { timeoutMs: 5000 },
    );
    assert.equal(word.status, 400);
  }));

test('a malformed percent-encoding in a path is a 400, with no stack trace in the log', () =>
  withDemo(async (demo) => {
    for (const path of ['/%E0%A4%A', '/%', '/dist/%zz', '/%00'])
      assert.equal((await http(demo.port, { path })).status, 400, path);
    assert.doesNotMatch(demo.stderr(), /\n\s+at /);
  }));

test('only application/json is JSON: look-alike media types are refused with 415', () =>
  withDemo(async (demo) => {
    for (const type of [
      'application/json-evil',
      'application/jsonp',
      'text/json',
      'application/x-json',
      'multipart/form-data; boundary=application/json',
    ]) {
      assert.equal(
        (await postJson(demo.port, plain(), { headers: { 'Content-Type': type }, localAddress: '127.0.0.3' })).status,
        415,
        type,
      );
    }
    assert.equal(
      (
        await postJson(demo.port, plain(), {
          headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
          localAddress: '127.0.0.4',
        })
      ).status,
      201,
    );
  }));

test('a body sent 1 byte at a time is cut off at the body deadline (408) and the socket freed', async () => {
  // 1 s here; 20 s by default.
  const receiver = await startReceiver(join(tempDir(), 'requests.jsonl'), { bodyTimeoutMs: 1000, rateLimits: false });
  const started = Date.now();
  const slow = await raw(
    receiver.port,
    'POST /api/support HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
    {
      timeoutMs: 6000,
      feed: async (socket, state) => {
        for (let i = 0; i < 20 && !state.answered && !socket.destroyed; i += 1) {
          socket.write('{');
          await new Promise((r) => setTimeout(r, 250));
        }
      },
    },
  );
  assert.equal(slow.status, 408);
  assert.ok(Date.now() - started < 4000, 'the socket is freed soon after the deadline');
  await receiver.stop();
});

test('`sebaya keygen --force` over a 0644 file leaves the private key at 0600; without --force it never overwrites', async () => {
  const dir = tempDir();
  const out = join(dir, 'key.json');
  writeFileSync(out, '{"old": true}\n');
  chmodSync(out, 0o644);
  const refused = await cli(['keygen', '--out', out]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /not overwriting/);
  assert.equal(readFileSync(out, 'utf8'), '{"old": true}\n');
  const run = await cli(['keygen', '--out', out, '--force']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(statSync(out).mode & 0o777, 0o600);
  const file = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(typeof file.privateKey.d, 'string');
  assert.deepEqual(JSON.parse(run.stdout), file.publicKey);
  const fresh = join(dir, 'fresh.json');
  assert.equal((await cli(['keygen', '--out', fresh])).code, 0);
  assert.equal(statSync(fresh).mode & 0o777, 0o600);
});

test('`sebaya open` escapes bidi and other format characters (U+200F, U+061C …) in text and --json output', async () => {
  const message = 'nomor\u200F 0812\u061C\u202Eevil\u2066x\u2069\u200B\uFEFF\u2028tag\u{E0041} 👩‍👧 ok';
  const sealed = await seal(JSON.stringify(request({ message, topic: 'x\u200E' })));
  for (const json of [false, true]) {
    const run = await cli(['open', '-', '--key', TEST_KEY, ...(json ? ['--json'] : [])], {
      stdin: JSON.stringify(sealed),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(
      run.stdout,
      /[\u200E\u200F\u061C\u202E\u2066\u2069\u200B\uFEFF\u2028]|\u{E0041}/u,
      json ? 'json' : 'text',
    );
    if (json) {
      assert.match(run.stdout, /\\u200f/);
      assert.match(run.stdout, /\\u061c/);
      assert.equal(JSON.parse(run.stdout).request.message, message, 'the JSON still carries the message exactly');
    } else {
      assert.match(run.stdout, /\\u\{200f\}/);
      assert.match(run.stdout, /\\u\{61c\}/);
      assert.match(run.stdout, /\\u\{e0041\}/);
      assert.match(run.stdout, /👩‍👧 ok/, 'emoji joiners stay');
    }
  }
});
