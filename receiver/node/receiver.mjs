// @ts-check
/**
 * The Node reference receiver for <sebaya-support-form> and <sebaya-inbox>: every route of
 * docs/receiver-contract.md, as a Node `http` handler. Plain Node, no framework.
 *
 *   import { createReceiver } from './receiver/node/receiver.mjs';
 *   const receive = createReceiver('/var/lib/sebaya/requests.jsonl', { credentials: ['sha256:…'] });
 *   http.createServer((req, res) => { if (!receive(req, res)) serveStatic(req, res); });
 *
 * `E` is `path` (default `/api/support`):
 * - visitor: `POST E` (one envelope: 201, 409 duplicate, 400, 413, 415, 408, 429, 503) and
 *   `POST E/replies` (`{ code, token }` → always `200 { replies }` for a well-formed body);
 * - coordinator, with `Authorization: Bearer <credential>` checked against the config's
 *   `sha256:` hashes before any body is read: `GET E/inbox?after&limit`, `GET E/inbox/<id>`,
 *   `POST E/inbox/<id>/handled|reply|delete`, `POST E/inbox/forget`;
 * - CORS only for `allowOrigins` (exact origins, or "*"); `OPTIONS` on any route is the preflight;
 * - requests and replies older than `retentionDays` are deleted at start and every hour.
 * Every answer is JSON with `Cache-Control: no-store` (but 204); every error `{ "error" }`. It
 * never decrypts anything and logs one line per refused request: a status and a fixed reason,
 * never a body, a token, a credential or an address. No request can end the process.
 * `handler.close()` stops the hourly purge, waits for pending writes and releases the store.
 */
import { createAuth } from './auth.mjs';
import {
  checkForget,
  checkHandled,
  checkReplyIn,
  checkReplyQuery,
  cleanEnvelope,
  deleteProblem,
  envelopeProblem,
  today,
  UUID_V4,
} from './envelope.mjs';
import { answer, answerAndClose, hasBody, mediaType, readBody } from './http.mjs';
import { addressKey, createRateLimit, NO_LIMIT } from './rate-limit.mjs';
import { StoreFullError } from './store.mjs';
import { openFileStore } from './store-file.mjs';

export { StoreLockedError } from './store-file.mjs';
export { envelopeProblem, cleanEnvelope, powBits, SUITE } from './envelope.mjs';

/**
 * @typedef {{ burst: number, refillSeconds: number }} Bucket
 * @typedef {{ submit?: Bucket | false, replies?: Bucket | false, authFailures?: Bucket | false, coordinator?: Bucket | false }} RateLimits
 * @typedef {{
 *   path?: string,
 *   credentials?: string[],
 *   allowOrigins?: string[],
 *   retentionDays?: number,
 *   maxBodyBytes?: number,
 *   minPowBits?: number,
 *   rateLimits?: RateLimits | false,
 *   maxStoreBytes?: number,
 *   bodyTimeoutMs?: number,
 *   purgeEveryMs?: number,
 *   clientKey?: (req: import('node:http').IncomingMessage) => string,
 *   log?: (line: string) => void,
 *   storeIo?: import('./store-file.mjs').StoreIo,
 * }} ReceiverOptions
 * @typedef {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean) & {
 *   close: () => Promise<void>, store: import('./store.mjs').Store, purged: Promise<void> }} Receiver
 */

/** The contract's defaults (CONFIG16.md). */
export const DEFAULT_RATE_LIMITS = /** @type {const} */ ({
  submit: { burst: 10, refillSeconds: 360 },
  replies: { burst: 10, refillSeconds: 120 },
  authFailures: { burst: 10, refillSeconds: 60 },
  coordinator: { burst: 600, refillSeconds: 0.1 },
});

/** @param {RateLimits | false} limits @param {keyof typeof DEFAULT_RATE_LIMITS} kind */
function limiter(limits, kind) {
  if (limits === false) return NO_LIMIT;
  const bucket = limits[kind] ?? DEFAULT_RATE_LIMITS[kind];
  return bucket === false ? NO_LIMIT : createRateLimit({ burst: bucket.burst, refillMs: bucket.refillSeconds * 1000 });
}

/**
 * The routes under `E`: what `rest` (the path after `E`) names, or undefined.
 * @param {string} rest
 * @returns {{ name: string, allow: string, coordinator: boolean, id?: string } | undefined}
 */
