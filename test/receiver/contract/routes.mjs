// @ts-check
/**
 * The contract suite's tests of every row of docs/receiver-contract.md, written once against a
 * running receiver (`E` + credential). `contractTests(ctx)` registers them inside the caller's
 * `describe` for one target; each test starts its own receiver with an empty store.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { credential, plain, replyIn, sealedShape, todayUtc, token, uuid } from './data.mjs';
import { ask, checkAnswer, raw, refused } from './http.mjs';
import { openEnvelope, openReply, openRequest, replyKeys, sealedEnvelope, sealedReply, teamKey } from './sealing.mjs';

/**
 * @typedef {import('./targets.mjs').Instance} Instance
 * @typedef {{
 *   start: (config: Record<string, unknown>, env?: Record<string, string>) => Promise<Instance>,
 *   frontServer: boolean,
 * }} Context
 */

export const ORIGIN = 'https://desa.example';
const cred = credential();
const cred2 = credential();
/** The usual receiver: two credentials, one site, no rate limits (they have their own test). */
export const OPEN = { credentials: [cred.line, cred2.line], allowOrigins: [ORIGIN], rateLimits: false };
export const CREDENTIAL = cred.value;
const auth = { credential: cred.value };

/**
 * Runs `body` with a receiver started from `config`, stopped afterwards whatever happens.
 * @param {Context} ctx
 * @param {Record<string, unknown>} config
 * @param {(r: Instance) => Promise<void>} body
 * @param {Record<string, string>} [env]
 */
export async function withReceiver(ctx, config, body, env) {
  const r = await ctx.start(config, env);
  try {
    await body(r);
  } finally {
    await r.stop();
  }
}

/** Every request in the inbox, page by page. @param {string} E @returns {Promise<any[]>} */
export async function listAll(E) {
  const items = [];
  let after = '';
  for (;;) {
    const page = await ask(`${E}/inbox?limit=500${after ? `&after=${after}` : ''}`, auth);
    assert.equal(page.status, 200);
    items.push(...page.json.requests);
    if (page.json.next === null) return items;
    after = page.json.next;
  }
}

/** @param {string} E @param {unknown} envelope */
const submit = (E, envelope) => ask(E, { method: 'POST', body: envelope });

