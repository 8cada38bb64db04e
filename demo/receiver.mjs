// @ts-check
/**
 * The reference receiver for <sebaya-support-form> (demo and tests). Plain Node, no framework.
 *
 *   import { createReceiver } from './receiver.mjs';
 *   const receive = createReceiver('/var/lib/sebaya/requests.jsonl');
 *   http.createServer((req, res) => { if (!receive(req, res)) serveStatic(req, res); });
 *
 * It implements the HTTP contract of docs/support-form.md:
 * - `POST <path>` with `Content-Type: application/json` and one envelope (wire format v1);
 * - `201` with `{ "ok": true, "id" }` for a new id; `409` with `{ "error": "duplicate", "id" }`
 *   for an id it already has (the browser counts both as delivered); `400` with
 *   `{ "error": "<reason>" }` for a malformed envelope (unknown fields, wrong types or shapes, at
 *   any depth); `413` too large (answered as soon as `Content-Length` or the bytes read pass
 *   `maxBytes`, then the connection is closed); `408` when the body takes longer than
 *   `bodyTimeoutMs`; `415` not `application/json`; `429` (with `Retry-After`) past the per-address
 *   rate limit; `503` (with `Retry-After`) when the store is full or cannot be written — the id is
 *   then forgotten, so the browser's retry is taken;
 * - CORS: answers the preflight (`OPTIONS`), allows `Content-Type`, no credentials.
 * Each envelope is rebuilt from its known fields and stored once, as one JSON line
 * `{ "receivedAt": "YYYY-MM-DD", "envelope": { … } }`, fsynced before the 201 (see store.mjs: the
 * file is 0600, locked to one receiver, repaired and indexed at start-up, capped). `receivedAt`
 * is the day only (UTC), like the envelope's `sentAt`. `sebaya open <store file>` reads it. It
 * never decrypts anything, and logs one line per refused request, never a body or an address.
 * No request can end the process: every failure becomes an answer.
 */
import { createHash } from 'node:crypto';
import { addressKey, createRateLimit } from './rate-limit.mjs';
import { openStore, StoreFullError } from './store.mjs';
// The wire format's values and the request's rebuild are the CLI's (one definition for both).
import { checkRequest, METHODS, SUITE, URGENCIES } from '../bin/sebaya.mjs';

export { StoreLockedError } from './store.mjs';
export { SUITE };

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const B64URL = /^[A-Za-z0-9_-]+$/;
const TOP_KEYS = ['v', 'id', 'sentAt', 'sealed', 'request', 'suite', 'enc', 'ct', 'pow'];
const REQUEST_KEYS = ['topic', 'message', 'urgency', 'lang', 'contact'];
const CONTACT_KEYS = ['method', 'value'];
const POW_KEYS = ['bits', 'nonce'];

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

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * The first key of `obj` not in `allowed`, as `"<where>.<key>"`, or undefined.
 * @param {Record<string, unknown>} obj
 * @param {string[]} allowed
 * @param {string} where
 */
function unknownKey(obj, allowed, where) {
  const key = Object.keys(obj).find((k) => !allowed.includes(k));
  return key === undefined ? undefined : `unknown field "${where}${key.slice(0, 40)}"`;
}

/**
 * Why `value` is not an acceptable envelope, or `undefined` when it is. Every object of the
 * envelope (top, `request`, `request.contact`, `pow`) may hold only its known fields, and every
 * field only its type, so an accepted envelope is a few levels deep at most.
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
    const enc = Buffer.from(e.enc, 'base64url');
    if (enc.length !== 65 || enc[0] !== 4) return '"enc" must be an uncompressed P-256 point (65 bytes)';
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
  return undefined;
}

/**
 * The envelope rebuilt from its known fields only (call after `envelopeProblem` found none).
 * @param {any} e
 */
export function cleanEnvelope(e) {
  const pow = e.pow ? { pow: { bits: e.pow.bits, nonce: e.pow.nonce } } : {};
  if (e.sealed) return { v: 1, id: e.id, sentAt: e.sentAt, sealed: true, suite: e.suite, enc: e.enc, ct: e.ct, ...pow };
  return { v: 1, id: e.id, sentAt: e.sentAt, sealed: false, request: checkRequest(e.request), ...pow };
}

