// @ts-check
/**
 * The contract suite, coordinator side and what holds for every route (docs/receiver-contract.md
 * "Coordinator", "CORS", 405 + Allow, path-like ids): each test starts its own receiver.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  auth,
  cred,
  cred2,
  expectPathRefused,
  listAll,
  OPEN,
  ORIGIN,
  partialPost,
  submit,
  withReceiver,
} from './common.mjs';
import { plain, replyIn, sealedShape, todayUtc, token, uuid } from './data.mjs';
import { ask, raw, refused } from './http.mjs';
import { replyKeys } from './sealing.mjs';

/** @param {import('./common.mjs').Context} ctx */
export function coordinatorTests(ctx) {
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
      // Two coordinators answering at once with one reply (a retry): stored once.
      const r2 = replyIn({ token: t, sentAt: '2026-12-01' });
      const racing = await Promise.all(Array.from({ length: 40 }, () => post(A.id, r2)));
      assert.deepEqual(
        [201, 409].map((status) => racing.filter((a) => a.status === status).length),
        [1, 39],
      );
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
      // An empty body is no body: its Content-Type does not matter (415 is for a POST with a body).
      const emptyDelete = await ask(`${E}/inbox/${B.id}/delete`, {
        method: 'POST',
        body: '',
        type: 'text/plain',
        ...auth,
      });
      assert.deepEqual(emptyDelete.json, { ok: true });
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
      refused(await ask(`${E}//`, { method: 'POST', body: plain() }), 404, 'E//');
      refused(await ask(`${E}/replies/`, { method: 'POST', body: {} }), 404, 'E/replies/');
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
