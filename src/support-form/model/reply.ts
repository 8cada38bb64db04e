/**
 * Anonymous replies (docs/receiver-contract.md, "Replies"): the visitor's device makes a reply
 * secret of five words; from it and the reference code both browsers derive an HPKE key pair and a
 * lookup token. The team's browser seals an answer to the public key; the visitor's device, given
 * the code and the words again, derives the private key and opens it. The receiver only ever holds
 * ciphertext, the public key and the token's hash.
 *
 * Used by the support form's reply chunk and by `<sebaya-inbox>`; never by the eager bundle.
 */
import { fromBase64url, toBase64url } from './base64url.js';
import { HPKE_SUITE, type ReplyTo } from './request.js';
import { createSuite } from './seal.js';

export const REPLY_INFO = 'sebaya/reply/v1';
export const REPLY_TOKEN_INFO = 'sebaya/reply-token/v1';
export const REPLY_SALT_PREFIX = 'sebaya/reply/v1:';
export const REPLY_PBKDF2_ITERATIONS = 300_000;
/** How many words a reply secret has (each one of 256: 40 bits). */
export const REPLY_SECRET_WORDS = 5;
/** The longest answer a coordinator may write, in characters. */
export const REPLY_MAX_LENGTH = 4000;

const utf8 = new TextEncoder();

export type { ReplyTo } from './request.js';

/** A sealed reply as the receiver stores and returns it. */
export interface SealedReply {
  readonly id: string;
  readonly sentAt: string;
  readonly suite: string;
  readonly enc: string;
  readonly ct: string;
}

/** What a reply says once opened. */
export interface ReplyContent {
  readonly text: string;
  readonly lang: string;
}

/** The reference code as the derivation uses it: 8 hex digits, upper case, no dash; undefined if it is not one. */
export function normalizeCode(code: string): string | undefined {
  const compact = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{8}$/.test(compact) ? compact : undefined;
}

/** The secret as the derivation uses it: its words in lower case, joined by "-". */
export function normalizeSecret(secret: string): string {
  return secret
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}

/** A new secret of `REPLY_SECRET_WORDS` words drawn uniformly from `words` (which must hold 256). */
export function newReplySecret(words: readonly string[]): string[] {
  if (words.length !== 256) throw new Error('a reply word list has 256 words');
  return Array.from(crypto.getRandomValues(new Uint8Array(REPLY_SECRET_WORDS)), (b) => words[b]!);
}

export interface ReplyKeys {
  /** The key pair that opens replies (the private key never leaves this device). */
  readonly keyPair: CryptoKeyPair;
  /** What the request carries. */
  readonly replyTo: ReplyTo;
}

/** Derives the reply key pair and lookup token from the secret and the reference code. */
export async function deriveReplyKeys(secret: string, code: string): Promise<ReplyKeys> {
  const normalized = normalizeCode(code);
  if (!normalized) throw new Error('not a reference code');
  const password = await crypto.subtle.importKey('raw', utf8.encode(normalizeSecret(secret)), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const ikm = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: utf8.encode(REPLY_SALT_PREFIX + normalized),
      iterations: REPLY_PBKDF2_ITERATIONS,
    },
    password,
    256,
  );
  const suite = createSuite();
  const keyPair = await suite.kem.deriveKeyPair(ikm);
  const hkdfKey = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const token = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(REPLY_TOKEN_INFO) },
    hkdfKey,
    128,
  );
  const key = await suite.kem.serializePublicKey(keyPair.publicKey);
  return { keyPair, replyTo: { key: toBase64url(key), token: toBase64url(token) } };
}

/** True when `replyTo` has the shape the contract asks for (a 65-byte point, a 16-byte token). */
export function isReplyTo(value: unknown): value is ReplyTo {
  if (!value || typeof value !== 'object') return false;
  const { key, token } = value as Record<string, unknown>;
  return (
    typeof key === 'string' &&
    typeof token === 'string' &&
    /^[A-Za-z0-9_-]{87}$/.test(key) &&
    /^[A-Za-z0-9_-]{22}$/.test(token) &&
    fromBase64url(key)[0] === 4
  );
}

/** Seals an answer to the visitor's reply key (the team's side). */
export async function sealReply(
  replyTo: ReplyTo,
  content: ReplyContent,
  head: { id: string; sentAt: string },
): Promise<SealedReply & { token: string }> {
  const suite = createSuite();
  const recipientPublicKey = await suite.kem.deserializePublicKey(fromBase64url(replyTo.key).buffer);
  const { enc, ct } = await suite.seal(
    { recipientPublicKey, info: utf8.encode(REPLY_INFO) },
    utf8.encode(JSON.stringify({ text: content.text.slice(0, REPLY_MAX_LENGTH), lang: content.lang.slice(0, 35) })),
    utf8.encode(head.id),
  );
  return {
    id: head.id,
    token: replyTo.token,
    sentAt: head.sentAt,
    suite: HPKE_SUITE,
    enc: toBase64url(enc),
    ct: toBase64url(ct),
  };
}

/** Opens a reply with the visitor's derived key pair; throws when it is not for this key or was changed. */
export async function openReply(keyPair: CryptoKeyPair, reply: SealedReply): Promise<ReplyContent> {
  if (reply.suite !== HPKE_SUITE) throw new Error('unknown suite');
  const pt = await createSuite().open(
    { recipientKey: keyPair, enc: fromBase64url(reply.enc).buffer, info: utf8.encode(REPLY_INFO) },
    fromBase64url(reply.ct).buffer,
    utf8.encode(reply.id),
  );
  const json: unknown = JSON.parse(new TextDecoder().decode(pt));
  const { text, lang } = (json ?? {}) as Record<string, unknown>;
  if (typeof text !== 'string' || typeof lang !== 'string') throw new Error('not a reply');
  return { text: text.slice(0, REPLY_MAX_LENGTH), lang: lang.slice(0, 35) };
}
