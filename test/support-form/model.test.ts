import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/core/config/validate.js';
import { formatPath } from '../../src/core/config/issues.js';
import { fromBase64url, toBase64url } from '../../src/support-form/model/base64url.js';
import { attempt, backoff } from '../../src/support-form/model/delivery.js';
import { leadingZeroBits, solvePow, verifyPow } from '../../src/support-form/model/pow.js';
import { importPublicKey, isOnP256 } from '../../src/support-form/model/public-key.js';
import {
  cleanRequest,
  dayOf,
  HPKE_INFO,
  newId,
  plainEnvelope,
  referenceCode,
  type SupportRequest,
} from '../../src/support-form/model/request.js';
import { createSuite, sealBytes, sealEnvelope } from '../../src/support-form/model/seal.js';
import { schema } from '../../src/support-form/schema.js';
import { endpointFor, newBox, openedBy, openText, received, setFaults, testKeys } from './helpers.js';

const hex = (h: string) => new Uint8Array((h.replace(/\s+/g, '').match(/../g) ?? []).map((b) => parseInt(b, 16)));
const toHex = (b: ArrayBuffer | Uint8Array) =>
  [...(b instanceof Uint8Array ? b : new Uint8Array(b))].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = new TextEncoder();

type Vectors = {
  setup: Record<string, string>;
  encryptions: Record<string, string>[];
  exports: Record<string, string>[];
};

/** Parses the base-mode section of the RFC 9180 A.3 vectors file. */
async function baseVectors(): Promise<Vectors> {
  const text = await (
    await fetch(new URL('../fixtures/support-form/rfc9180-A3-p256-sha256-aes128gcm.md', import.meta.url))
  ).text();
  const section = text.slice(text.indexOf('### Base Setup Information'), text.indexOf('### PSK Setup Information'));
  const blocks = section.split('~~~').filter((_, i) => i % 2 === 1);
  const parse = (block: string): Record<string, string>[] => {
    const out: Record<string, string>[] = [];
    let cur: Record<string, string> = {};
    let key = '';
    for (const line of block.split('\n')) {
      if (!line.trim()) {
        if (Object.keys(cur).length) out.push(cur);
        cur = {};
        continue;
      }
      const m = /^([A-Za-z_ ]+):\s*(.*)$/.exec(line);
      if (m) {
        key = m[1]!;
        cur[key] = m[2]!.trim();
      } else cur[key] = (cur[key] ?? '') + line.trim();
    }
    if (Object.keys(cur).length) out.push(cur);
    return out;
  };
  return { setup: parse(blocks[0]!)[0]!, encryptions: parse(blocks[1]!), exports: parse(blocks[2]!) };
}

const request: SupportRequest = {
  topic: 'anxiety',
  message: 'Saya sulit tidur sejak panen gagal.',
  urgency: 'soon',
  lang: 'id',
  contact: { method: 'code', value: 'AB12-CD34' },
};

describe('support-form model: request and envelope', () => {
  it('makes UUID v4 ids, a day-only sentAt in the site zone, and reference codes from the id', () => {
    const ids = new Set(Array.from({ length: 50 }, newId));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // 2026-11-29 20:30 UTC is already 30 November in Jakarta (UTC+7).
    expect(dayOf(new Date('2026-11-29T20:30:00Z'), 'Asia/Jakarta')).to.equal('2026-11-30');
    expect(dayOf(new Date('2026-11-29T20:30:00Z'), 'UTC')).to.equal('2026-11-29');
    expect(referenceCode('3f2a9c1e-0b7d-4e8a-9c3b-5d6e7f8a9b0c')).to.equal('3F2A-9C1E');
  });

  it('builds the wire format exactly as DESIGN.md', () => {
    const env = plainEnvelope(
      '3f2a9c1e-0b7d-4e8a-9c3b-5d6e7f8a9b0c',
      '2026-11-29',
      cleanRequest({ ...request, contact: { method: 'none', value: 'dropped' } }),
    );
    expect(JSON.parse(JSON.stringify(env))).to.deep.equal({
      v: 1,
      id: '3f2a9c1e-0b7d-4e8a-9c3b-5d6e7f8a9b0c',
      sentAt: '2026-11-29',
      sealed: false,
      request: { topic: 'anxiety', message: request.message, urgency: 'soon', lang: 'id', contact: { method: 'none' } },
    });
  });

  it('round-trips base64url without padding', () => {
    const bytes = new Uint8Array([0, 1, 250, 251, 252, 253, 254, 255, 62, 63]);
    const text = toBase64url(bytes);
    expect(text).not.to.match(/[=+/]/);
    expect([...fromBase64url(text)]).to.deep.equal([...bytes]);
    expect(() => fromBase64url('not base64!')).to.throw();
  });
});

