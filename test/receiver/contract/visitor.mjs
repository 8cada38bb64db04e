// @ts-check
/**
 * The contract suite, visitor side (docs/receiver-contract.md "Write side", "Visitor: read a
 * reply", "Retention"): each test starts its own receiver with an empty store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auth, cred, headerNames, listAll, OPEN, submit, withReceiver } from './common.mjs';
import { plain, replyIn, sealedShape, todayUtc, token, uuid } from './data.mjs';
import { ask, refused } from './http.mjs';
import { openEnvelope, openReply, openRequest, replyKeys, sealedEnvelope, sealedReply, teamKey } from './sealing.mjs';

/** @param {import('./common.mjs').Context} ctx */
export function visitorTests(ctx) {
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
      refused(await ask(`${E}/replies`, { method: 'POST' }), 400, 'no body');
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
}