/** @param {Context} ctx */
export function contractTests(ctx) {
  test('write side: 201 then 409 duplicate, 400, 413, 415; a sealed request comes back byte for byte and opens', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const team = await teamKey();
      const request = {
        topic: 'keluarga',
        message: 'Saya takut pulang.',
        urgency: 'now',
        lang: 'id',
        contact: { method: 'none' },
      };
      const sealed = await sealedEnvelope(team.publicKey, request);
      const created = await submit(E, sealed);
      assert.equal(created.status, 201);
      assert.deepEqual(created.json, { ok: true, id: sealed.id });
      const dup = await submit(E, sealed);
      assert.equal(dup.status, 409);
      assert.deepEqual(dup.json, { error: 'duplicate', id: sealed.id });
      const withReply = plain({
        replyTo: { key: (await replyKeys(['a', 'b', 'c', 'd', 'e'], 'ab12cd34')).replyTo.key, token: token() },
      });
      assert.equal((await submit(E, withReply)).status, 201);

      for (const bad of [
        {},
        [],
        'null',
        '1',
        { ...sealed, id: uuid(), v: 2 },
        { ...plain(), id: 'x' },
        { ...plain(), extra: 1 },
      ])
        refused(await submit(E, bad), 400, JSON.stringify(bad).slice(0, 40));
      const big = JSON.stringify({ ...plain(), request: { ...plain().request, message: 'x'.repeat(70_000) } });
      refused(await submit(E, big), 413, '70 kB');
      refused(await ask(E, { method: 'POST', body: JSON.stringify(plain()), type: 'text/plain' }), 415, 'text/plain');
      refused(
        await ask(E, { method: 'POST', body: JSON.stringify(plain()), type: 'application/x-www-form-urlencoded' }),
        415,
        'form',
      );
      refused(await ask(E, { method: 'POST', body: JSON.stringify(plain()), type: null }), 415, 'no type');

      const items = await listAll(E);
      assert.deepEqual(
        items.map((i) => i.envelope.id),
        [sealed.id, withReply.id],
      );
      assert.deepEqual(items[0].envelope, sealed);
      assert.deepEqual(items[1].envelope, withReply);
      assert.equal(items[0].receivedAt, todayUtc());
      assert.deepEqual((await openEnvelope(items[0].envelope, team.privateKey)).request, request);
    });
  });

  test('exactly once: 200 concurrent copies of one envelope give one 201 and 199 409', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const envelope = sealedShape();
      const answers = await Promise.all(Array.from({ length: 200 }, () => submit(E, envelope)));
      const count = (/** @type {number} */ s) => answers.filter((a) => a.status === s).length;
      assert.deepEqual([count(201), count(409)], [1, 199]);
      assert.deepEqual(
        (await listAll(E)).map((i) => i.envelope),
        [envelope],
      );
    });
  });

  test('replies: a sealed reply reaches the visitor; wrong token, unknown code and no reply yet look the same', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const team = await teamKey();
      const words = ['kopi', 'sawah', 'lampu', 'hujan', 'pagi'];
      const id = uuid();
      const code = id.slice(0, 8);
      const visitor = await replyKeys(words, code);
      // The reply key and token travel inside the seal: the receiver sees them only with the reply.
      const request = {
        topic: 'x',
        message: 'Tolong balas.',
        urgency: 'soon',
        lang: 'id',
        contact: { method: 'none' },
        reply: visitor.replyTo,
      };
      assert.equal((await submit(E, await sealedEnvelope(team.publicKey, request, id))).status, 201);
      const other = plain({ replyTo: (await replyKeys(words, 'ffffffff')).replyTo });
      assert.equal((await submit(E, other)).status, 201);

      const lookup = (/** @type {unknown} */ body) => ask(`${E}/replies`, { method: 'POST', body });
      const noReplyYet = await lookup({ code: code.toUpperCase(), token: visitor.replyTo.token });
      assert.equal(noReplyYet.status, 200);
      assert.deepEqual(noReplyYet.json, { replies: [] });

      // The coordinator opens the request and answers it.
      const item = await ask(`${E}/inbox/${id}`, auth);
      const { reply: replyTo } = await openRequest(item.json.envelope, team.privateKey);
      assert.deepEqual(replyTo, visitor.replyTo);
      const answer1 = await sealedReply(
        replyTo,
        { text: 'Kami di sini. Datang ke Puskesmas Senin.', lang: 'id' },
        '2026-11-30',
      );
      const answer2 = await sealedReply(replyTo, { text: 'Second answer', lang: 'en' }, '2026-12-01');
      for (const a of [answer1, answer2]) {
        const posted = await ask(`${E}/inbox/${id}/reply`, { method: 'POST', body: a, ...auth });
        assert.equal(posted.status, 201);
        assert.deepEqual(posted.json, { ok: true, id: a.id });
      }
      const dashed = `${code.slice(0, 4)}-${code.slice(4)}`;
      for (const c of [code, code.toUpperCase(), dashed.toUpperCase()]) {
        const got = await lookup({ code: c, token: visitor.replyTo.token });
        assert.equal(got.status, 200);
        assert.deepEqual(
          got.json.replies,
          [answer1, answer2].map(({ id: rid, sentAt, suite, enc, ct }) => ({ id: rid, sentAt, suite, enc, ct })),
        );
      }
      const got = await lookup({ code, token: visitor.replyTo.token });
      assert.deepEqual(await openReply(visitor.keyPair, got.json.replies[0]), {
        text: 'Kami di sini. Datang ke Puskesmas Senin.',
        lang: 'id',
      });
      // The same words under another code derive other keys: nothing to read.
      const sameWordsOtherCode = await replyKeys(words, other.id.slice(0, 8));
      await assert.rejects(openReply(sameWordsOtherCode.keyPair, got.json.replies[0]));

      // No oracle: byte-identical answers.
      const empties = [
        await lookup({ code, token: token() }), // wrong token
        await lookup({ code: 'ffffffff', token: visitor.replyTo.token }), // unknown code
        await lookup({ code: other.id.slice(0, 8), token: other.request.reply?.token }), // no reply yet
      ];
      for (const e of empties) {
        assert.equal(e.status, noReplyYet.status);
        assert.equal(e.text, noReplyYet.text);
        assert.deepEqual(headerNames(e.headers), headerNames(noReplyYet.headers));
      }
      for (const bad of [
        { code },
        { token: visitor.replyTo.token },
        { code: 'zz', token: visitor.replyTo.token },
        { code, token: 'short' },
        { code, token: visitor.replyTo.token, x: 1 },
        [],
        'x',
      ])
        refused(await lookup(bad), 400, JSON.stringify(bad));
      refused(
        await ask(`${E}/replies`, {
          method: 'POST',
          body: JSON.stringify({ code, token: visitor.replyTo.token }),
          type: 'text/plain',
        }),
        415,
      );
    });
  });

  test('rate limits (defaults): submit and replies 10 then 429 + Retry-After; 10 wrong credentials, then even the right one is 429', async () => {
    await withReceiver(ctx, { credentials: [cred.line], allowOrigins: ['*'] }, async ({ E }) => {
      for (let i = 0; i < 10; i++) assert.equal((await submit(E, plain())).status, 201, `submit ${i + 1}`);
      const tooMany = refused(await submit(E, plain()), 429, 'submit 11');
      assert.match(tooMany.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      assert.equal((await listAll(E)).length, 10);
      const body = { code: 'ab12cd34', token: token() };
      for (let i = 0; i < 10; i++)
        assert.equal((await ask(`${E}/replies`, { method: 'POST', body })).status, 200, `lookup ${i + 1}`);
      const limited = refused(await ask(`${E}/replies`, { method: 'POST', body }), 429, 'lookup 11');
      assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);

      assert.equal((await ask(`${E}/inbox`, auth)).status, 200);
      for (let i = 0; i < 10; i++)
        refused(await ask(`${E}/inbox`, { credential: `sbc_wrong${i}` }), 401, `wrong ${i + 1}`);
      const blocked = refused(await ask(`${E}/inbox`, { credential: 'sbc_wrong' }), 429, 'wrong 11');
      assert.match(blocked.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      const right = refused(await ask(`${E}/inbox`, auth), 429, 'right after wrong ones');
      assert.match(right.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      // "*" allows any origin.
      const anyOrigin = await ask(`${E}/replies`, {
        method: 'POST',
        body,
        headers: { Origin: 'https://elsewhere.example' },
      });
      assert.equal(anyOrigin.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
    });
  });

  test('coordinator: 401 + WWW-Authenticate on every route without or with a wrong credential, before the body counts', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const A = plain();
      assert.equal((await submit(E, A)).status, 201);
      const routes = [
        ['GET', '/inbox'],
        ['GET', '/inbox?limit=0'],
        ['GET', `/inbox/${A.id}`],
        ['POST', `/inbox/${A.id}/handled`],
        ['POST', `/inbox/${A.id}/reply`],
        ['POST', `/inbox/${A.id}/delete`],
        ['POST', '/inbox/forget'],
        ['GET', '/inbox/not-an-id'],
        ['DELETE', `/inbox/${A.id}`],
      ];
      const wrong = [undefined, 'sbc_wrong', `${cred.value}x`, cred.value.slice(0, -1), cred.line, ''];
      for (const [method, path] of routes) {
        for (const credentialValue of wrong) {
          const res = await ask(`${E}${path}`, {
            method,
            credential: credentialValue,
            ...(method === 'POST' ? { body: { handled: true } } : {}),
          });
          refused(res, 401, `${method} ${path} with ${String(credentialValue).slice(0, 12)}`);
          assert.deepEqual(res.json, { error: 'unauthorized' });
          assert.equal(res.headers.get('www-authenticate'), 'Bearer');
        }
        for (const header of [
          `Basic ${Buffer.from(`x:${cred.value}`).toString('base64')}`,
          `Bearer  ${cred.value} extra`,
          cred.value,
        ]) {
          refused(
            await ask(`${E}${path}`, { method, headers: { Authorization: header } }),
            401,
            `${method} ${path} ${header.slice(0, 8)}`,
          );
        }
      }
      // What the body would earn (413, 415, 400) never comes before the 401.
      const post = `${E}/inbox/${A.id}/handled`;
      refused(
        await ask(post, { method: 'POST', body: JSON.stringify({ handled: true, pad: 'x'.repeat(100_000) }) }),
        401,
        'oversize',
      );
      refused(await ask(post, { method: 'POST', body: '{"handled":', credential: 'sbc_wrong' }), 401, 'bad JSON');
      refused(await ask(post, { method: 'POST', body: 'handled', type: 'text/plain' }), 401, 'text/plain');
      if (!ctx.frontServer) {
        // The 401 comes while the body is still on its way. (A web server before the PHP receiver,
        // `php -S` included, reads the whole body before the script runs: not the receiver's to decide.)
        const early = await partialPost(E, `/inbox/${A.id}/handled`, 100_000, '{"handled":');
        assert.equal(early, 401);
      }
      // Nothing changed; both listed credentials work.
      for (const c of [cred.value, cred2.value]) {
        const item = await ask(`${E}/inbox/${A.id}`, { credential: c });
        assert.equal(item.status, 200);
        assert.equal(item.json.handled, false);
      }
    });
  });

  test('coordinator: list with cursor, limit and next; get; handled true/false; 404 for unknown and non-v4 ids', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const sent = Array.from({ length: 5 }, () => plain());
      for (const e of sent) assert.equal((await submit(E, e)).status, 201);
      const all = await ask(`${E}/inbox`, auth);
      assert.equal(all.status, 200);
      assert.deepEqual(
        all.json.requests.map((/** @type {any} */ i) => i.envelope),
        sent,
      );
      assert.equal(all.json.next, null);
      for (const item of all.json.requests) {
        assert.deepEqual(Object.keys(item).sort(), ['cursor', 'envelope', 'handled', 'receivedAt', 'replies']);
        assert.equal(typeof item.cursor, 'string');
        assert.ok(item.cursor.length >= 1 && item.cursor.length <= 40);
        assert.equal(item.handled, false);
        assert.deepEqual(item.replies, []);
        assert.equal(item.receivedAt, todayUtc());
      }
      const cursors = all.json.requests.map((/** @type {any} */ i) => i.cursor);
      assert.equal(new Set(cursors).size, 5);

      const seen = [];
      let after = '';
      for (const expected of [2, 2, 1]) {
        const page = await ask(`${E}/inbox?limit=2${after ? `&after=${encodeURIComponent(after)}` : ''}`, auth);
        assert.equal(page.status, 200);
        assert.equal(page.json.requests.length, expected);
        seen.push(...page.json.requests.map((/** @type {any} */ i) => i.cursor));
        if (expected === 2) assert.equal(page.json.next, page.json.requests[1].cursor);
        after = page.json.next;
      }
      assert.equal(after, null);
      assert.deepEqual(seen, cursors, 'the same request keeps its cursor');
      const tail = await ask(`${E}/inbox?after=${encodeURIComponent(cursors[4])}`, auth);
      assert.deepEqual(tail.json, { requests: [], next: null });
      assert.equal((await ask(`${E}/inbox?limit=500`, auth)).json.requests.length, 5);
      assert.equal((await ask(`${E}/inbox?limit=1`, auth)).json.next, cursors[0]);
      // A cursor of up to 40 digits past the last request: an empty page (both receivers count).
      for (const far of ['9'.repeat(19), '9'.repeat(40)])
        assert.deepEqual((await ask(`${E}/inbox?after=${far}`, auth)).json, { requests: [], next: null }, far);
      // An empty value is the same as none.
      assert.deepEqual((await ask(`${E}/inbox?after=&limit=`, auth)).json, all.json);
      for (const q of [
        'limit=0',
        'limit=501',
        'limit=-1',
        'limit=x',
        'limit=1.5',
        'after=-1',
        'after=x',
        `after=${'9'.repeat(41)}`,
      ])
        refused(await ask(`${E}/inbox?${q}`, auth), 400, q);

      const item = await ask(`${E}/inbox/${sent[2].id}`, auth);
      assert.equal(item.status, 200);
      assert.deepEqual(item.json, all.json.requests[2]);
      for (const id of [uuid(), uuid().replace(/-4/, '-1'), 'x', 'x'.repeat(5000)])
        refused(await ask(`${E}/inbox/${id}`, auth), 404, id.slice(0, 40));

      const handled = (/** @type {string} */ id, /** @type {unknown} */ body) =>
        ask(`${E}/inbox/${id}/handled`, { method: 'POST', body, ...auth });
      assert.deepEqual((await handled(sent[2].id, { handled: true })).json, { ok: true });
      assert.equal((await ask(`${E}/inbox/${sent[2].id}`, auth)).json.handled, true);
      assert.deepEqual(
        (await listAll(E)).map((i) => i.handled),
        [false, false, true, false, false],
      );
      assert.deepEqual((await handled(sent[2].id, { handled: false })).json, { ok: true });
      assert.equal((await ask(`${E}/inbox/${sent[2].id}`, auth)).json.handled, false);
      refused(await handled(uuid(), { handled: true }), 404, 'unknown');
      for (const body of [
        { handled: 'true' },
        { handled: 1 },
        { handled: null },
        {},
        { handled: true, x: 1 },
        [],
        '{',
        'null',
      ])
        refused(await handled(sent[2].id, body), 400, JSON.stringify(body));
      refused(
        await ask(`${E}/inbox/${sent[2].id}/handled`, {
          method: 'POST',
          body: '{"handled":true}',
          type: 'text/plain',
          ...auth,
        }),
        415,
      );
    });
  });

  test('coordinator: reply 201/409/404, delete (request and replies at once), forget by code', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const code = uuid().slice(0, 8);
      const t = token();
      const [A, B, C1, C2] = [
        plain({ replyTo: { key: (await replyKeys(['a', 'b', 'c', 'd', 'e'], 'ab12cd34')).replyTo.key, token: t } }),
        plain(),
        plain({ id: uuid(code) }),
        sealedShape(uuid(code)),
      ];
      for (const e of [A, B, C1, C2]) assert.equal((await submit(E, e)).status, 201);
      const post = (/** @type {string} */ id, /** @type {unknown} */ body) =>
        ask(`${E}/inbox/${id}/reply`, { method: 'POST', body, ...auth });

      const r1 = replyIn({ token: t });
      assert.deepEqual(refused(await post(A.id, r1), 201).json, { ok: true, id: r1.id });
      assert.deepEqual(refused(await post(A.id, r1), 409).json, { error: 'duplicate', id: r1.id });
      refused(await post(B.id, r1), 409, 'a reply id is unique across requests');
      refused(await post(uuid(), replyIn()), 404, 'unknown request');
      const r2 = replyIn({ token: t, sentAt: '2026-12-01' });
      assert.equal((await post(A.id, r2)).status, 201);
      assert.deepEqual((await ask(`${E}/inbox/${A.id}`, auth)).json.replies, [
        { id: r1.id, sentAt: r1.sentAt },
        { id: r2.id, sentAt: r2.sentAt },
      ]);
      const lookupA = { code: A.id.slice(0, 8), token: t };
      assert.equal((await ask(`${E}/replies`, { method: 'POST', body: lookupA })).json.replies.length, 2);

      const rC = replyIn();
      assert.equal((await post(C1.id, rC)).status, 201);
      const rB = replyIn();
      assert.equal((await post(B.id, rB)).status, 201);

      refused(
        await ask(`${E}/inbox/${B.id}/delete`, { method: 'POST', body: { x: 1 }, ...auth }),
        400,
        'delete with a field',
      );
      assert.deepEqual((await ask(`${E}/inbox/${B.id}/delete`, { method: 'POST', ...auth })).json, { ok: true });
      refused(await ask(`${E}/inbox/${B.id}`, auth), 404, 'deleted');
      refused(await ask(`${E}/inbox/${B.id}/delete`, { method: 'POST', body: {}, ...auth }), 404, 'deleted twice');
      refused(await post(B.id, replyIn()), 404, 'reply to a deleted request');
      assert.deepEqual(
        (await ask(`${E}/replies`, { method: 'POST', body: { code: B.id.slice(0, 8), token: rB.token } })).json,
        { replies: [] },
      );
      // The reply id of the deleted request's reply is free again only if the receiver deleted it.
      assert.equal((await post(A.id, { ...rB, token: t })).status, 201, 'the deleted reply is gone for good');

      const forgot = await ask(`${E}/inbox/forget`, {
        method: 'POST',
        body: { code: `${code.slice(0, 4)}-${code.slice(4)}`.toUpperCase() },
        ...auth,
      });
      assert.deepEqual(forgot.json, { deleted: 2 });
      assert.deepEqual((await ask(`${E}/inbox/forget`, { method: 'POST', body: { code }, ...auth })).json, {
        deleted: 0,
      });
      assert.deepEqual((await ask(`${E}/replies`, { method: 'POST', body: { code, token: rC.token } })).json, {
        replies: [],
      });
      for (const body of [{}, { code: 'xyz' }, { code: 12345678 }, { code, x: 1 }, []])
        refused(await ask(`${E}/inbox/forget`, { method: 'POST', body, ...auth }), 400, JSON.stringify(body));
      assert.deepEqual(
        (await listAll(E)).map((i) => i.envelope.id),
        [A.id],
      );
      assert.equal((await ask(`${E}/replies`, { method: 'POST', body: lookupA })).json.replies.length, 3);
    });
  });

  test('retention (SEBAYA_TODAY): an expired request is gone after a restart; its newer reply outlives it, then expires too', async () => {
    const config = { ...OPEN, retentionDays: 30 };
    const r = await ctx.start(config, { SEBAYA_TODAY: '2026-01-01' });
    try {
      const t = token();
      const A = plain({
        replyTo: { key: (await replyKeys(['a', 'b', 'c', 'd', 'e'], 'ab12cd34')).replyTo.key, token: t },
      });
      assert.equal((await submit(r.E, A)).status, 201);
      assert.equal((await ask(`${r.E}/inbox/${A.id}`, auth)).json.receivedAt, '2026-01-01');
      const reply = replyIn({ token: t, sentAt: '2026-01-20' });
      assert.equal((await ask(`${r.E}/inbox/${A.id}/reply`, { method: 'POST', body: reply, ...auth })).status, 201);
      const lookup = async () => ask(`${r.E}/replies`, { method: 'POST', body: { code: A.id.slice(0, 8), token: t } });
      const nothing = async () => ask(`${r.E}/replies`, { method: 'POST', body: { code: 'ffffffff', token: t } });

      await r.restart({ SEBAYA_TODAY: '2026-01-31' }); // 30 days: kept
      assert.equal((await ask(`${r.E}/inbox/${A.id}`, auth)).status, 200);
      await r.restart({ SEBAYA_TODAY: '2026-02-01' }); // 31 days: the request goes
      refused(await ask(`${r.E}/inbox/${A.id}`, auth), 404, 'expired request');
      assert.deepEqual(await listAll(r.E), []);
      refused(
        await ask(`${r.E}/inbox/${A.id}/reply`, { method: 'POST', body: replyIn(), ...auth }),
        404,
        'reply to an expired request',
      );
      assert.deepEqual(
        (await lookup()).json.replies.map((/** @type {any} */ x) => x.id),
        [reply.id],
        'the newer reply stays',
      );
      await r.restart({ SEBAYA_TODAY: '2026-02-20' }); // the reply is 31 days old
      const expired = await lookup();
      assert.equal(expired.text, (await nothing()).text, 'an expired reply looks like no reply');
      // Both gone from the store: the same ids can be stored again.
      assert.equal((await submit(r.E, A)).status, 201, 'the expired request id is free again');
      assert.equal(
        (await ask(`${r.E}/inbox/${A.id}/reply`, { method: 'POST', body: reply, ...auth })).status,
        201,
        'the expired reply id is free again',
      );
    } finally {
      await r.stop();
    }
  });

  test('CORS: a listed origin is echoed with Vary, others get no CORS header; preflight 204 on every route', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const corsHeaders = (/** @type {Headers} */ h) => [...h.keys()].filter((k) => k.startsWith('access-control-'));
      const listed = await submit(E, { ...plain() });
      assert.equal(listed.headers.get('access-control-allow-origin'), null, 'no Origin: no CORS');
      const fromSite = await ask(E, { method: 'POST', body: plain(), headers: { Origin: ORIGIN } });
      assert.equal(fromSite.status, 201);
      assert.equal(fromSite.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(fromSite.headers.get('vary') ?? '', /\bOrigin\b/i);
      const unauthorized = await ask(`${E}/inbox`, { headers: { Origin: ORIGIN } });
      assert.equal(unauthorized.status, 401);
      assert.equal(unauthorized.headers.get('access-control-allow-origin'), ORIGIN, 'the inbox can read its 401');
      for (const origin of [
        'https://evil.example',
        `${ORIGIN}.evil.example`,
        'http://desa.example',
        `${ORIGIN}:8443`,
        'null',
      ]) {
        const other = await ask(E, { method: 'POST', body: plain(), headers: { Origin: origin } });
        assert.equal(other.status, 201);
        assert.deepEqual(corsHeaders(other.headers), [], origin);
      }
      for (const path of ['', '/replies', '/inbox', `/inbox/${uuid()}`, `/inbox/${uuid()}/reply`, '/inbox/forget']) {
        const pre = await ask(`${E}${path}`, {
          method: 'OPTIONS',
          headers: {
            Origin: ORIGIN,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization, content-type',
          },
        });
        assert.equal(pre.status, 204, path);
        assert.equal(pre.headers.get('access-control-allow-origin'), ORIGIN);
        assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
        assert.equal(pre.headers.get('access-control-allow-headers'), 'Authorization, Content-Type');
        assert.equal(pre.headers.get('access-control-max-age'), '86400');
        const foreign = await ask(`${E}${path}`, {
          method: 'OPTIONS',
          headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
        });
        assert.deepEqual(corsHeaders(foreign.headers), [], `preflight from another origin ${path}`);
      }
    });
  });

  test('a config credential that is not sha256:<64 hex> closes the inbox (Node: no start; PHP: 503), the visitor side stays open', async () => {
    const config = { ...OPEN, credentials: [`sha256:${'A'.repeat(64)}`, 'sbc_plain-credential'] };
    if (!ctx.frontServer) {
      await assert.rejects(ctx.start(config), /did not start/);
      return;
    }
    await withReceiver(ctx, config, async ({ E }) => {
      for (const credentialValue of [undefined, 'sbc_plain-credential']) {
        const res = refused(await ask(`${E}/inbox`, { credential: credentialValue, unavailable: true }), 503, 'inbox');
        assert.match(res.headers.get('retry-after') ?? '', /^\d+$/);
      }
      assert.equal((await submit(E, plain())).status, 201);
      assert.equal(
        (await ask(`${E}/replies`, { method: 'POST', body: { code: 'ab12cd34', token: token() } })).status,
        200,
      );
    });
  });

  test('405 + Allow for another method; 404 for an unknown route; `..` and `%2e%2e` ids are 404', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const A = plain();
      assert.equal((await submit(E, A)).status, 201);
      for (const [method, path, credentialValue, allow] of [
        ['GET', '', undefined, 'POST'],
        ['PUT', '', undefined, 'POST'],
        ['DELETE', '', undefined, 'POST'],
        ['GET', '/replies', undefined, 'POST'],
        ['POST', '/inbox', cred.value, 'GET'],
        ['DELETE', `/inbox/${A.id}`, cred.value, 'GET'],
        ['PUT', `/inbox/${A.id}`, cred.value, 'GET'],
        ['GET', `/inbox/${A.id}/handled`, cred.value, 'POST'],
        ['GET', `/inbox/${A.id}/reply`, cred.value, 'POST'],
        ['GET', `/inbox/${A.id}/delete`, cred.value, 'POST'],
        ['GET', '/inbox/forget', cred.value, 'POST'],
      ]) {
        const res = refused(
          await ask(`${E}${path}`, { method, credential: credentialValue }),
          405,
          `${method} ${path}`,
        );
        const allowed = (res.headers.get('allow') ?? '').split(/,\s*/);
        assert.ok(
          allowed.includes(/** @type {string} */ (allow)),
          `${method} ${path}: Allow ${res.headers.get('allow')}`,
        );
        assert.ok(
          !allowed.includes(/** @type {string} */ (method)),
          `${method} ${path}: Allow names the refused method`,
        );
      }
      refused(await ask(`${E}/nothing-here`, { method: 'POST', body: {} }), 404);
      refused(await ask(`${E}/inbox/${A.id}/archive`, { method: 'POST', body: {}, ...auth }), 404);
      for (const id of [
        '..',
        '%2e%2e',
        '%2E%2E',
        '.',
        '%2e',
        '..%2f..%2fetc%2fpasswd',
        '%2f',
        '%00',
        'x'.repeat(5000),
      ]) {
        for (const suffix of ['', '/handled']) {
          const res = await raw(E, {
            method: suffix ? 'POST' : 'GET',
            path: `/inbox/${id}${suffix}`,
            headers: { Authorization: `Bearer ${cred.value}` },
          });
          expectPathRefused(ctx, E, `/inbox/${id}${suffix}`, res, 404);
          const without = await raw(E, { method: 'GET', path: `/inbox/${id}${suffix}` });
          expectPathRefused(ctx, E, `/inbox/${id}${suffix}`, without, 401);
        }
      }
      assert.deepEqual(
        (await listAll(E)).map((i) => i.envelope.id),
        [A.id],
      );
    });
  });
}

