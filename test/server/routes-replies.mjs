// Test-server routes for anonymous replies (issue #16, item 4): the real Node receiver, and a
// coordinator that answers the way the inbox does.
//
//   *    /__test__/reply-receiver[/…]        receiver/node/receiver.mjs on a temp store, with a test
//        credential (no rate limits: every browser test comes from one address)
//   *    /__test__/reply-limited[/…]         the same receiver code on its own store, allowing one
//        `POST E/replies` per 10 minutes (the 429 test)
//   *    /__test__/reply-slow[/…]            the same on its own store, each answer 1.5 s late (the
//        "checking…" state stays long enough to look at)
//   POST /__test__/reply-coordinator?receiver=reply-receiver&id=<request id>   { text, lang }
//        acts as the coordinator: fetches the request with the credential (`GET E/inbox/<id>`),
//        opens it with the test private key (bin/sebaya.mjs), seals `text` to the visitor's reply
//        key with sealReply (src/support-form/model/reply.ts, run by tsx) and posts it to
//        `E/inbox/<id>/reply`. Answers { status, request, reply } (the opened request, the
//        receiver's answer to the post).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { route } from './plugins.mjs';
import { credentialHash } from '../../receiver/node/auth.mjs';
import { createReceiver } from '../../receiver/node/receiver.mjs';
import { openAll, parseKeyFile } from '../../bin/sebaya.mjs';

const KEY = parseKeyFile(
  readFileSync(new URL('../fixtures/support-form/test-private-key.json', import.meta.url), 'utf8'),
);
/** TEST ONLY coordinator credential (the receiver keeps only its hash, as in a real config). */
const CREDENTIAL = 'sbc_TEST-ONLY-reply-coordinator-credential-0000000';
const CREDENTIAL_HASH = credentialHash(CREDENTIAL);

const dir = mkdtempSync(join(tmpdir(), 'sebaya-replies-'));
const quiet = { log: () => undefined, allowOrigins: ['*'], credentials: [CREDENTIAL_HASH] };
const receivers = {
  'reply-receiver': createReceiver(join(dir, 'requests.jsonl'), {
    ...quiet,
    path: '/__test__/reply-receiver',
    rateLimits: false,
  }),
  'reply-limited': createReceiver(join(dir, 'limited.jsonl'), {
    ...quiet,
    path: '/__test__/reply-limited',
    rateLimits: { submit: false, replies: { burst: 1, refillSeconds: 600 }, authFailures: false, coordinator: false },
  }),
  'reply-slow': createReceiver(join(dir, 'slow.jsonl'), { ...quiet, path: '/__test__/reply-slow', rateLimits: false }),
};
const DELAY_MS = { 'reply-slow': 1_500 };

for (const [name, receive] of Object.entries(receivers)) {
  route(name, async (ctx) => {
    if (DELAY_MS[name]) await new Promise((r) => setTimeout(r, DELAY_MS[name]));
    ctx.status = 200; // the handler sets the real status on the raw response
    ctx.respond = false;
    if (!receive(ctx.req, ctx.res)) {
      ctx.res.statusCode = 404;
      ctx.res.end();
    }
  });
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real sealReply, as the inbox runs it (loaded once, on first use). */
let replyModule;
const sealReply = async (...args) => {
  replyModule ??= tsImport('../../src/support-form/model/reply.ts', import.meta.url);
  return (await replyModule).sealReply(...args);
};

route('reply-coordinator', async (ctx, url) => {
  const name = url.searchParams.get('receiver') ?? 'reply-receiver';
  const id = url.searchParams.get('id') ?? '';
  const { text, lang = 'id' } = JSON.parse(await readBody(ctx.req));
  const E = `${ctx.origin}/__test__/${name}`;
  const auth = { Authorization: `Bearer ${CREDENTIAL}` };
  const answer = (status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
  const item = await fetch(`${E}/inbox/${id}`, { headers: auth });
  if (!item.ok) return answer(item.status, { error: `GET inbox/${id}: ${item.status}` });
  const { envelope } = await item.json();
  const { opened, skipped } = await openAll(JSON.stringify([envelope]), KEY);
  const request = opened[0]?.request;
  if (!request?.reply) return answer(422, { error: 'the request carries no reply key', request, skipped });
  const reply = await sealReply(
    request.reply,
    { text, lang },
    { id: crypto.randomUUID(), sentAt: new Date().toISOString().slice(0, 10) },
  );
  const posted = await fetch(`${E}/inbox/${id}/reply`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(reply),
  });
  answer(200, { status: posted.status, request, reply: await posted.json() });
});

// A hostile or broken receiver for `POST E/replies`: always 200 with replies no visitor key opens
// (sealed to another key, tampered, malformed, not objects) and, with `?mode=html`, a page instead
// of JSON.
route('reply-hostile', async (ctx, url) => {
  await readBody(ctx.req);
  ctx.set('Cache-Control', 'no-store');
  if (url.searchParams.get('mode') === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Hosting</title><p>Account suspended</p>';
    return;
  }
  replyModule ??= tsImport('../../src/support-form/model/reply.ts', import.meta.url);
  const { deriveReplyKeys } = await replyModule;
  const stranger = await deriveReplyKeys('someone-else-entirely-other-words', 'ABCDEF12');
  const head = { id: crypto.randomUUID(), sentAt: '2026-12-01' };
  const foreign = await sealReply(stranger.replyTo, { text: 'not for you', lang: 'en' }, head);
  const sealed = { ...foreign };
  delete sealed.token; // as the receiver returns it
  const tampered = { ...sealed, id: crypto.randomUUID() }; // the id is the associated data
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    replies: [sealed, tampered, { id: 1, ct: null }, 'text', null, { ...sealed, suite: 'other' }],
  });
});
