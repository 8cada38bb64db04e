import { expect } from '@open-wc/testing';
import { createOpener, rawPoint } from '../../src/inbox/model/open.js';
import { toBase64url } from '../../src/support-form/model/base64url.js';
import { newId, type SupportRequest } from '../../src/support-form/model/request.js';
import { sealEnvelope } from '../../src/support-form/model/seal.js';

const hex = (s: string): Uint8Array => new Uint8Array((s.match(/../g) ?? []).map((b) => parseInt(b, 16)));
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

/** The base-mode setup and first encryption of RFC 9180 A.3 (from the fixture the support form's tests use). */
async function rfcVector(): Promise<Record<string, string>> {
  const file = await (
    await fetch(new URL('../fixtures/support-form/rfc9180-A3-p256-sha256-aes128gcm.md', import.meta.url))
  ).text();
  const base = file.slice(file.indexOf('### Base Setup Information'), file.indexOf('### PSK Setup Information'));
  // The first block is the setup, the second the encryptions (the first of which is sequence 0).
  const blocks = base.split('~~~').filter((_, i) => i % 2 === 1);
  const out: Record<string, string> = {};
  for (const block of blocks.slice(0, 2)) {
    let key = '';
    for (const line of block.split('\n')) {
      if (!line.trim()) key = '';
      const m = /^([A-Za-z_ ]+):\s*(.*)$/.exec(line);
      if (m) {
        key = out[m[1]!] === undefined ? m[1]! : '';
        if (key) out[key] = m[2]!.trim();
      } else if (key) out[key] += line.trim();
    }
  }
  return out;
}

const request: SupportRequest = {
  topic: 'anxiety',
  message: 'Saya sulit tidur — ☕ sejak panen gagal.',
  urgency: 'now',
  lang: 'id',
  contact: { method: 'code', value: 'AB12-CD34' },
};

async function nonExtractablePair(): Promise<{ privateKey: CryptoKey; raw: Uint8Array; jwk: JsonWebKey }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const privateKey = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ]);
  return { privateKey, raw: rawPoint({ x: jwk.x!, y: jwk.y! }), jwk };
}

describe('inbox model: opening sealed requests', () => {
  it('opens what the support form seals with @hpke/core, with a non-extractable key', async () => {
    const { privateKey, raw, jwk } = await nonExtractablePair();
    const opener = await createOpener(privateKey, raw);
    const envelope = await sealEnvelope({ id: newId(), sentAt: '2026-12-01' }, request, {
      kty: 'EC',
      crv: 'P-256',
      x: jwk.x!,
      y: jwk.y!,
    });
    expect(JSON.parse(text(await opener.open(envelope)))).to.deep.equal(request);
  });

  it('matches RFC 9180 A.3 (base mode): the first encryption opens to its plaintext', async () => {
    const v = await rfcVector();
    const pk = hex(v.pkRm!);
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      x: toBase64url(pk.slice(1, 33)),
      y: toBase64url(pk.slice(33)),
      d: toBase64url(hex(v.skRm!)),
    };
    const privateKey = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, [
      'deriveBits',
    ]);
    const opener = await createOpener(privateKey, pk, text(hex(v.info!)));
    const pt = await opener.open({ id: text(hex(v.aad!)), enc: toBase64url(hex(v.enc!)), ct: toBase64url(hex(v.ct!)) });
    expect(toBase64url(pt)).to.equal(toBase64url(hex(v.pt!)));
  });

  it('refuses a request sealed to another key, a changed id and a changed ciphertext', async () => {
    const mine = await nonExtractablePair();
    const other = await nonExtractablePair();
    const opener = await createOpener(mine.privateKey, mine.raw);
    const toOther = await sealEnvelope({ id: newId(), sentAt: '2026-12-01' }, request, {
      kty: 'EC',
      crv: 'P-256',
      x: other.jwk.x!,
      y: other.jwk.y!,
    });
    let failed = 0;
    await opener.open(toOther).catch(() => (failed += 1));
    const toMe = await sealEnvelope({ id: newId(), sentAt: '2026-12-01' }, request, {
      kty: 'EC',
      crv: 'P-256',
      x: mine.jwk.x!,
      y: mine.jwk.y!,
    });
    await opener.open({ ...toMe, id: newId() }).catch(() => (failed += 1));
    const ct = toMe.ct.slice(0, -2) + (toMe.ct.endsWith('AA') ? 'BA' : 'AA');
    await opener.open({ ...toMe, ct }).catch(() => (failed += 1));
    expect(failed).to.equal(3);
    expect(JSON.parse(text(await opener.open(toMe))).message).to.equal(request.message);
  });
});

describe('inbox model: HMAC-SHA256 in JavaScript', () => {
  it('matches WebCrypto for keys of 0 and 32 bytes and data across block boundaries', async () => {
    const { hmac, sha256 } = await import('../../src/inbox/model/hmac.js');
    for (const keyLength of [0, 32])
      for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 200, 1000]) {
        const key = crypto.getRandomValues(new Uint8Array(keyLength));
        const data = crypto.getRandomValues(new Uint8Array(length));
        const webKey = await crypto.subtle.importKey(
          'raw',
          keyLength ? key : new Uint8Array(32),
          { name: 'HMAC', hash: 'SHA-256' },
          false,
          ['sign'],
        );
        const expected = toBase64url(await crypto.subtle.sign('HMAC', webKey, data));
        expect(toBase64url(hmac(key, data)), `key ${keyLength}, data ${length}`).to.equal(expected);
        expect(toBase64url(sha256(data))).to.equal(toBase64url(await crypto.subtle.digest('SHA-256', data)));
      }
  });
});
