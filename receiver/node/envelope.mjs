// @ts-check
/**
 * What the Node receiver accepts, checked field by field (docs/receiver-contract.md): the
 * envelope of `POST E`, the visitor's `POST E/replies` body and the coordinator's bodies. Each
 * checker returns why a value is refused (a short reason in English, never the value itself) or
 * `undefined`; each `clean…` rebuilds the value from its known fields only, so what is stored is
 * never deeper or wider than the contract allows.
 */
import { createHash } from 'node:crypto';
// The wire format's values are the CLI's (one definition for both).
import { METHODS, SUITE, URGENCIES } from '../../bin/wire.mjs';

export { SUITE };

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const B64URL = /^[A-Za-z0-9_-]+$/;
const CODE = /^[0-9a-f]{4}-?[0-9a-f]{4}$/i;
const TOP_KEYS = ['v', 'id', 'sentAt', 'sealed', 'request', 'suite', 'enc', 'ct', 'pow'];
const REQUEST_KEYS = ['topic', 'message', 'urgency', 'lang', 'contact', 'reply'];
const CONTACT_KEYS = ['method', 'value'];
const REPLY_TO_KEYS = ['key', 'token'];
const POW_KEYS = ['bits', 'nonce'];
const REPLY_IN_KEYS = ['id', 'token', 'sentAt', 'suite', 'enc', 'ct'];
/** The largest reply ciphertext, in bytes. */
export const MAX_REPLY_CT_BYTES = 16_384;

/**
 * Leading zero bits of SHA-256(`${id}:${nonce}`) (the proof-of-work check).
 * @param {string} id
 * @param {string} nonce
 */
