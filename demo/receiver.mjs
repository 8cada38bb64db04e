// @ts-check
/**
 * The reference receiver for <sebaya-support-form> (demo and tests). Plain Node, no framework.
 *
 *   import { createReceiver } from './receiver.mjs';
 *   const receive = createReceiver('demo/data/support-requests.jsonl');
 *   http.createServer((req, res) => { if (!receive(req, res)) serveStatic(req, res); });
 *
 * It implements the HTTP contract of docs/support-form.md:
 * - `POST <path>` with `Content-Type: application/json` and one envelope (wire format v1);
 * - `201` with `{ "ok": true, "id" }` for a new id; `409` with `{ "error": "duplicate", "id" }`
 *   for an id it already has (the browser counts both as delivered); `400` with
 *   `{ "error": "<reason>" }` for a malformed envelope; `413` too large; `415` not JSON;
 * - CORS: answers the preflight (`OPTIONS`), allows `Content-Type`, no credentials.
 * Each envelope is stored once, as one JSON line `{ "receivedAt", "envelope" }` appended to the
 * store file; `sebaya open <store file>` reads it. It never decrypts anything.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const B64URL = /^[A-Za-z0-9_-]+$/;
const URGENCIES = ['later', 'soon', 'now'];
const METHODS = ['none', 'code', 'whatsapp', 'phone', 'email'];
const TOP_KEYS = new Set(['v', 'id', 'sentAt', 'sealed', 'request', 'suite', 'enc', 'ct', 'pow']);

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

/**
 * Why `value` is not an acceptable envelope, or `undefined` when it is.
 * @param {unknown} value
 * @param {{ minPowBits?: number }} [options]
 * @returns {string | undefined}
 */
export function envelopeProblem(value, { minPowBits = 0 } = {}) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'body must be a JSON object';
  const e = /** @type {Record<string, any>} */ (value);
  for (const key of Object.keys(e)) if (!TOP_KEYS.has(key)) return `unknown field "${key.slice(0, 40)}"`;
  if (e.v !== 1) return '"v" must be 1';
  if (typeof e.id !== 'string' || !UUID_V4.test(e.id)) return '"id" must be a UUID v4';
  if (typeof e.sentAt !== 'string' || !DAY.test(e.sentAt)) return '"sentAt" must be a day, YYYY-MM-DD';
  if (minPowBits > 0) {
    const pow = e.pow;
    if (!pow || typeof pow !== 'object' || typeof pow.nonce !== 'string' || !/^\d{1,16}$/.test(pow.nonce) || typeof pow.bits !== 'number') return '"pow" is required';
    if (pow.bits < minPowBits || powBits(e.id, pow.nonce) < minPowBits) return '"pow" does not check out';
  }
  if (e.sealed === true) {
    if ('request' in e) return 'a sealed envelope must not carry "request"';
    if (e.suite !== SUITE) return `"suite" must be "${SUITE}"`;
    if (typeof e.enc !== 'string' || !B64URL.test(e.enc)) return '"enc" must be base64url';
    const enc = Buffer.from(e.enc, 'base64url');
    if (enc.length !== 65 || enc[0] !== 4) return '"enc" must be an uncompressed P-256 point (65 bytes)';
    if (typeof e.ct !== 'string' || !B64URL.test(e.ct) || Buffer.from(e.ct, 'base64url').length < 17) return '"ct" must be base64url ciphertext';
    return undefined;
  }
  if (e.sealed !== false) return '"sealed" must be true or false';
  const r = e.request;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return '"request" must be an object';
  if (typeof r.topic !== 'string' || r.topic.length > 200) return '"request.topic" must be text';
  if (typeof r.message !== 'string' || !r.message.trim()) return '"request.message" must not be empty';
  if (r.message.length > 20_000) return '"request.message" is too long';
  if (!URGENCIES.includes(r.urgency)) return `"request.urgency" must be one of ${URGENCIES.join(', ')}`;
  if (typeof r.lang !== 'string' || r.lang.length > 35) return '"request.lang" must be a language tag';
  const c = r.contact;
  if (!c || typeof c !== 'object' || !METHODS.includes(c.method)) return `"request.contact.method" must be one of ${METHODS.join(', ')}`;
  if (c.value !== undefined && (typeof c.value !== 'string' || c.value.length > 254)) return '"request.contact.value" must be short text';
  return undefined;
}

/**
 * Reads the ids already in a store file.
 * @param {string} storePath
 */
function storedIds(storePath) {
  const ids = new Set();
  if (!existsSync(storePath)) return ids;
  for (const line of readFileSync(storePath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const id = JSON.parse(line)?.envelope?.id;
      if (typeof id === 'string') ids.add(id);
    } catch {
      // a torn line: ignore
    }
  }
  return ids;
}

/**
 * @typedef {{ path?: string, allowOrigin?: string, maxBytes?: number, minPowBits?: number }} ReceiverOptions
 */

/**
 * A Node `http` handler for the support form. Returns `true` when it handled the request.
 * @param {string} storePath JSON-lines file the envelopes are appended to
 * @param {ReceiverOptions} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 */
export function createReceiver(storePath, { path = '/api/support', allowOrigin = '*', maxBytes = 64 * 1024, minPowBits = 0 } = {}) {
  mkdirSync(dirname(storePath), { recursive: true });
  const ids = storedIds(storePath);

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} [body]
   */
  const answer = (res, status, body) => {
    res.statusCode = status;
    res.setHeader('Access-Control-Allow-Origin', allowOrigin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Cache-Control', 'no-store');
    if (body === undefined) res.end();
    else {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(body));
    }
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return false;
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '86400');
      answer(res, 204);
      return true;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST, OPTIONS');
      answer(res, 405, { error: 'use POST' });
      return true;
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      answer(res, 415, { error: 'Content-Type must be application/json' });
      req.resume();
      return true;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return answer(res, 413, { error: `body larger than ${maxBytes} bytes` });
      let envelope;
      try {
        envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(res, 400, { error: 'body is not valid JSON' });
      }
      const problem = envelopeProblem(envelope, { minPowBits });
      if (problem) return answer(res, 400, { error: problem });
      const id = /** @type {{ id: string }} */ (envelope).id;
      if (ids.has(id)) return answer(res, 409, { error: 'duplicate', id });
      ids.add(id);
      appendFileSync(storePath, `${JSON.stringify({ receivedAt: new Date().toISOString(), envelope })}\n`);
      return answer(res, 201, { ok: true, id });
    });
    req.on('error', () => answer(res, 400, { error: 'could not read the body' }));
    return true;
  };
}
