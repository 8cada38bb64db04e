// Test-server routes for <sebaya-inbox> tests (see plugins.mjs: route(name, handler)).
//
// The real Node receiver (receiver/node/receiver.mjs), one per box so that tests never see each
// other's requests, each on a store file of its own in a temp folder, accepting TEST_CREDENTIAL:
//   *    /__test__/inbox/<box>                      E: POST an envelope (the form's route)
//   *    /__test__/inbox/<box>/inbox…, /replies     the coordinator's and the visitor's routes
//   GET  /__test__/inbox-fault?box=B&mode=500&count=1
//        the next `count` calls to box B answer `mode` instead of reaching the receiver:
//        a status (500, 503, 401) with a JSON error, or `drop` (socket destroyed: a network error)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { route } from './plugins.mjs';
import { createReceiver } from '../../receiver/node/receiver.mjs';
import { credentialHash } from '../../receiver/node/auth.mjs';

/** TEST ONLY: the coordinator credential every test receiver accepts (test/inbox/helpers.ts has the same). */
export const TEST_CREDENTIAL = 'sbc_TEST-ONLY_inbox_credential_of_the_suite_000';

const dir = mkdtempSync(join(tmpdir(), 'sebaya-inbox-'));
/** @type {Map<string, { handle: ReturnType<typeof createReceiver>, faults: string[] }>} */
const boxes = new Map();

function box(name) {
  let b = boxes.get(name);
  if (!b) {
    b = {
      handle: createReceiver(join(dir, `${name}.jsonl`), {
        path: `/__test__/inbox/${name}`,
        credentials: [credentialHash(TEST_CREDENTIAL)],
        allowOrigins: ['*'],
        // One browser makes every call from one address: the limits are the contract suite's to test.
        rateLimits: false,
        log: () => undefined,
      }),
      faults: [],
    };
    boxes.set(name, b);
  }
  return b;
}

route('inbox', (ctx) => {
  const name = ctx.path.split('/')[3] ?? '';
  if (!/^[\w-]{1,60}$/.test(name)) {
    ctx.status = 404;
    ctx.body = 'no box';
    return;
  }
  const b = box(name);
  const fault = b.faults.shift();
  if (fault === 'drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (fault) {
    ctx.status = Number(fault);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ error: 'fault injected by the test' });
    return;
  }
  ctx.status = 200; // the receiver sets the real status on the raw response
  ctx.respond = false;
  if (!b.handle(ctx.req, ctx.res)) {
    ctx.res.statusCode = 404;
    ctx.res.end();
  }
});

route('inbox-fault', (ctx, url) => {
  const b = box(url.searchParams.get('box') ?? '');
  const mode = url.searchParams.get('mode') ?? '500';
  b.faults = Array.from({ length: Number(url.searchParams.get('count') ?? 1) }, () => mode);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ ok: true });
});
