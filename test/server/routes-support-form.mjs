// Test-server routes for <sebaya-support-form> tests (see plugins.mjs: route(name, handler)).
//
// A receiver with faults chosen per test, keyed by `box` (each test uses its own box):
//   POST /__test__/support-form-receive?box=B        the endpoint the form posts to
//   GET  /__test__/support-form-fault?box=B&modes=500,500&then=ok
//        answers the next requests with the listed modes, then with `then` (default ok).
//        modes: ok | 500 | 503 | 400 | 422 | 409 | xss (400 with an XSS reason) | drop (socket
//        destroyed: a network error) | delay-<ms> (answer ok after ms)
//   GET  /__test__/support-form-received?box=B       { hits, stored: [envelope…], types: [Content-Type…] }
//   GET  /__test__/support-form-open?box=B           stored envelopes opened with bin/sebaya.mjs
//   POST /__test__/support-form-open-text            opens a posted text (array / JSON lines)
//   *    /__test__/support-form-demo                 receiver/node/receiver.mjs mounted as the demo does
//   *    /__test__/support-form-demo-pow             the same, asking for an 8-bit proof of work
//   GET  /__test__/support-form-demo-store           the demo receiver's store file
//   POST /__test__/support-form-cli                  runs bin/sebaya.mjs main() in a temp dir:
//        { args: [...], stdin?: string, files?: { name: text } } → { code, stdout, stderr, files }
//        ("{dir}" in args is the temp dir; "{testkey}" the test key file)
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { route } from './plugins.mjs';
import { envelopeProblem, createReceiver } from '../../receiver/node/receiver.mjs';
import { main, openAll, parseKeyFile } from '../../bin/sebaya.mjs';
import { PassThrough, Readable } from 'node:stream';
import { statSync, writeFileSync } from 'node:fs';

const KEY = parseKeyFile(
  readFileSync(new URL('../fixtures/support-form/test-private-key.json', import.meta.url), 'utf8'),
);

/** @type {Map<string, { hits: number, modes: string[], then: string, stored: Map<string, unknown>, types: string[] }>} */
const boxes = new Map();
function box(name) {
  let b = boxes.get(name);
  if (!b) {
    b = { hits: 0, modes: [], then: 'ok', stored: new Map(), types: [] };
    boxes.set(name, b);
  }
  return b;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = JSON.stringify(body);
};

route('support-form-receive', async (ctx, url) => {
  const b = box(url.searchParams.get('box') ?? '');
  b.hits += 1;
  b.types.push(ctx.get('Content-Type'));
  const mode = b.modes.length ? b.modes.shift() : b.then;
  const body = await readBody(ctx.req);
  if (mode === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (mode.startsWith('delay-')) await new Promise((r) => setTimeout(r, Number(mode.slice(6))));
  else if (mode === '500' || mode === '503') return json(ctx, Number(mode), { error: 'server trouble' });
  else if (mode === '400' || mode === '422')
    return json(ctx, Number(mode), { error: 'message refused by the test receiver' });
  else if (mode === 'xss')
    return json(ctx, 400, { error: '<img src=x onerror="window.__sfPwned=1"><script>window.__sfPwned=1</script>' });
  else if (mode === '409') return json(ctx, 409, { error: 'duplicate' });
  let envelope;
  try {
    envelope = JSON.parse(body);
  } catch {
    return json(ctx, 400, { error: 'body is not valid JSON' });
  }
  const problem = envelopeProblem(envelope);
  if (problem) return json(ctx, 400, { error: problem });
  if (b.stored.has(envelope.id)) return json(ctx, 409, { error: 'duplicate', id: envelope.id });
  b.stored.set(envelope.id, envelope);
  return json(ctx, 201, { ok: true, id: envelope.id });
});

route('support-form-fault', (ctx, url) => {
  const b = box(url.searchParams.get('box') ?? '');
  b.modes = (url.searchParams.get('modes') ?? '').split(',').filter(Boolean);
  b.then = url.searchParams.get('then') ?? 'ok';
  json(ctx, 200, { ok: true });
});

route('support-form-received', (ctx, url) => {
  const b = box(url.searchParams.get('box') ?? '');
  json(ctx, 200, { hits: b.hits, stored: [...b.stored.values()], types: b.types });
});

route('support-form-open', async (ctx, url) => {
  const b = box(url.searchParams.get('box') ?? '');
  json(ctx, 200, await openAll(JSON.stringify([...b.stored.values()]), KEY));
});

route('support-form-open-text', async (ctx) => {
  json(ctx, 200, await openAll(await readBody(ctx.req), KEY));
});

const demoDir = mkdtempSync(join(tmpdir(), 'sebaya-receiver-'));
const demoStore = join(demoDir, 'support-requests.jsonl');
// The browser tests all come from one address: no rate limit here (test/e2e/attacks.test.mjs tests it).
const demoReceiver = createReceiver(demoStore, {
  path: '/__test__/support-form-demo',
  allowOrigins: ['*'],
  rateLimits: false,
  log: () => undefined,
});

route('support-form-demo', (ctx) => {
  ctx.status = 200; // the handler sets the real status on the raw response
  ctx.respond = false;
  if (!demoReceiver(ctx.req, ctx.res)) {
    ctx.res.statusCode = 404;
    ctx.res.end();
  }
});

const powReceiver = createReceiver(join(demoDir, 'pow-requests.jsonl'), {
  path: '/__test__/support-form-demo-pow',
  minPowBits: 8,
  rateLimits: false,
  log: () => undefined,
});
route('support-form-demo-pow', (ctx) => {
  ctx.status = 200;
  ctx.respond = false;
  powReceiver(ctx.req, ctx.res);
});

route('support-form-demo-store', (ctx) => {
  ctx.type = 'text/plain';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = existsSync(demoStore) ? readFileSync(demoStore, 'utf8') : '';
});

route('support-form-cli', async (ctx) => {
  const { args, stdin = '', files = {} } = JSON.parse(await readBody(ctx.req));
  const dir = mkdtempSync(join(tmpdir(), 'sebaya-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const keyPath = new URL('../fixtures/support-form/test-private-key.json', import.meta.url).pathname;
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await main(
    args.map((a) => a.replace('{dir}', dir).replace('{testkey}', keyPath)),
    { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(stdin)]) },
  );
  const written = {};
  for (const name of ['key.json']) {
    const path = join(dir, name);
    if (existsSync(path)) written[name] = { text: readFileSync(path, 'utf8'), mode: statSync(path).mode & 0o777 };
  }
  json(ctx, 200, { code, stdout, stderr, files: written });
});

// ---- <sebaya-support-form> element (issue #14, items 8 and 15) -------------------------------
// A receiver that is not there or is broken, whatever is sent:
//   POST /__test__/support-form-broken?box=B&status=501   answers `status` (default 500) to every
//        request, with a JSON error body; hits are counted in box B (see support-form-received).
route('support-form-broken', async (ctx, url) => {
  const b = box(url.searchParams.get('box') ?? '');
  b.hits += 1;
  await readBody(ctx.req);
  json(ctx, Number(url.searchParams.get('status')) || 500, { error: 'no receiver here' });
});