/**
 * A path-like request is answered by the receiver with `status` and a JSON error, or, where a web
 * server stands before the receiver and the decoded path leaves the receiver's script, by the web
 * server with a 4xx (the receiver never saw it).
 * @param {Context} ctx
 * @param {string} E
 * @param {string} path
 * @param {{ status: number, text: string, header: (name: string) => string | null }} res
 * @param {number} status
 */
export function expectPathRefused(ctx, E, path, res, status) {
  const base = new URL(E);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // not decodable: the path as it is
  }
  const resolved = new URL(`${base.pathname}${decoded}`.replace(/\0/g, ''), base).pathname;
  const leaves = !resolved.startsWith(`${base.pathname}/`) && resolved !== base.pathname;
  if (ctx.frontServer && leaves && !(res.header('content-type') ?? '').includes('json')) {
    assert.ok(res.status >= 400 && res.status < 500, `${path.slice(0, 60)}: the web server answered ${res.status}`);
    return;
  }
  assert.equal(res.status, status, `${path.slice(0, 60)}: ${res.status} ${res.text.slice(0, 120)}`);
  checkAnswer(res, path.slice(0, 60));
}

/** Header names of an answer but Date and connection details (no oracle in the headers either). @param {Headers} h */
function headerNames(h) {
  return [...h.keys()]
    .filter((k) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k))
    .sort();
}

/**
 * Sends the head of a POST with a wrong credential and only `first` of a `length`-byte body;
 * resolves with the status if the answer comes within 5 s (0 if not).
 * @param {string} E
 * @param {string} path
 * @param {number} length
 * @param {string} first
 * @returns {Promise<number>}
 */
function partialPost(E, path, length, first) {
  const url = new URL(E);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let head = '';
    const timer = setTimeout(() => (socket.destroy(), resolve(0)), 5000);
    socket.on('error', () => (clearTimeout(timer), resolve(0)));
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n')) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(head.split(' ')[1]));
    });
    socket.write(
      `POST ${url.pathname}${path} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer sbc_wrong\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${first}`,
    );
  });
}
