import { expect, fixture, html } from '@open-wc/testing';
import '../../src/support-form/define.js';
import { solvePow, verifyPow } from '../../src/support-form/model/pow.js';
import { newId, plainEnvelope } from '../../src/support-form/model/request.js';
import { sealEnvelope } from '../../src/support-form/model/seal.js';
import type { SebayaSupportForm } from '../../src/support-form/support-form.js';
import { nextEvent, settled } from '../helpers/events.js';
import { clearOutbox, FormPage, openText, testKeys } from './helpers.js';

/** receiver/node/receiver.mjs mounted on the test server as the demo mounts it (allowOrigins: ["*"]). */
const DEMO = '/__test__/support-form-demo';
const post = (body: string, type = 'application/json') =>
  fetch(DEMO, { method: 'POST', headers: { 'Content-Type': type }, body });
const request = {
  topic: 'family',
  message: 'Halo tim',
  urgency: 'soon',
  lang: 'id',
  contact: { method: 'none' },
} as const;

describe('receiver/node/receiver.mjs (the reference receiver) and the CLI on its store file', () => {
  afterEach(async () => {
    document.querySelectorAll('sebaya-support-form').forEach((el) => el.remove());
    await clearOutbox();
  });

  it('answers the CORS preflight and allows any origin (it names the one asking) without credentials', async () => {
    const res = await fetch(DEMO, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
    expect(res.status).to.equal(204);
    expect(res.headers.get('access-control-allow-origin')).to.equal(location.origin);
    expect(res.headers.get('access-control-allow-methods')).to.contain('POST');
    expect(res.headers.get('access-control-allow-headers')).to.match(/content-type/i);
    expect(res.headers.get('access-control-allow-credentials')).to.equal(null);
  });

  it('stores each id once (201, then 409) and refuses malformed envelopes with a reason (400, 415)', async () => {
    const id = newId();
    const body = JSON.stringify(plainEnvelope(id, '2026-11-29', request));
    const first = await post(body);
    expect(first.status).to.equal(201);
    expect(await first.json()).to.deep.equal({ ok: true, id });
    const again = await post(body);
    expect(again.status).to.equal(409);
    expect(((await again.json()) as { error: string }).error).to.equal('duplicate');
    const cases: [unknown, string][] = [
      [{ v: 1, id: 'not-a-uuid', sentAt: '2026-11-29', sealed: false, request }, '"id" must be a UUID v4'],
      [{ v: 1, id: newId(), sentAt: '2026-11-29T10:00:00Z', sealed: false, request }, '"sentAt" must be a day'],
      [
        { v: 1, id: newId(), sentAt: '2026-11-29', sealed: false, request: { ...request, message: '  ' } },
        '"request.message" must not be empty',
      ],
      [
        { v: 1, id: newId(), sentAt: '2026-11-29', sealed: false, request: { ...request, urgency: 'yesterday' } },
        '"request.urgency"',
      ],
      [{ v: 1, id: newId(), sentAt: '2026-11-29', sealed: true, suite: 'X', enc: 'AA', ct: 'AA' }, '"suite"'],
      [{ v: 1, id: newId(), sentAt: '2026-11-29', sealed: false, request, ip: '10.0.0.1' }, 'unknown field "ip"'],
      [{ v: 2, id: newId(), sentAt: '2026-11-29', sealed: false, request }, '"v" must be 1'],
      // Unknown fields at any depth (a deep one could not be stored: the envelope is rebuilt from known fields).
      [
        { v: 1, id: newId(), sentAt: '2026-11-29', sealed: false, request: { ...request, extra: [[[]]] } },
        'unknown field "request.extra"',
      ],
      [
        {
          v: 1,
          id: newId(),
          sentAt: '2026-11-29',
          sealed: false,
          request: { ...request, contact: { method: 'none', extra: [[[]]] } },
        },
        'unknown field "request.contact.extra"',
      ],
      [{ v: 1, id: newId(), sentAt: '2026-11-29', sealed: false, request, pow: [[[]]] }, '"pow" must be an object'],
      [
        {
          v: 1,
          id: newId(),
          sentAt: '2026-11-29',
          sealed: false,
          request,
          pow: { bits: 0, nonce: '1', extra: [[[]]] },
        },
        'unknown field "pow.extra"',
      ],
    ];
    for (const [envelope, reason] of cases) {
      const res = await post(JSON.stringify(envelope));
      expect(res.status, reason).to.equal(400);
      expect(((await res.json()) as { error: string }).error).to.contain(reason);
    }
    expect((await post('{ not json')).status).to.equal(400);
    expect((await post(body, 'text/plain')).status).to.equal(415);
    expect((await post(body, 'application/json-evil')).status).to.equal(415);
  });

  it('checks the proof of work when configured (minPowBits): missing or wrong stamps are refused', async () => {
    const send = (body: unknown) =>
      fetch('/__test__/support-form-demo-pow', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const id = newId();
    const missing = await send(plainEnvelope(id, '2026-11-29', request));
    expect(missing.status).to.equal(400);
    expect(((await missing.json()) as { error: string }).error).to.contain('"pow" is required');
    const stamp = await solvePow(id, 8);
    const weak = await send(plainEnvelope(id, '2026-11-29', request, { bits: 4, nonce: stamp.nonce }));
    expect(weak.status).to.equal(400);
    const otherId = newId();
    const other = await send(plainEnvelope(otherId, '2026-11-29', request, stamp));
    // The stamp is bound to its id: for another id it (almost always) does not check out.
    expect(other.status).to.equal((await verifyPow(otherId, stamp)) ? 201 : 400);
    expect((await send(plainEnvelope(id, '2026-11-29', request, stamp))).status).to.equal(201);
  });

  it('takes a sealed request from the form; `sebaya open` logic reads its store file, skipping a line it cannot open', async () => {
    const keys = await testKeys();
    const el = await fixture<SebayaSupportForm>(
      html`<sebaya-support-form lang="en" .config=${{ supportForm: { endpoint: DEMO, minFillSeconds: 0, publicKey: keys.publicKey } }}></sebaya-support-form>`,
    );
    await settled(el);
    const page = new FormPage(el);
    await page.fill('Dari formulir ke penerima demo.', /Now: I am in danger/);
    const sent = nextEvent<{ id: string }>(el, 'sebaya-request-sent');
    await page.submit();
    const { id } = (await sent).detail;
    // Another team's envelope in the same file: sealed to a different key, so it is skipped.
    const stranger = (await crypto.subtle.exportKey(
      'jwk',
      (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])).publicKey,
    )) as never;
    const otherId = newId();
    expect(
      (await post(JSON.stringify(await sealEnvelope({ id: otherId, sentAt: '2026-11-29' }, request, stranger)))).status,
    ).to.equal(201);
    const store = await (await fetch('/__test__/support-form-demo-store')).text();
    const lines = store
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { receivedAt: string; envelope: { id: string } });
    // The day only, like sentAt: a time of receipt would line the request up with a visit.
    expect(lines.every((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.receivedAt))).to.equal(true);
    expect(store).not.to.contain('Dari formulir');
    const { opened, skipped } = await openText(store);
    const mine = opened.find((o) => o.id === id)!;
    expect(mine.request).to.deep.equal({
      topic: 'general',
      message: 'Dari formulir ke penerima demo.',
      urgency: 'now',
      lang: 'en',
      contact: { method: 'none' },
    });
    expect(mine.sealed).to.equal(true);
    expect(skipped.find((s) => s.id === otherId)?.reason).to.contain('cannot decrypt');
  });
});

