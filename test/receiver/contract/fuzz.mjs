// @ts-check
/**
 * Bad input on every receiver route: oversize, malformed JSON, duplicate keys and ids, wrong
 * types, unknown fields, path-like ids and a few hundred hostile strings (test/fixtures/receiver/).
 * Every answer goes through http.mjs's checks (never a 5xx; JSON `{ error }`; no-store). Whatever
 * got a 201 must then be in the store exactly as sent, and nothing else may be.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { b64, plain, point, replyIn, sealedShape, token, uuid } from './data.mjs';
import { ask, raw } from './http.mjs';
import { CREDENTIAL, OPEN, expectPathRefused, listAll, withReceiver } from './common.mjs';

const fixture = (/** @type {string} */ name) => new URL(`../../fixtures/receiver/${name}`, import.meta.url);
/** @type {string[]} */
const BLNS = JSON.parse(readFileSync(fixture('blns.json'), 'utf8'));
const POLYGLOTS = readFileSync(fixture('xss-polyglots.txt'), 'utf8').split('\n').filter(Boolean);
const PATH_LIKE = [
  '..',
  '%2e%2e',
  '%2E%2e',
  '.',
  '..%2f..%2fetc%2fpasswd',
  '%2f',
  '..%5c..%5cwindows',
  '%00',
  '%c0%ae%c0%ae',
  '%252e%252e',
  'x'.repeat(5000),
  '\u0000',
  'ü',
  '😀',
  '%F0%9F%98%80',
];
/** Every hostile string: BLNS, the polyglots, and what a path or a JSON parser might trip on. */
const HOSTILE = [...BLNS, ...POLYGLOTS, ...PATH_LIKE, 'x'.repeat(5000), '\ud800', 'a\u0000b', '\u202e', '\ufeff'];
/** A spread sample of HOSTILE for the fields tried against every string less often. */
const SAMPLE = HOSTILE.filter((_, i) => i % 12 === 0);
/** Values of every JSON type, for "wrong type". */
const WRONG_TYPES = [null, 0, -1, 1.5, 1e300, true, false, [], [1], {}, { a: 1 }, '', 'x'.repeat(5000)];
const MALFORMED = [
  '{',
  '}',
  '{"v":1,}',
  "{'v':1}",
  '{"v":1}}',
  'NaN',
  '[',
  '"',
  '\u0000',
  '{"a":"\\x00"}',
  '{"a":01}',
  '\ufeff{}',
  '{"a":1e99999}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
];

/**
 * Runs `work` over `items`, `n` at a time (the PHP server has 8 workers).
 * @template T
 * @param {T[]} items
 * @param {(item: T, index: number) => Promise<void>} work
 */
async function pool(items, work, n = 8) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(/** @type {T} */ (items[i]), i);
      }
    }),
  );
}

/** `value` with `path` (dotted) set to `v` (or removed when `v` is undefined), deep-copied. */
function withField(/** @type {any} */ value, /** @type {string} */ path, /** @type {unknown} */ v) {
  const copy = structuredClone(value);
  const keys = path.split('.');
  const last = /** @type {string} */ (keys.pop());
  let at = copy;
  for (const k of keys) at = at[k];
  if (v === undefined) delete at[last];
  // defineProperty: "__proto__" becomes an own field, as JSON.parse makes it.
  else Object.defineProperty(at, last, { value: v, enumerable: true, writable: true, configurable: true });
  return copy;
}

const ENVELOPE_FIELDS = [
  'v',
  'id',
  'sentAt',
  'sealed',
  'request',
  'request.topic',
  'request.message',
  'request.urgency',
  'request.lang',
  'request.contact',
  'request.contact.method',
  'request.contact.value',
  'request.reply',
  'request.reply.key',
  'request.reply.token',
];
const SEALED_FIELDS = ['suite', 'enc', 'ct'];
const REPLY_FIELDS = ['id', 'token', 'sentAt', 'suite', 'enc', 'ct'];