function route(rest) {
  if (rest === '' || rest === '/') return { name: 'submit', allow: 'POST, OPTIONS', coordinator: false };
  if (rest === '/replies') return { name: 'replies', allow: 'POST, OPTIONS', coordinator: false };
  if (rest === '/inbox') return { name: 'list', allow: 'GET, OPTIONS', coordinator: true };
  if (rest === '/inbox/forget') return { name: 'forget', allow: 'POST, OPTIONS', coordinator: true };
  const m = /^\/inbox\/([^/]*)(?:\/(handled|reply|delete))?$/.exec(rest);
  if (!m)
    return rest.startsWith('/inbox/') ? { name: 'missing', allow: 'GET, POST, OPTIONS', coordinator: true } : undefined;
  const id = m[1] ?? '';
  if (!UUID_V4.test(id)) return { name: 'missing', allow: 'GET, POST, OPTIONS', coordinator: true };
  if (!m[2]) return { name: 'get', allow: 'GET, OPTIONS', coordinator: true, id };
  return { name: m[2], allow: 'POST, OPTIONS', coordinator: true, id };
}

/**
 * A Node `http` handler for the receiver contract. Returns `true` when it handled the request.
 * With a path, opens (and locks) the file store at once: throws a StoreLockedError when another
 * receiver has it; or give it an opened store (`openStore`, store.mjs).
 * @param {string | import('./store.mjs').Store} storeOrPath
 * @param {ReceiverOptions} [options]
 * @returns {Receiver}
 */