describe('the demo site config (demo/sebaya.json)', () => {
  it('is a valid section whose DEMO ONLY key pair works end to end', async () => {
    const { validateConfig } = await import('../../src/core/config/validate.js');
    const { schema } = await import('../../src/support-form/schema.js');
    const section = (await (await fetch('/demo/sebaya.json')).json()) as {
      supportForm: { endpoint: string; publicKey: never; topics: unknown[] };
    };
    const result = validateConfig(schema, section);
    expect(result.issues).to.deep.equal([]);
    expect(section.supportForm.endpoint).to.equal('/api/support');
    expect(section.supportForm.topics.length).to.be.greaterThan(3);
    const keyFile = await (await fetch('/demo/coordinator/demo-private-key.json')).text();
    expect(keyFile).to.contain('DEMO ONLY');
    const id = newId();
    const sealed = await sealEnvelope({ id, sentAt: '2026-11-29' }, request, section.supportForm.publicKey);
    const res = await fetch('/__test__/support-form-cli', {
      method: 'POST',
      body: JSON.stringify({
        args: ['open', '-', '--key', '{dir}/demo.json', '--json'],
        stdin: JSON.stringify(sealed),
        files: { 'demo.json': keyFile },
      }),
    });
    const run = (await res.json()) as { code: number; stdout: string };
    expect(run.code).to.equal(0);
    expect((JSON.parse(run.stdout) as { request: unknown }).request).to.deep.equal(request);
  });
});