describe('support-form model: HPKE against RFC 9180 A.3 (base mode)', () => {
  it('derives the vector key pairs from ikmR/ikmE', async () => {
    const v = await baseVectors();
    const suite = createSuite();
    const r = await suite.kem.deriveKeyPair(hex(v.setup.ikmR!));
    expect(toHex(await suite.kem.serializePublicKey(r.publicKey))).to.equal(v.setup.pkRm);
    expect(toHex(await suite.kem.serializePrivateKey(r.privateKey))).to.equal(v.setup.skRm);
    const e = await suite.kem.deriveKeyPair(hex(v.setup.ikmE!));
    expect(toHex(await suite.kem.serializePublicKey(e.publicKey))).to.equal(v.setup.pkEm);
  });

  it('encrypts the vector plaintexts to the vector ciphertexts (every listed sequence number) and exports the vector values', async () => {
    const v = await baseVectors();
    expect(v.encryptions.length).to.equal(6);
    const suite = createSuite();
    const pkR = await suite.kem.importKey('raw', hex(v.setup.pkRm!).buffer, true);
    const ekm = await suite.kem.deriveKeyPair(hex(v.setup.ikmE!));
    const ctx = await suite.createSenderContext({ recipientPublicKey: pkR, info: hex(v.setup.info!), ekm });
    expect(toHex(ctx.enc)).to.equal(v.setup.enc);
    const wanted = new Map(v.encryptions.map((e) => [Number(e['sequence number']), e]));
    const last = Math.max(...wanted.keys());
    for (let seq = 0; seq <= last; seq += 1) {
      const vec = wanted.get(seq);
      const ct = await ctx.seal(vec ? hex(vec.pt!) : new Uint8Array(1), vec ? hex(vec.aad!) : new Uint8Array(0));
      if (vec) expect(toHex(ct), `sequence ${seq}`).to.equal(vec.ct);
    }
    for (const ex of v.exports) {
      expect(toHex(await ctx.export(hex(ex.exporter_context ?? ''), Number(ex.L)))).to.equal(ex.exported_value);
    }
  });

  it('sealBytes (the function the form uses) reproduces sequence 0, and the vector private key opens it', async () => {
    const v = await baseVectors();
    const suite = createSuite();
    const pkR = await suite.kem.importKey('raw', hex(v.setup.pkRm!).buffer, true);
    const ekm = await suite.kem.deriveKeyPair(hex(v.setup.ikmE!));
    const first = v.encryptions[0]!;
    const { enc, ct } = await sealBytes(pkR, hex(first.pt!), hex(first.aad!), hex(v.setup.info!), ekm);
    expect(toHex(enc)).to.equal(v.setup.enc);
    expect(toHex(ct)).to.equal(first.ct);
    const skR = (await suite.kem.deriveKeyPair(hex(v.setup.ikmR!))).privateKey;
    const pt = await suite.open({ recipientKey: skR, enc, info: hex(v.setup.info!) }, ct, hex(first.aad!));
    expect(toHex(pt)).to.equal(first.pt);
  });

  it('seals an envelope whose id is bound as associated data; the CLI logic opens it, and a changed id or ciphertext is refused', async () => {
    const keys = await testKeys();
    const id = newId();
    const sealed = await sealEnvelope({ id, sentAt: '2026-11-29' }, request, keys.publicKey);
    expect(Object.keys(sealed).sort()).to.deep.equal(['ct', 'enc', 'id', 'sealed', 'sentAt', 'suite', 'v']);
    expect(sealed.suite).to.equal('DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM');
    expect(sealed.enc).to.match(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64url(sealed.enc).length).to.equal(65);
    expect(JSON.stringify(sealed)).not.to.contain('sulit tidur');
    const swapped = { ...sealed, id: newId() };
    const tampered = { ...sealed, ct: toBase64url(fromBase64url(sealed.ct).map((b, i) => (i === 3 ? b ^ 1 : b))) };
    const result = await openText([sealed, swapped, tampered].map((e) => JSON.stringify(e)).join('\n'));
    expect(result.opened.map((o) => o.id)).to.deep.equal([id]);
    expect(result.opened[0]!.request).to.deep.equal(request);
    expect(result.skipped.map((s) => s.where)).to.deep.equal(['line 2', 'line 3']);
    for (const s of result.skipped) expect(s.reason).to.contain('cannot decrypt');
  });

  it('uses the info string sebaya/support-request/v1 (a recipient with another info cannot open)', async () => {
    const suite = createSuite();
    const pair = await suite.kem.generateKeyPair();
    const { enc, ct } = await sealBytes(pair.publicKey, utf8.encode('x'), utf8.encode('id'));
    const ok = await suite.open(
      { recipientKey: pair.privateKey, enc, info: utf8.encode(HPKE_INFO) },
      ct,
      utf8.encode('id'),
    );
    expect(new TextDecoder().decode(ok)).to.equal('x');
    let failed = false;
    try {
      await suite.open(
        { recipientKey: pair.privateKey, enc, info: utf8.encode('sebaya/support-request/v2') },
        ct,
        utf8.encode('id'),
      );
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });
});

describe('support-form model: public key validation', () => {
  const section = (publicKey: unknown) => ({ supportForm: { endpoint: '/api/support', publicKey } });
  const firstError = (publicKey: unknown) => {
    const r = validateConfig(schema, section(publicKey));
    const e = r.issues.find((i) => i.severity === 'error');
    return e ? { path: formatPath(e.path), key: e.key } : undefined;
  };

  it('accepts the test public key and a fresh WebCrypto P-256 key', async () => {
    expect(firstError((await testKeys()).publicKey)).to.equal(undefined);
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    expect(firstError(jwk)).to.equal(undefined);
  });

  it('rejects a P-384 key, a malformed coordinate, a point off the curve, a non-EC key and a private key', async () => {
    const p384 = await crypto.subtle.exportKey(
      'jwk',
      (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits'])).publicKey,
    );
    expect(firstError(p384)?.path).to.equal('supportForm.publicKey.crv');
    const good = (await testKeys()).publicKey;
    expect(firstError({ ...good, x: good.x.slice(1) })).to.deep.equal({
      path: 'supportForm.publicKey.x',
      key: 'supportForm.issue.coordinate',
    });
    const offCurve = { ...good, y: good.y.slice(0, 40) + (good.y.endsWith('A') ? 'B' : 'A') + good.y.slice(41) };
    expect(isOnP256(offCurve.x, offCurve.y)).to.equal(false);
    expect(firstError(offCurve)).to.deep.equal({ path: 'supportForm.publicKey', key: 'supportForm.issue.notOnCurve' });
    expect(firstError({ kty: 'OKP', crv: 'X25519', x: good.x })?.path).to.equal('supportForm.publicKey.kty');
    expect(firstError((await testKeys()).privateKey)).to.deep.equal({
      path: 'supportForm.publicKey.d',
      key: 'supportForm.issue.privateKey',
    });
    expect(firstError('not a key')?.path).to.equal('supportForm.publicKey');
  });

  it('WebCrypto import agrees: the good key imports, the off-curve one does not', async () => {
    const good = (await testKeys()).publicKey;
    await importPublicKey(good);
    let threw = false;
    try {
      await importPublicKey({
        ...good,
        y: good.y.slice(0, 40) + (good.y.endsWith('A') ? 'B' : 'A') + good.y.slice(41),
      });
    } catch {
      threw = true;
    }
    expect(threw).to.equal(true);
  });
});

describe('support-form model: proof of work', () => {
  it('solves and verifies a hashcash stamp over the id; a wrong nonce, id or lower difficulty fails', async () => {
    expect(leadingZeroBits(new Uint8Array([0, 0x1f]))).to.equal(11);
    expect(leadingZeroBits(new Uint8Array([0x80]))).to.equal(0);
    const id = newId();
    const stamp = await solvePow(id, 10);
    expect(await verifyPow(id, stamp)).to.equal(true);
    expect(await verifyPow(newId(), stamp)).to.equal(false);
    // solvePow returns the first nonce that works, so the one before it does not.
    if (Number(stamp.nonce) > 0)
      expect(await verifyPow(id, { bits: 10, nonce: String(Number(stamp.nonce) - 1) })).to.equal(false);
    expect(await verifyPow(id, { bits: 8, nonce: stamp.nonce }, 10)).to.equal(false);
    expect(await verifyPow(id, { bits: 10, nonce: '-1' })).to.equal(false);
  });
});

describe('support-form model: delivery', () => {
  const body = (id = newId()) => JSON.stringify(plainEnvelope(id, '2026-11-29', request));

  it('classifies the receiver answers: 201 and 409 delivered; 500, drop, timeout retry; 400 rejected with its reason', async () => {
    const box = newBox('delivery');
    await setFaults(box, ['500', 'delay-1500', '400', '409']);
    expect(await attempt(endpointFor(box), body())).to.deep.include({ kind: 'retry', status: 500, why: 'server' });
    expect(await attempt(endpointFor(box), body(), 300)).to.deep.include({ kind: 'retry', why: 'timeout' });
    expect(await attempt(endpointFor(box), body())).to.deep.equal({
      kind: 'rejected',
      status: 400,
      reason: 'message refused by the test receiver',
    });
    expect(await attempt(endpointFor(box), body())).to.deep.equal({ kind: 'delivered', status: 409 });
    const id = newId();
    expect(await attempt(endpointFor(box), body(id))).to.deep.equal({ kind: 'delivered', status: 201 });
    expect(await attempt(endpointFor(box), body(id))).to.deep.equal({ kind: 'delivered', status: 409 });
    const got = await received(box);
    expect(got.hits).to.equal(6);
    expect(got.stored.map((e) => e.id)).to.include(id);
  });

  it('a dropped connection is a network error to retry', async () => {
    // Chromium itself retries a POST once on a reused socket that closes: drop every request.
    const box = newBox('drop');
    await setFaults(box, [], 'drop');
    expect(await attempt(endpointFor(box), body())).to.deep.include({ kind: 'retry', why: 'network' });
    expect((await received(box)).stored).to.deep.equal([]);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoff(1, 1000, 60_000, () => 0)).to.equal(500);
    expect(backoff(1, 1000, 60_000, () => 1)).to.equal(1000);
    expect(backoff(4, 1000, 60_000, () => 1)).to.equal(8000);
    expect(backoff(30, 1000, 60_000, () => 1)).to.equal(60_000);
    const samples = new Set(Array.from({ length: 20 }, () => backoff(3, 1000)));
    expect(samples.size).to.be.greaterThan(1);
    for (const s of samples) expect(s).to.be.within(2000, 4000);
  });

  it('the receiver opens nothing by itself: a sealed envelope is stored as ciphertext and the CLI logic opens it', async () => {
    const box = newBox('sealed-store');
    const keys = await testKeys();
    const id = newId();
    const env = await sealEnvelope({ id, sentAt: '2026-11-29' }, request, keys.publicKey);
    expect(await attempt(endpointFor(box), JSON.stringify(env))).to.deep.include({ kind: 'delivered' });
    const got = await received(box);
    expect(JSON.stringify(got.stored)).not.to.contain('sulit tidur');
    const opened = await openedBy(box);
    expect(opened.skipped).to.deep.equal([]);
    expect(opened.opened).to.deep.equal([{ id, sentAt: '2026-11-29', sealed: true, request }]);
  });
});
