// @ts-check
/**
 * Real sealing for the contract suite, done as the browsers do it (docs/receiver-contract.md
 * "Replies: how they are sealed", docs/support-form.md): a team key pair, sealed requests, the
 * visitor's reply keys derived from the reply secret and the reference code, and sealed replies.
 * Written from the contract's text rather than imported from src/ (TypeScript), so the suite also
 * checks that the receivers carry these bytes unchanged.
 */
import { createSuite, generateKeyFile, openEnvelope } from '../../../bin/sebaya.mjs';
import { INFO, SUITE } from '../../../bin/wire.mjs';

export { SUITE, openEnvelope };

const utf8 = new TextEncoder();
/** @param {ArrayBuffer | Uint8Array} bytes */
export const b64url = (bytes) => Buffer.from(/** @type {Uint8Array} */ (new Uint8Array(bytes))).toString('base64url');
/** @param {string} text */
const bytesOf = (text) => new Uint8Array(Buffer.from(text, 'base64url'));

/** The team's key file (`sebaya keygen`): `{ privateKey, publicKey }` as JWK. */
export const teamKey = () => generateKeyFile('contract suite');

/**
 * An envelope sealed to the team's public key, as <sebaya-support-form> sends it.
 * @param {{ kty: string, crv: string, x: string, y: string }} publicJwk
 * @param {Record<string, unknown>} request
 * @param {string} [id] the envelope's id (the seal's associated data)
 */
export async function sealedEnvelope(publicJwk, request, id = crypto.randomUUID()) {
  const suite = createSuite();
  const { kty, crv, x, y } = publicJwk;
  const recipientPublicKey = await suite.kem.importKey('jwk', { kty, crv, x, y }, true);
  const { enc, ct } = await suite.seal(
    { recipientPublicKey, info: utf8.encode(INFO) },
    utf8.encode(JSON.stringify(request)),
    utf8.encode(id),
  );
  return { v: 1, id, sentAt: '2026-11-29', sealed: true, suite: SUITE, enc: b64url(enc), ct: b64url(ct) };
}

/**
 * The request inside a sealed envelope, whole (the CLI's openEnvelope keeps only the fields it
 * prints, without `reply`), as the coordinator's browser opens it.
 * @param {{ id: string, enc: string, ct: string }} envelope
 * @param {{ kty: string, crv: string, x: string, y: string, d?: string }} privateJwk
 */
export async function openRequest(envelope, privateJwk) {
  const suite = createSuite();
  const { kty, crv, x, y, d } = privateJwk;
  const recipientKey = await suite.kem.importKey('jwk', { kty, crv, x, y, d }, false);
  const plain = await suite.open(
    { recipientKey, enc: bytesOf(envelope.enc).buffer, info: utf8.encode(INFO) },
    bytesOf(envelope.ct).buffer,
    utf8.encode(envelope.id),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

/**
 * The visitor's reply keys from the secret words and the reference code (PBKDF2 → HPKE
 * DeriveKeyPair, HKDF → token), and what the request carries (`reply: { key, token }`).
 * @param {string[]} words
 * @param {string} code 8 hex digits
 */
export async function replyKeys(words, code) {
  const password = await crypto.subtle.importKey('raw', utf8.encode(words.join('-').toLowerCase()), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const ikm = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: utf8.encode(`sebaya/reply/v1:${code.toUpperCase()}`),
      iterations: 300_000,
    },
    password,
    256,
  );
  const suite = createSuite();
  const keyPair = await suite.kem.deriveKeyPair(ikm);
  const hkdf = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const token = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode('sebaya/reply-token/v1') },
    hkdf,
    128,
  );
  const key = await suite.kem.serializePublicKey(keyPair.publicKey);
  return { keyPair, replyTo: { key: b64url(key), token: b64url(token) } };
}

/**
 * A reply sealed to the visitor's key, as the coordinator's browser posts it (Reply-in).
 * @param {{ key: string, token: string }} replyTo
 * @param {{ text: string, lang: string }} content
 * @param {string} [sentAt]
 */
export async function sealedReply(replyTo, content, sentAt = '2026-11-30') {
  const suite = createSuite();
  const recipientPublicKey = await suite.kem.deserializePublicKey(bytesOf(replyTo.key).buffer);
  const id = crypto.randomUUID();
  const { enc, ct } = await suite.seal(
    { recipientPublicKey, info: utf8.encode('sebaya/reply/v1') },
    utf8.encode(JSON.stringify(content)),
    utf8.encode(id),
  );
  return { id, token: replyTo.token, sentAt, suite: SUITE, enc: b64url(enc), ct: b64url(ct) };
}

/**
 * Opens a reply as the visitor's device does; throws when it is not for this key or was changed.
 * @param {CryptoKeyPair} keyPair
 * @param {{ id: string, enc: string, ct: string }} reply
 */
export async function openReply(keyPair, reply) {
  const plain = await createSuite().open(
    { recipientKey: keyPair, enc: bytesOf(reply.enc).buffer, info: utf8.encode('sebaya/reply/v1') },
    bytesOf(reply.ct).buffer,
    utf8.encode(reply.id),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}
