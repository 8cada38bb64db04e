// One walk through every route of docs/receiver-contract.md against a running Node receiver at
// `E` (either store), with the assertions the contract makes. Shared by node-file-store.test.mjs
// and node-pg-store.test.mjs; the full contract suite is test/receiver/contract.test.mjs.
import assert from 'node:assert/strict';
import { call, newToken, plain, point, reply } from './node-support.mjs';

/**
 * @param {string} E
 * @param {string} credential
 * @returns {Promise<{ kept: object, replyId: string, token: string, gone: string[] }>} what is left
 */
export async function walkRoutes(E, credential) {
  const token = newToken();
  const A = plain({ message: 'pesan A rahasia', replyTo: { key: await point(), token } });
  const B = plain({ message: 'pesan B harus hilang' });
  const C = plain({ message: 'pesan C dilupakan' });
  for (const e of [A, B, C]) assert.equal((await call(E, { method: 'POST', body: e })).status, 201);
  const dup = await call(E, { method: 'POST', body: A });
  assert.equal(dup.status, 409);
  assert.deepEqual(dup.json, { error: 'duplicate', id: A.id });

  // Authentication comes first, whatever the route.
  for (const [path, method] of [
    ['/inbox', 'GET'],
    [`/inbox/${A.id}`, 'GET'],
    [`/inbox/${A.id}/delete`, 'POST'],
    ['/inbox/forget', 'POST'],
    ['/inbox/not-an-id', 'GET'],
  ]) {
    for (const cred of [undefined, 'sbc_wrong', `${credential}x`]) {
      const res = await call(`${E}${path}`, { method, credential: cred });
      assert.equal(res.status, 401, `${method} ${path}`);
      assert.deepEqual(res.json, { error: 'unauthorized' });
      assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    }
  }
  const auth = { credential };

  const page1 = await call(`${E}/inbox?limit=2`, auth);
  assert.equal(page1.status, 200);
  assert.equal(page1.headers.get('cache-control'), 'no-store');
  assert.deepEqual(
    page1.json.requests.map((i) => i.envelope.id),
    [A.id, B.id],
  );
  assert.equal(page1.json.next, page1.json.requests[1].cursor);
  const page2 = await call(`${E}/inbox?after=${page1.json.next}`, auth);
  assert.deepEqual(
    page2.json.requests.map((i) => i.envelope.id),
    [C.id],
  );
  assert.equal(page2.json.next, null);
  assert.ok(Number(page2.json.requests[0].cursor) > Number(page1.json.next));
  for (const q of ['limit=0', 'limit=501', 'limit=x', 'after=-1', `after=${'9'.repeat(41)}`])
    assert.equal((await call(`${E}/inbox?${q}`, auth)).status, 400, q);

  const itemA = await call(`${E}/inbox/${A.id}`, auth);
  assert.equal(itemA.status, 200);
  assert.deepEqual(itemA.json.envelope, A);
  assert.equal(itemA.json.handled, false);
  assert.deepEqual(itemA.json.replies, []);
  assert.match(itemA.json.receivedAt, /^\d{4}-\d{2}-\d{2}$/);
  for (const bad of ['%2f', '..%2f..', 'x'.repeat(5000), crypto.randomUUID().replace('-4', '-1')])
    assert.equal((await call(`${E}/inbox/${bad}`, auth)).status, 404, bad.slice(0, 20));
  assert.equal((await call(`${E}/inbox/${crypto.randomUUID()}`, auth)).status, 404);

  const handled = (id, body, type) =>
    call(`${E}/inbox/${id}/handled`, { method: 'POST', body, ...auth, headers: type ? { 'Content-Type': type } : {} });
  assert.deepEqual((await handled(A.id, { handled: true })).json, { ok: true });
  assert.equal((await call(`${E}/inbox/${A.id}`, auth)).json.handled, true);
  assert.equal((await handled(crypto.randomUUID(), { handled: true })).status, 404);
  for (const body of [{ handled: 'yes' }, { handled: true, x: 1 }, [], '{', 'null'])
    assert.equal((await handled(A.id, body)).status, 400, JSON.stringify(body));
  assert.equal((await handled(A.id, { handled: true }, 'text/plain')).status, 415);

  const r1 = await reply({ token });
  const posted = await call(`${E}/inbox/${A.id}/reply`, { method: 'POST', body: r1, ...auth });
  assert.equal(posted.status, 201);
  assert.deepEqual(posted.json, { ok: true, id: r1.id });
  assert.equal((await call(`${E}/inbox/${A.id}/reply`, { method: 'POST', body: r1, ...auth })).status, 409);
  const other = await reply();
  assert.equal(
    (await call(`${E}/inbox/${crypto.randomUUID()}/reply`, { method: 'POST', body: other, ...auth })).status,
    404,
  );
  for (const bad of [
    { ...other, ct: 'AAAA' },
    { ...other, x: 1 },
    { ...other, token: 'short' },
    { ...other, id: 'x' },
  ])
    assert.equal((await call(`${E}/inbox/${A.id}/reply`, { method: 'POST', body: bad, ...auth })).status, 400);

  const code = A.id.slice(0, 8);
  const asked = await call(`${E}/replies`, { method: 'POST', body: { code: code.toUpperCase(), token } });
  assert.equal(asked.status, 200);
  assert.deepEqual(asked.json, {
    replies: [{ id: r1.id, sentAt: r1.sentAt, suite: r1.suite, enc: r1.enc, ct: r1.ct }],
  });
  const dashed = `${code.slice(0, 4)}-${code.slice(4)}`;
  assert.equal((await call(`${E}/replies`, { method: 'POST', body: { code: dashed, token } })).json.replies.length, 1);
  for (const body of [
    { code, token: newToken() },
    { code: 'ffffffff', token },
  ])
    assert.deepEqual((await call(`${E}/replies`, { method: 'POST', body })).json, { replies: [] });
  for (const body of [{ code }, { code: 'zz', token }, { code, token, x: 1 }])
    assert.equal((await call(`${E}/replies`, { method: 'POST', body })).status, 400);
  assert.deepEqual((await call(`${E}/inbox/${A.id}`, auth)).json.replies, [{ id: r1.id, sentAt: r1.sentAt }]);

  // A reply to B, then B deleted: both gone.
  assert.equal((await call(`${E}/inbox/${B.id}/reply`, { method: 'POST', body: await reply(), ...auth })).status, 201);
  assert.equal((await call(`${E}/inbox/${B.id}/delete`, { method: 'POST', body: { x: 1 }, ...auth })).status, 400);
  assert.deepEqual((await call(`${E}/inbox/${B.id}/delete`, { method: 'POST', ...auth })).json, { ok: true });
  assert.equal((await call(`${E}/inbox/${B.id}`, auth)).status, 404);
  assert.equal((await call(`${E}/inbox/${B.id}/delete`, { method: 'POST', body: {}, ...auth })).status, 404);

  const forgot = await call(`${E}/inbox/forget`, {
    method: 'POST',
    body: { code: C.id.slice(0, 8).toUpperCase() },
    ...auth,
  });
  assert.deepEqual(forgot.json, { deleted: 1 });
  assert.deepEqual(
    (await call(`${E}/inbox`, auth)).json.requests.map((i) => i.envelope.id),
    [A.id],
  );

  const wrongMethod = await call(E, { method: 'GET' });
  assert.equal(wrongMethod.status, 405);
  assert.match(wrongMethod.headers.get('allow'), /POST/);
  assert.equal((await call(`${E}/inbox/${A.id}`, { method: 'DELETE', ...auth })).status, 405);
  assert.equal((await call(`${E}/nothing-here`, { method: 'GET' })).status, 404);
  return { kept: A, replyId: r1.id, token, gone: ['pesan B harus hilang', 'pesan C dilupakan'] };
}
