/**
 * Sealing a support request to the team's public key with HPKE (RFC 9180): DHKEM(P-256,
 * HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode, `info` = `sebaya/support-request/v1`, the
 * envelope `id` as associated data. Loaded lazily (`await import('./seal.js')`) only when the
 * config has a `publicKey`, so pages without encryption never download it.
 */
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { toBase64url } from './base64url.js';
import type { PublicJwk } from './public-key.js';
import { HPKE_INFO, HPKE_SUITE, WIRE_VERSION, cleanRequest, type PowStamp, type SealedEnvelope, type SupportRequest } from './request.js';

const utf8 = new TextEncoder();

/** The one suite Sebaya seals with. */
export function createSuite(): CipherSuite {
  return new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });
}

let shared: CipherSuite | undefined;
const suite = (): CipherSuite => (shared ??= createSuite());

/** Imports a P-256 public JWK as an HPKE recipient key (throws on a malformed or off-curve key). */
export async function importRecipientKey(jwk: PublicJwk): Promise<CryptoKey> {
  const { kty, crv, x, y } = jwk;
  return suite().kem.importKey('jwk', { kty, crv, x, y }, true);
}

/**
 * Base-mode single-shot seal. `ekm` (ephemeral key material) exists only so tests can replay
 * the RFC's vectors; never pass it in production.
 */
export async function sealBytes(
  recipientPublicKey: CryptoKey,
  plaintext: Uint8Array,
  aad: Uint8Array,
  info: Uint8Array = utf8.encode(HPKE_INFO),
  ekm?: CryptoKeyPair,
): Promise<{ enc: ArrayBuffer; ct: ArrayBuffer }> {
  const params = ekm ? { recipientPublicKey, info, ekm } : { recipientPublicKey, info };
  const { enc, ct } = await suite().seal(params, plaintext, aad);
  return { enc, ct };
}

/** Seals `request` for the holder of `publicKey`; the plaintext is the JSON of the request. */
export async function sealEnvelope(
  head: { id: string; sentAt: string; pow?: PowStamp },
  request: SupportRequest,
  publicKey: PublicJwk | CryptoKey,
): Promise<SealedEnvelope> {
  const key = publicKey instanceof CryptoKey ? publicKey : await importRecipientKey(publicKey);
  const { enc, ct } = await sealBytes(key, utf8.encode(JSON.stringify(cleanRequest(request))), utf8.encode(head.id));
  const envelope: SealedEnvelope = { v: WIRE_VERSION, id: head.id, sentAt: head.sentAt, sealed: true, suite: HPKE_SUITE, enc: toBase64url(enc), ct: toBase64url(ct) };
  return head.pow ? { ...envelope, pow: head.pow } : envelope;
}