export function powBits(id, nonce) {
  const hash = createHash('sha256').update(`${id}:${nonce}`, 'utf8').digest();
  let n = 0;
  for (const b of hash) {
    if (b === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(b) - 24;
  }
  return n;
}

/** SHA-256 of a UTF-8 string, lower-case hex. @param {string} text */
export const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * The first key of `obj` not in `allowed`, as `unknown field "<where><key>"`, or undefined.
 * @param {Record<string, unknown>} obj
 * @param {string[]} allowed
 * @param {string} where
 */
function unknownKey(obj, allowed, where) {
  const key = Object.keys(obj).find((k) => !allowed.includes(k));
  return key === undefined ? undefined : `unknown field "${where}${key.slice(0, 40)}"`;
}

/**
 * Whether `value` is base64url of exactly `bytes` bytes (or, with `max`, `bytes` to `max` bytes).
 * @param {unknown} value
 * @param {number} bytes
 * @param {number} [max]
 */
function isB64(value, bytes, max = bytes) {
  if (typeof value !== 'string' || !B64URL.test(value) || value.length > Math.ceil((max * 4) / 3)) return false;
  const n = Buffer.from(value, 'base64url').length;
  return n >= bytes && n <= max;
}

/** @param {unknown} value an uncompressed P-256 point, base64url */
const isPoint = (value) => isB64(value, 65) && Buffer.from(/** @type {string} */ (value), 'base64url')[0] === 4;

/**
 * Why `value` is not an acceptable envelope, or `undefined` when it is. Every object of the
 * envelope (top, `request`, `request.contact`, `request.reply`, `pow`) may hold only its known
 * fields, and every field only its type, so an accepted envelope is a few levels deep at most.
 * @param {unknown} value
 * @param {{ minPowBits?: number }} [options]
 * @returns {string | undefined}
 */
export function envelopeProblem(value, { minPowBits = 0 } = {}) {
  if (!isObject(value)) return 'body must be a JSON object';
  const e = value;
  const unknown = unknownKey(e, TOP_KEYS, '');
  if (unknown) return unknown;
  if (e.v !== 1) return '"v" must be 1';
  if (typeof e.id !== 'string' || !UUID_V4.test(e.id)) return '"id" must be a UUID v4';
  if (typeof e.sentAt !== 'string' || !DAY.test(e.sentAt)) return '"sentAt" must be a day, YYYY-MM-DD';
  if ('pow' in e) {
    const pow = e.pow;
    if (!isObject(pow)) return '"pow" must be an object';
    const unknownPow = unknownKey(pow, POW_KEYS, 'pow.');
    if (unknownPow) return unknownPow;
    if (
      typeof pow.nonce !== 'string' ||
      !/^\d{1,16}$/.test(pow.nonce) ||
      typeof pow.bits !== 'number' ||
      !Number.isInteger(pow.bits) ||
      pow.bits < 0 ||
      pow.bits > 256
    )
      return '"pow" must be { bits, nonce }';
  }
  if (minPowBits > 0) {
    const pow = /** @type {{ bits: number, nonce: string } | undefined} */ (e.pow);
    if (!pow) return '"pow" is required';
    if (pow.bits < minPowBits || powBits(e.id, pow.nonce) < minPowBits) return '"pow" does not check out';
  }
  if (e.sealed === true) {
    if ('request' in e) return 'a sealed envelope must not carry "request"';
    if (e.suite !== SUITE) return `"suite" must be "${SUITE}"`;
    if (typeof e.enc !== 'string' || !B64URL.test(e.enc)) return '"enc" must be base64url';
    if (!isPoint(e.enc)) return '"enc" must be an uncompressed P-256 point (65 bytes)';
    if (typeof e.ct !== 'string' || !B64URL.test(e.ct) || Buffer.from(e.ct, 'base64url').length < 17)
      return '"ct" must be base64url ciphertext';
    return undefined;
  }
  if (e.sealed !== false) return '"sealed" must be true or false';
  for (const key of ['suite', 'enc', 'ct']) if (key in e) return `an unsealed envelope must not carry "${key}"`;
  const r = e.request;
  if (!isObject(r)) return '"request" must be an object';
  const unknownRequest = unknownKey(r, REQUEST_KEYS, 'request.');
  if (unknownRequest) return unknownRequest;
  if (typeof r.topic !== 'string' || r.topic.length > 200) return '"request.topic" must be text';
  if (typeof r.message !== 'string' || !r.message.trim()) return '"request.message" must not be empty';
  if (r.message.length > 20_000) return '"request.message" is too long';
  if (typeof r.urgency !== 'string' || !URGENCIES.includes(r.urgency))
    return `"request.urgency" must be one of ${URGENCIES.join(', ')}`;
  if (typeof r.lang !== 'string' || r.lang.length > 35) return '"request.lang" must be a language tag';
  const c = r.contact;
  if (!isObject(c) || typeof c.method !== 'string' || !METHODS.includes(c.method))
    return `"request.contact.method" must be one of ${METHODS.join(', ')}`;
  const unknownContact = unknownKey(c, CONTACT_KEYS, 'request.contact.');
  if (unknownContact) return unknownContact;
  if (c.value !== undefined && (typeof c.value !== 'string' || c.value.length > 254))
    return '"request.contact.value" must be short text';
  if ('reply' in r) {
    const reply = r.reply;
    if (!isObject(reply)) return '"request.reply" must be an object';
    const unknownReply = unknownKey(reply, REPLY_TO_KEYS, 'request.reply.');
    if (unknownReply) return unknownReply;
    if (!isPoint(reply.key)) return '"request.reply.key" must be an uncompressed P-256 point (65 bytes, base64url)';
    if (!isB64(reply.token, 16)) return '"request.reply.token" must be 16 bytes, base64url';
  }
  return undefined;
}

/**
 * The envelope rebuilt from its known fields only (call after `envelopeProblem` found none).
 * @param {any} e
 */
export function cleanEnvelope(e) {
  const pow = e.pow ? { pow: { bits: e.pow.bits, nonce: e.pow.nonce } } : {};
  if (e.sealed) return { v: 1, id: e.id, sentAt: e.sentAt, sealed: true, suite: e.suite, enc: e.enc, ct: e.ct, ...pow };
  const r = e.request;
  const { method, value } = r.contact;
  const request = {
    topic: r.topic,
    message: r.message,
    urgency: r.urgency,
    lang: r.lang,
    contact: value === undefined ? { method } : { method, value },
    ...(r.reply ? { reply: { key: r.reply.key, token: r.reply.token } } : {}),
  };
  return { v: 1, id: e.id, sentAt: e.sentAt, sealed: false, request, ...pow };
}

/**
 * The reference code of a request id or as a visitor types it: 8 lower-case hex digits.
 * @param {string} value
 */
export const codeOf = (value) => value.replace(/-/g, '').slice(0, 8).toLowerCase();

/**
 * The visitor's `POST E/replies` body: `{ code, token }`.
 * @param {unknown} body
 * @returns {{ problem: string } | { code: string, tokenHash: string }}
 */
export function checkReplyQuery(body) {
  if (!isObject(body)) return { problem: 'body must be a JSON object' };
  const unknown = unknownKey(body, ['code', 'token'], '');
  if (unknown) return { problem: unknown };
  if (typeof body.code !== 'string' || !CODE.test(body.code))
    return { problem: '"code" must be a reference code (8 hex digits)' };
  if (!isB64(body.token, 16)) return { problem: '"token" must be 16 bytes, base64url' };
  return { code: codeOf(body.code), tokenHash: sha256Hex(/** @type {string} */ (body.token)) };
}

/**
 * @typedef {{ id: string, sentAt: string, suite: string, enc: string, ct: string, tokenHash: string }} ReplyIn
 *   a reply as it is stored: the token only as its SHA-256 (hex)
 */

/**
 * The coordinator's reply body (Reply-in).
 * @param {unknown} body
 * @returns {{ problem: string } | { reply: ReplyIn }}
 */
export function checkReplyIn(body) {
  if (!isObject(body)) return { problem: 'body must be a JSON object' };
  const unknown = unknownKey(body, REPLY_IN_KEYS, '');
  if (unknown) return { problem: unknown };
  if (typeof body.id !== 'string' || !UUID_V4.test(body.id)) return { problem: '"id" must be a UUID v4' };
  if (!isB64(body.token, 16)) return { problem: '"token" must be 16 bytes, base64url' };
  if (typeof body.sentAt !== 'string' || !DAY.test(body.sentAt))
    return { problem: '"sentAt" must be a day, YYYY-MM-DD' };
  if (body.suite !== SUITE) return { problem: `"suite" must be "${SUITE}"` };
  if (!isPoint(body.enc)) return { problem: '"enc" must be an uncompressed P-256 point (65 bytes, base64url)' };
  if (!isB64(body.ct, 17, MAX_REPLY_CT_BYTES))
    return { problem: `"ct" must be base64url ciphertext of 17 to ${MAX_REPLY_CT_BYTES} bytes` };
  const { id, sentAt, suite, enc, ct } = /** @type {Record<string, string>} */ (body);
  return {
    reply: {
      id: /** @type {string} */ (id).toLowerCase(),
      sentAt: /** @type {string} */ (sentAt),
      suite: /** @type {string} */ (suite),
      enc: /** @type {string} */ (enc),
      ct: /** @type {string} */ (ct),
      tokenHash: sha256Hex(/** @type {string} */ (body.token)),
    },
  };
}

/**
 * `{ "handled": true | false }`.
 * @param {unknown} body
 * @returns {{ problem: string } | { handled: boolean }}
 */
export function checkHandled(body) {
  if (!isObject(body)) return { problem: 'body must be a JSON object' };
  const unknown = unknownKey(body, ['handled'], '');
  if (unknown) return { problem: unknown };
  if (typeof body.handled !== 'boolean') return { problem: '"handled" must be true or false' };
  return { handled: body.handled };
}

/**
 * `{ "code": "AB12CD34" }` (forget).
 * @param {unknown} body
 * @returns {{ problem: string } | { code: string }}
 */
export function checkForget(body) {
  if (!isObject(body)) return { problem: 'body must be a JSON object' };
  const unknown = unknownKey(body, ['code'], '');
  if (unknown) return { problem: unknown };
  if (typeof body.code !== 'string' || !CODE.test(body.code))
    return { problem: '"code" must be a reference code (8 hex digits)' };
  return { code: codeOf(body.code) };
}

/**
 * The empty body of delete: `{}` (or none at all).
 * @param {unknown} body
 * @returns {string | undefined}
 */
export function deleteProblem(body) {
  if (body === undefined) return undefined;
  if (!isObject(body)) return 'body must be a JSON object';
  return unknownKey(body, [], '');
}

/**
 * Today (UTC, `YYYY-MM-DD`), or `SEBAYA_TODAY` when it is set (tests only).
 * @returns {string}
 */
export function today() {
  const forced = process.env.SEBAYA_TODAY;
  if (forced && DAY.test(forced)) return forced;
  return new Date().toISOString().slice(0, 10);
}

/**
 * The oldest day that is kept: anything older is more than `days` days before `day`.
 * @param {string} day YYYY-MM-DD
 * @param {number} days
 */
export function oldestKept(day, days) {
  const t = Date.parse(`${day}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