/** @param {import('./common.mjs').Context} ctx */
export function fuzzTests(ctx) {
  test('fuzz: every route refuses bad input with a 4xx and a JSON error; the store holds exactly what got 201', async () => {
    await withReceiver(ctx, OPEN, async ({ E }) => {
      const auth = { credential: CREDENTIAL };
      /** @type {Map<string, unknown>} what got 201, by id */
      const stored = new Map();
      /** POSTs an envelope (a value, or JSON text as it is); a 201 is recorded, anything else must be 4xx. */
      const send = async (/** @type {unknown} */ body, /** @type {string} */ what) => {
        const res = await ask(E, { method: 'POST', body });
        if (res.status === 201) {
          const sent = typeof body === 'string' ? JSON.parse(body) : body;
          assert.equal(res.json.id, sent.id, what);
          stored.set(sent.id, sent);
        } else assert.ok(res.status >= 400 && res.status < 500, `${what}: ${res.status}`);
        return res;
      };
      const base = () => plain({ replyTo: { key: point(), token: token() } });

      // Hostile text where the contract allows text: stored exactly, or refused whole.
      await pool(HOSTILE, async (s, i) => {
        await send(withField(base(), 'request.message', s), `message #${i}`);
        await send(withField(base(), 'request.contact.value', s), `contact #${i}`);
      });
      // Hostile text and wrong types in every field, sealed and unsealed.
      const cases = [
        ...ENVELOPE_FIELDS.flatMap((f) =>
          [...SAMPLE, ...WRONG_TYPES, undefined].map((v) => /** @type {const} */ ([f, v, false])),
        ),
        ...SEALED_FIELDS.flatMap((f) =>
          [...SAMPLE, ...WRONG_TYPES, undefined].map((v) => /** @type {const} */ ([f, v, true])),
        ),
      ];
      await pool(cases, async ([field, v, isSealed]) => {
        await send(
          withField(isSealed ? sealedShape() : base(), field, v),
          `${field} = ${JSON.stringify(v)?.slice(0, 30)}`,
        );
      });
      // Unknown fields at every level.
      for (const at of ['', 'request.', 'request.contact.', 'request.reply.'])
        for (const name of ['x', '__proto__', 'constructor', 'receivedAt', 'handled'])
          assert.equal(
            (await send(withField(base(), `${at}${name}`, 1), `unknown ${at}${name}`)).status,
            400,
            `unknown ${at}${name}`,
          );
      assert.equal((await send({ ...sealedShape(), request: plain().request }, 'sealed with request')).status, 400);
      // Malformed JSON and bodies that are not objects.
      for (const text of [...MALFORMED, '[]', '1', '"x"', 'null', 'true', ''])
        assert.equal(
          (await send(text, `malformed ${text.slice(0, 20)}`)).status,
          400,
          `malformed ${text.slice(0, 20)}`,
        );
      // Duplicate keys: last one wins as in JSON.parse, or refused; never two requests, never a mix.
      const first = plain();
      const second = uuid();
      const dupText = JSON.stringify(first).replace(`"id":"${first.id}"`, `"id":"${first.id}","id":"${second}"`);
      const dup = await send(dupText, 'duplicate keys');
      if (dup.status === 201) assert.equal(dup.json.id, second);
      // Bytes that are not UTF-8: refused, or taken as text (then it is listed with its id).
      const [before, after] = JSON.stringify(plain({ message: 'Saya @@ butuh teman' })).split('@@');
      const badUtf8 = Buffer.concat([
        Buffer.from(before ?? ''),
        Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
        Buffer.from(after ?? ''),
      ]);
      const badUtf8Res = await ask(E, { method: 'POST', body: new Uint8Array(badUtf8) });
      assert.ok([201, 400].includes(badUtf8Res.status), `invalid UTF-8: ${badUtf8Res.status}`);
      if (badUtf8Res.status === 201) stored.set(badUtf8Res.json.id, undefined);
      // Oversize on every route that takes a body, with and without a credential.
      const huge = JSON.stringify({ pad: 'x'.repeat(64 * 1024) });
      const victim = base();
      assert.equal((await send(victim, 'victim')).status, 201);
      for (const [path, credential] of [
        ['', undefined],
        ['/replies', undefined],
        [`/inbox/${victim.id}/handled`, CREDENTIAL],
        [`/inbox/${victim.id}/reply`, CREDENTIAL],
        [`/inbox/${victim.id}/delete`, CREDENTIAL],
        ['/inbox/forget', CREDENTIAL],
      ])
        assert.equal(
          (await ask(`${E}${path}`, { method: 'POST', body: huge, credential })).status,
          413,
          `oversize ${path}`,
        );

      // The visitor's replies route.
      const replyQueries = [
        ...HOSTILE.filter((_, i) => i % 2 === 0).map((s) => ({ code: s, token: token() })),
        ...SAMPLE.map((s) => ({ code: 'ab12cd34', token: s })),
        ...WRONG_TYPES.flatMap((v) => [
          { code: v, token: token() },
          { code: 'ab12cd34', token: v },
        ]),
        { code: 'ab12cd34', token: token(), extra: 1 },
        { code: 'ab12cd34', token: token(), code2: 'x' },
      ];
      await pool(replyQueries, async (q) => {
        const res = await ask(`${E}/replies`, { method: 'POST', body: q });
        if (res.status === 200) assert.deepEqual(res.json, { replies: [] }, JSON.stringify(q).slice(0, 60));
        else assert.equal(res.status, 400, JSON.stringify(q).slice(0, 60));
      });
      for (const text of MALFORMED)
        assert.equal((await ask(`${E}/replies`, { method: 'POST', body: text })).status, 400);

      // Coordinator bodies against a request that exists: nothing may change it.
      /** @type {{ id: string, sentAt: string }[]} */
      const replies = [];
      const handled = [...SAMPLE, ...WRONG_TYPES.filter((v) => typeof v !== 'boolean'), 'true', 1].map((v) => ({
        handled: v,
      }));
      await pool([...handled, { handled: true, x: 1 }, { Handled: true }], async (body) => {
        assert.equal(
          (await ask(`${E}/inbox/${victim.id}/handled`, { method: 'POST', body, ...auth })).status,
          400,
          JSON.stringify(body).slice(0, 60),
        );
      });
      const replyCases = REPLY_FIELDS.flatMap((f) =>
        [...SAMPLE, ...WRONG_TYPES, undefined].map((v) => withField(replyIn(), f, v)),
      );
      await pool(
        [
          ...replyCases,
          { ...replyIn(), x: 1 },
          { ...replyIn(), ct: b64(16) },
          { ...replyIn(), ct: b64(16_385) },
          { ...replyIn(), enc: b64(65, 2) },
          { ...replyIn(), token: b64(15) },
          { ...replyIn(), id: uuid().toUpperCase().replace(/-4/, '-1') },
        ],
        async (body) => {
          const res = await ask(`${E}/inbox/${victim.id}/reply`, { method: 'POST', body, ...auth });
          if (res.status === 201) replies.push({ id: body.id, sentAt: body.sentAt });
          else assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
        },
      );
      for (const text of MALFORMED) {
        for (const action of ['handled', 'reply', 'delete'])
          assert.equal(
            (await ask(`${E}/inbox/${victim.id}/${action}`, { method: 'POST', body: text, ...auth })).status,
            400,
            `${action} ${text.slice(0, 20)}`,
          );
        assert.equal((await ask(`${E}/inbox/forget`, { method: 'POST', body: text, ...auth })).status, 400);
      }
      for (const body of [{ x: 1 }, [], 'null', '1', '"x"', { id: victim.id }])
        assert.equal(
          (await ask(`${E}/inbox/${victim.id}/delete`, { method: 'POST', body, ...auth })).status,
          400,
          `delete ${JSON.stringify(body)}`,
        );
      await pool(
        [...SAMPLE.map((code) => ({ code })), ...WRONG_TYPES.map((code) => ({ code })), { code: 'ab12cd34', x: 1 }],
        async (body) => {
          const res = await ask(`${E}/inbox/forget`, { method: 'POST', body, ...auth });
          if (res.status === 200) assert.deepEqual(res.json, { deleted: 0 }, JSON.stringify(body).slice(0, 60));
          else assert.equal(res.status, 400, JSON.stringify(body).slice(0, 60));
        },
      );
      /**
       * Every route of one request, with `idPart` (already encoded) in place of its id: each must be
       * refused (404), never reach a request.
       * @param {string} idPart @param {string} body
       */
      const refusedOnEveryItemRoute = async (idPart, body) => {
        for (const [method, suffix] of [
          ['GET', ''],
          ['POST', '/handled'],
          ['POST', '/reply'],
          ['POST', '/delete'],
        ]) {
          const res = await raw(E, {
            method,
            path: `/inbox/${idPart}${suffix}`,
            headers: { Authorization: `Bearer ${CREDENTIAL}`, 'Content-Type': 'application/json' },
            body: method === 'POST' ? body : undefined,
          });
          expectPathRefused(ctx, E, `/inbox/${idPart}${suffix}`, res, 404);
        }
      };
      // Hostile ids in every coordinator path, and hostile query values.
      await pool(
        HOSTILE.filter((_, i) => i % 4 === 1),
        async (s) => {
          const id = encodeURIComponent(s);
          await refusedOnEveryItemRoute(id, '{"handled":true}');
          for (const q of ['after', 'limit']) {
            const res = await ask(`${E}/inbox?${q}=${id}`, auth);
            if (res.status !== 200) assert.equal(res.status, 400, `${q}=${s.slice(0, 30)}`);
            else assert.match(s, /^\d*$/, `${q}=${s.slice(0, 30)} answered 200`);
          }
        },
      );
      // As sent (already encoded where they carry %), but bytes HTTP does not allow in a path.
      for (const p of PATH_LIKE.map((x) => (/^[\x21-\x7e]*$/.test(x) ? x : encodeURIComponent(x)))) {
        await refusedOnEveryItemRoute(p, '{}');
      }
      for (const method of ['PATCH', 'PUT', 'DELETE'])
        for (const path of ['', '/replies'])
          assert.equal((await ask(`${E}${path}`, { method, body: '{}' })).status, 405, `${method} ${path}`);

      // Nothing half stored: the inbox is exactly what got 201, each as sent; the victim unchanged.
      const items = await listAll(E);
      assert.deepEqual(items.map((i) => i.envelope.id).sort(), [...stored.keys()].sort());
      for (const item of items) {
        const sent = stored.get(item.envelope.id);
        if (sent !== undefined) assert.deepEqual(item.envelope, sent, `stored as sent: ${item.envelope.id}`);
        assert.equal(item.handled, false);
        // Concurrent replies of one day: their order is the store's, so compare them as sets.
        const byId = (/** @type {{ id: string }[]} */ list) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        if (item.envelope.id === victim.id) assert.deepEqual(byId(item.replies), byId(replies));
        else assert.deepEqual(item.replies, []);
      }
      assert.ok(stored.size > HOSTILE.length, `most hostile messages are valid text and were stored (${stored.size})`);
    });
  });
}