/** The media type of a Content-Type header, lower-cased, without parameters. @param {string | undefined} header */
function mediaType(header) {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * @typedef {{
 *   path?: string,
 *   allowOrigin?: string,
 *   maxBytes?: number,
 *   minPowBits?: number,
 *   maxStoreBytes?: number,
 *   bodyTimeoutMs?: number,
 *   rateLimit?: false | import('./rate-limit.mjs').RateLimitOptions,
 *   clientKey?: (req: import('node:http').IncomingMessage) => string,
 *   log?: (line: string) => void,
 *   storeIo?: import('./store.mjs').StoreIo,
 * }} ReceiverOptions
 */

/**
 * A Node `http` handler for the support form. Returns `true` when it handled the request.
 * Opens (and locks) the store at once: throws a StoreLockedError when another receiver has it.
 * `handler.close()` waits for pending writes and releases the store.
 *
 * Options: `path` (`/api/support`); `allowOrigin` (`*`); `maxBytes` per body (64 KiB);
 * `minPowBits` (0: no proof of work asked); `maxStoreBytes` (64 MiB); `bodyTimeoutMs` (20 s for
 * the whole body); `rateLimit` (`{ burst: 10, refillMs: 360000 }` per address, or `false`);
 * `clientKey(req)` (the socket's address, IPv6 by /64: behind a proxy, give the client's);
 * `log(line)` (stderr).
 * @param {string} storePath JSON-lines file the envelopes are appended to
 * @param {ReceiverOptions} [options]
 * @returns {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean) & { close: () => Promise<void> }}
 */
export function createReceiver(storePath, options = {}) {
  const {
    path = '/api/support',
    allowOrigin = '*',
    maxBytes = 64 * 1024,
    minPowBits = 0,
    maxStoreBytes,
    bodyTimeoutMs = 20_000,
    rateLimit = {},
    clientKey = (req) => addressKey(req.socket.remoteAddress),
    log = (line) => console.error(line),
    storeIo,
  } = options;
  const store = openStore(storePath, { maxBytes: maxStoreBytes, io: storeIo, log });
  const limit = rateLimit === false ? () => 0 : createRateLimit(rateLimit);
  /** Ids being written now: a second copy waits for no one, it is a duplicate. */
  const writing = new Set();

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} [body]
   * @param {Record<string, string>} [headers]
   */
  const answer = (res, status, body, headers = {}) => {
    if (res.headersSent || res.writableEnded || res.destroyed) return;
    res.statusCode = status;
    res.setHeader('Access-Control-Allow-Origin', allowOrigin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (status >= 400)
      log(
        `support-form receiver: ${status}${isObject(body) && typeof body.error === 'string' ? ` ${body.error.slice(0, 120)}` : ''}`,
      );
    if (body === undefined) res.end();
    else {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(body));
    }
  };

  /**
   * Answers, then closes the connection without reading the rest of the body. A "lingering
   * close": our side is half-closed after the answer and what the client still sends is dropped
   * for at most 2 s, then the socket is destroyed. Destroying it at once (Node's own way with
   * `Connection: close`) resets the connection while unread bytes are pending, and the client
   * may then lose the answer.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} body
   */
  const answerAndClose = (req, res, status, body) => {
    const socket = req.socket;
    res.setHeader('Connection', 'close');
    // http calls destroySoon() once the answer is written: half-close only.
    socket.destroySoon = () => void socket.end();
    const timer = setTimeout(() => socket.destroy(), 2000);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    answer(res, status, body);
    req.resume();
  };

  /**
   * The body, or the status that refuses it (already answered).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<Buffer | undefined>}
   */
  const readBody = (req, res) =>
    new Promise((resolve) => {
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      let settled = false;
      /** @param {Buffer | undefined} value */
      const finish = (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.off('data', onData);
        req.off('end', onEnd);
        resolve(value);
      };
      const timer = setTimeout(() => {
        answerAndClose(req, res, 408, { error: `the body took longer than ${Math.round(bodyTimeoutMs / 1000)} s` });
        finish(undefined);
      }, bodyTimeoutMs);
      /** @param {Buffer} chunk */
      const onData = (chunk) => {
        size += chunk.length;
        if (size > maxBytes) {
          answerAndClose(req, res, 413, { error: `body larger than ${maxBytes} bytes` });
          finish(undefined);
        } else chunks.push(chunk);
      };
      const onEnd = () => finish(Buffer.concat(chunks));
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', () => finish(undefined));
      req.on('close', () => finish(undefined));
    });

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  const handle = async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '86400');
      return answer(res, 204);
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST, OPTIONS');
      return answerAndClose(req, res, 405, { error: 'use POST' });
    }
    const wait = limit(clientKey(req));
    if (wait > 0) {
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      return answerAndClose(req, res, 429, { error: 'too many requests from this address; try again later' });
    }
    if (mediaType(req.headers['content-type']) !== 'application/json')
      return answerAndClose(req, res, 415, { error: 'Content-Type must be application/json' });
    const declared = req.headers['content-length'];
    if (declared !== undefined && !(Number(declared) <= maxBytes))
      return answerAndClose(req, res, 413, { error: `body larger than ${maxBytes} bytes` });
    const body = await readBody(req, res);
    if (!body) return;
    let envelope;
    try {
      envelope = JSON.parse(body.toString('utf8'));
    } catch {
      return answer(res, 400, { error: 'body is not valid JSON' });
    }
    const problem = envelopeProblem(envelope, { minPowBits });
    if (problem) return answer(res, 400, { error: problem });
    const clean = cleanEnvelope(envelope);
    const id = clean.id;
    if (store.has(id) || writing.has(id)) return answer(res, 409, { error: 'duplicate', id });
    writing.add(id);
    try {
      await store.append(
        id,
        `${JSON.stringify({ receivedAt: new Date().toISOString().slice(0, 10), envelope: clean })}\n`,
      );
    } catch (err) {
      const full = err instanceof StoreFullError;
      const code = /** @type {NodeJS.ErrnoException} */ (err)?.code;
      log(`support-form receiver: could not store a request (${full ? 'store full' : (code ?? 'error')})`);
      return answer(
        res,
        503,
        { error: full ? 'the receiver is full; try again later' : 'could not store the request; try again later' },
        { 'Retry-After': full ? '3600' : '60' },
      );
    } finally {
      writing.delete(id);
    }
    return answer(res, 201, { ok: true, id });
  };

  /** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean) & { close: () => Promise<void> }} */
  const receiver = Object.assign(
    /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} */
    (req, res) => {
      let pathname;
      try {
        pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      } catch {
        return false;
      }
      if (pathname !== path) return false;
      res.on('error', () => undefined);
      handle(req, res).catch((/** @type {unknown} */ err) => {
        log(`support-form receiver: unexpected ${err instanceof Error ? err.name : 'error'}; answered 500`);
        answerAndClose(req, res, 500, { error: 'receiver error' });
      });
      return true;
    },
    { close: () => store.close() },
  );
  return receiver;
}
