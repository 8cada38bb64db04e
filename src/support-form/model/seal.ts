/**
 * Sealing a support request to the team's public key with HPKE (RFC 9180): DHKEM(P-256,
 * HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode, `info` = `sebaya/support-request/v1`, the
 * envelope `id` as associated data. Loaded lazily (`await import('./seal.js')`) only when the
 * config has a `publicKey`, so pages without encryption never download it. It also keeps the
 * visitor's draft encrypted while they write (`lockDraft`), under a key that exists only here.
 */
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { fromBase64url, toBase64url } from './base64url.js';
import type { PublicJwk } from './public-key.js';
import {
  HPKE_INFO,
  HPKE_SUITE,
  WIRE_VERSION,
  cleanRequest,
  type PowStamp,
  type SealedEnvelope,
  type SupportRequest,
} from './request.js';

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

/**
 * This tab's draft key: AES-256-GCM, not extractable, held only in this module's memory. It is
 * never stored, so a reload (or a tab the browser discarded and reloads) makes a new one and
 * the draft locked under the old one cannot be opened any more.
 */
let draftKey: Promise<CryptoKey> | undefined;
const tabKey = (): Promise<CryptoKey> =>
  (draftKey ??= crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));

/** Encrypts `text` under this tab's key, bound to `label` (associated data): `<iv>.<ciphertext>`, base64url. */
export async function lockDraft(text: string, label: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(label) },
    await tabKey(),
    utf8.encode(text),
  );
  return `${toBase64url(iv)}.${toBase64url(ct)}`;
}

/** Opens what `lockDraft` made in this tab since it was loaded; throws for anything else (another key, changed text). */
export async function unlockDraft(locked: string, label: string): Promise<string> {
  const [iv = '', ct = ''] = locked.split('.');
  const pt = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64url(iv), additionalData: utf8.encode(label) },
    await tabKey(),
    fromBase64url(ct),
  );
  return new TextDecoder().decode(pt);
}

/** Seals `request` for the holder of `publicKey`; the plaintext is the JSON of the request. */
export async function sealEnvelope(
  head: { id: string; sentAt: string; pow?: PowStamp },
  request: SupportRequest,
  publicKey: PublicJwk | CryptoKey,
): Promise<SealedEnvelope> {
  const key = publicKey instanceof CryptoKey ? publicKey : await importRecipientKey(publicKey);
  const { enc, ct } = await sealBytes(key, utf8.encode(JSON.stringify(cleanRequest(request))), utf8.encode(head.id));
  const envelope: SealedEnvelope = {
    v: WIRE_VERSION,
    id: head.id,
    sentAt: head.sentAt,
    sealed: true,
    suite: HPKE_SUITE,
    enc: toBase64url(enc),
    ct: toBase64url(ct),
  };
  return head.pow ? { ...envelope, pow: head.pow } : envelope;
}