export function createReceiver(storeOrPath, options = {}) {
  const {
    path = '/api/support',
    credentials = [],
    allowOrigins = [],
    retentionDays = 90,
    maxBodyBytes = 64 * 1024,
    minPowBits = 0,
    rateLimits = {},
    maxStoreBytes,
    bodyTimeoutMs = 20_000,
    purgeEveryMs = 3_600_000,
    clientKey = (req) => addressKey(req.socket.remoteAddress),
    log = (line) => console.error(line),
    storeIo,
  } = options;
  const authorized = createAuth(credentials);
  const store =
    typeof storeOrPath === 'string'
      ? openFileStore(storeOrPath, { maxBytes: maxStoreBytes, io: storeIo, log })
      : storeOrPath;
  const limits = {
    submit: limiter(rateLimits, 'submit'),
    replies: limiter(rateLimits, 'replies'),
    authFailures: limiter(rateLimits, 'authFailures'),
    coordinator: limiter(rateLimits, 'coordinator'),
  };
  const anyOrigin = allowOrigins.includes('*');

  const purge = () =>
    store.purge(today(), retentionDays).then(
      (n) => {
        if (n.requests || n.replies)
          log(`receiver: retention deleted ${n.requests} request(s), ${n.replies} reply(ies)`);
      },
      (err) => log(`receiver: retention purge failed (${/** @type {NodeJS.ErrnoException} */ (err)?.code ?? 'error'})`),
    );
  const purged = purge();
  const timer = setInterval(() => void purge(), purgeEveryMs);
  timer.unref();

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} rest the path after `E`
   * @param {URLSearchParams} query
   */
  const handle = async (req, res, rest, query) => {
    /** @type {(status: number, body?: unknown, headers?: Record<string, string>) => void} */
    const send = (status, body, headers) => answer(res, status, body, log, headers);
    /** @type {(status: number, body: unknown, headers?: Record<string, string>) => void} */
    const refuse = (status, body, headers) => answerAndClose(req, res, status, body, log, headers);
    /** @param {number} waitMs */
    const tooMany = (waitMs) =>
      refuse(
        429,
        { error: 'too many requests from this address; try again later' },
        {
          'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
        },
      );
    const origin = req.headers.origin;
    if (origin && allowOrigins.length && (anyOrigin || allowOrigins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        res.setHeader('Access-Control-Max-Age', '86400');
      }
    }
    if (req.method === 'OPTIONS') return refuse(204, undefined);
    const r = route(rest);
    if (!r) return refuse(404, { error: 'not found' });
    const key = clientKey(req);
    if (r.coordinator) {
      const blocked = limits.authFailures.peek(key);
      if (blocked > 0) return tooMany(blocked);
      if (!authorized(req.headers.authorization)) {
        const wait = limits.authFailures(key);
        if (wait > 0) return tooMany(wait);
        return refuse(401, { error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer' });
      }
      const wait = limits.coordinator(key);
      if (wait > 0) return tooMany(wait);
      if (r.name === 'missing') return refuse(404, { error: 'no such request' });
    }
    if (!r.allow.split(', ').includes(req.method ?? '')) {
      return refuse(405, { error: `use ${r.allow.replace(', OPTIONS', '')}` }, { Allow: r.allow });
    }
    if (r.name === 'submit' || r.name === 'replies') {
      const wait = limits[r.name](key);
      if (wait > 0) return tooMany(wait);
    }
    /** @type {unknown} */
    let body;
    if (req.method === 'POST') {
      if ((r.name === 'submit' || hasBody(req)) && mediaType(req.headers['content-type']) !== 'application/json')
        return refuse(415, { error: 'Content-Type must be application/json' });
      const declared = req.headers['content-length'];
      if (declared !== undefined && !(Number(declared) <= maxBodyBytes))
        return refuse(413, { error: `body larger than ${maxBodyBytes} bytes` });
      const bytes = await readBody(req, res, { maxBytes: maxBodyBytes, timeoutMs: bodyTimeoutMs, log });
      if (!bytes) return;
      if (bytes.length) {
        try {
          body = JSON.parse(bytes.toString('utf8'));
        } catch {
          return send(400, { error: 'body is not valid JSON' });
        }
      }
    } else req.resume();
    try {
      return await dispatch(r, body, query, send);
    } catch (err) {
      const full = err instanceof StoreFullError;
      const code = /** @type {NodeJS.ErrnoException} */ (err)?.code;
      log(`support-form receiver: the store failed (${full ? 'store full' : (code ?? 'error')})`);
      return send(
        503,
        { error: full ? 'the receiver is full; try again later' : 'the store is not available; try again later' },
        { 'Retry-After': full ? '3600' : '60' },
      );
    }
  };

  /**
   * The route's work, once the request is allowed and its body read.
   * @param {NonNullable<ReturnType<typeof route>>} r
   * @param {unknown} body
   * @param {URLSearchParams} query
   * @param {(status: number, body?: unknown, headers?: Record<string, string>) => void} send
   */
  const dispatch = async (r, body, query, send) => {
    const id = r.id ?? '';
    switch (r.name) {
      case 'submit': {
        const problem = envelopeProblem(body, { minPowBits });
        if (problem) return send(400, { error: problem });
        const clean = cleanEnvelope(body);
        if ((await store.add(clean, today())) === 'duplicate') return send(409, { error: 'duplicate', id: clean.id });
        return send(201, { ok: true, id: clean.id });
      }
      case 'replies': {
        const q = checkReplyQuery(body);
        if ('problem' in q) return send(400, { error: q.problem });
        return send(200, { replies: await store.replies(q.code, q.tokenHash) });
      }
      case 'list': {
        const after = query.get('after') || '0';
        const limit = query.get('limit') || '100';
        if (!/^\d{1,40}$/.test(after)) return send(400, { error: '"after" must be a cursor' });
        if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > 500)
          return send(400, { error: '"limit" must be 1 to 500' });
        const { items, more } = await store.list(Number(after), Number(limit));
        return send(200, { requests: items, next: more ? (items.at(-1)?.cursor ?? null) : null });
      }
      case 'get': {
        const item = await store.get(id);
        return item ? send(200, item) : send(404, { error: 'no such request' });
      }
      case 'handled': {
        const h = checkHandled(body);
        if ('problem' in h) return send(400, { error: h.problem });
        return (await store.setHandled(id, h.handled))
          ? send(200, { ok: true })
          : send(404, { error: 'no such request' });
      }
      case 'reply': {
        const reply = checkReplyIn(body);
        if ('problem' in reply) return send(400, { error: reply.problem });
        const done = await store.addReply(id, reply.reply);
        if (done === 'missing') return send(404, { error: 'no such request' });
        if (done === 'duplicate') return send(409, { error: 'duplicate', id: reply.reply.id });
        return send(201, { ok: true, id: reply.reply.id });
      }
      case 'delete': {
        const problem = deleteProblem(body);
        if (problem) return send(400, { error: problem });
        return (await store.delete(id)) ? send(200, { ok: true }) : send(404, { error: 'no such request' });
      }
      case 'forget': {
        const f = checkForget(body);
        if ('problem' in f) return send(400, { error: f.problem });
        return send(200, { deleted: await store.forget(f.code) });
      }
      default:
        return send(404, { error: 'not found' });
    }
  };

  const prefix = path.replace(/\/+$/, '');
  /** @type {Receiver} */
  const receiver = Object.assign(
    /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} */
    (req, res) => {
      let url;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        return false;
      }
      // Route on the path as sent: URL resolution turns `E/inbox/..` (or `%2e%2e`) into `E/`,
      // which would answer 405 for a route that does not exist instead of 404.
      const sent = req.url ?? '/';
      const pathname = sent.startsWith('/') ? (sent.split(/[?#]/, 1)[0] ?? '/') : url.pathname;
      if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return false;
      res.on('error', () => undefined);
      handle(req, res, pathname.slice(prefix.length), url.searchParams).catch((/** @type {unknown} */ err) => {
        log(`support-form receiver: unexpected ${err instanceof Error ? err.name : 'error'}; answered 500`);
        answerAndClose(req, res, 500, { error: 'receiver error' }, log);
      });
      return true;
    },
    {
      store,
      purged,
      close: async () => {
        clearInterval(timer);
        await purged;
        await store.close();
      },
    },
  );
  return receiver;
}
