/**
 * Opening sealed requests (RFC 9180 base mode, DHKEM(P-256, HKDF-SHA256), HKDF-SHA256,
 * AES-128-GCM, `info` = `sebaya/support-request/v1`, the envelope id as associated data): the
 * receiving half of `support-form/model/seal.ts`, written straight on WebCrypto.
 *
 * Why not @hpke/core, which seals them: it costs 8 kB gzip and about fifteen WebCrypto round trips
 * per request, and the inbox must open 1,000 in under half a second on a phone. Here the parts that
 * depend only on the suite and `info` are computed once per key, the five small HKDF steps are
 * HMACs in JavaScript (hmac.ts: cheaper than a WebCrypto round trip each), and an open costs four
 * WebCrypto calls (the ECDH and the AES-GCM), which the browser runs in parallel. test/inbox/open.test.ts checks it against @hpke/core and the RFC's test vector.
 */
import { fromBase64url } from '../../support-form/model/base64url.js';
import { hmac } from './hmac.js';

const utf8 = new TextEncoder();
const REQUEST_INFO = 'sebaya/support-request/v1';
export const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';

const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const u16 = (n: number): Uint8Array => new Uint8Array([n >> 8, n & 255]);
const HPKE_V1 = utf8.encode('HPKE-v1');
// suite ids (RFC 9180 §4.1, §5.1): KEM 0x0010, KDF 0x0001, AEAD 0x0001.
const KEM_ID = concat(utf8.encode('KEM'), u16(0x10));
const HPKE_ID = concat(utf8.encode('HPKE'), u16(0x10), u16(1), u16(1));
const labelled = (suite: Uint8Array, label: string, data: Uint8Array): Uint8Array<ArrayBuffer> =>
  concat(HPKE_V1, suite, utf8.encode(label), data);
const labelledInfo = (suite: Uint8Array, label: string, data: Uint8Array, length: number): Uint8Array<ArrayBuffer> =>
  concat(u16(length), HPKE_V1, suite, utf8.encode(label), data);

/** A private key ready to open requests: the parts that do not change from one request to the next. */
export interface Opener {
  readonly open: (envelope: { id: string; enc: string; ct: string }) => Promise<Uint8Array>;
}

const ONE = new Uint8Array([1]);

/**
 * An opener for `privateKey` (ECDH P-256, may be non-extractable), whose public point is
 * `publicRaw` (65 bytes, uncompressed): the KEM binds it into every shared secret.
 */
export async function createOpener(
  privateKey: CryptoKey,
  publicRaw: Uint8Array,
  info: string = REQUEST_INFO,
): Promise<Opener> {
  const pskIdHash = hmac(new Uint8Array(0), labelled(HPKE_ID, 'psk_id_hash', new Uint8Array(0)));
  const infoHash = hmac(new Uint8Array(0), labelled(HPKE_ID, 'info_hash', utf8.encode(info)));
  const context = concat(new Uint8Array([0]), pskIdHash, infoHash);
  // secret = LabeledExtract(shared_secret, "secret", psk = ""): the input is the same every time.
  const secretInput = labelled(HPKE_ID, 'secret', new Uint8Array(0));
  // Expand to at most 32 bytes is one HMAC: T(1) = HMAC(prk, info || 0x01).
  const keyInfo = concat(labelledInfo(HPKE_ID, 'key', context, 16), ONE);
  const nonceInfo = concat(labelledInfo(HPKE_ID, 'base_nonce', context, 12), ONE);
  const NO_SALT = new Uint8Array(0);

  const open = async ({ id, enc, ct }: { id: string; enc: string; ct: string }): Promise<Uint8Array> => {
    const encBytes = fromBase64url(enc);
    const ephemeral = await crypto.subtle.importKey('raw', encBytes, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const dh = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: ephemeral }, privateKey, 256));
    // shared_secret = LabeledExpand(LabeledExtract("", "eae_prk", dh), "shared_secret", enc || pkR, 32)
    const eae = hmac(NO_SALT, labelled(KEM_ID, 'eae_prk', dh));
    const shared = hmac(eae, concat(labelledInfo(KEM_ID, 'shared_secret', concat(encBytes, publicRaw), 32), ONE));
    const secret = hmac(shared, secretInput);
    const key = hmac(secret, keyInfo).slice(0, 16);
    const nonce = hmac(secret, nonceInfo).slice(0, 12);
    const aes = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: nonce, additionalData: utf8.encode(id) },
        aes,
        fromBase64url(ct),
      ),
    );
  };
  return { open };
}

/** The uncompressed point (0x04 ‖ x ‖ y) of a P-256 JWK. */
export function rawPoint(jwk: { x: string; y: string }): Uint8Array {
  return concat(new Uint8Array([4]), fromBase64url(jwk.x), fromBase64url(jwk.y));
}
