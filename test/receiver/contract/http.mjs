// @ts-check
/**
 * HTTP for the contract suite. Every answer that passes through `ask` (or `raw`) is checked
 * against the rules that hold for every route: never a 5xx; a JSON body with
 * `Cache-Control: no-store` unless 204; an error is `{ "error": "<short reason>" }` and names no
 * file, stack or database; never `Access-Control-Allow-Credentials`.
 */
import assert from 'node:assert/strict';
import { rawHttp } from '../php-harness.mjs';

/**
 * @typedef {{ status: number, headers: Headers, json: any, text: string }} Answer
 * @typedef {{ method?: string, body?: unknown, credential?: string, headers?: Record<string, string>, type?: string | null, unavailable?: boolean }} Ask
 */

/** What an error text must never show: a stack, a path on disk, a database or PHP message. */
const LEAKS =
  /\bat \S+:\d+|\/tmp\/|\/home\/|\.php\b|\.mjs\b|SQLSTATE|sqlite|mysql|maria|postgres|pg_|Traceback|Fatal|Warning:|Notice:/i;

/**
 * The checks every answer gets; `what` names the request in failures.
 * @param {{ status: number, header: (name: string) => string | null, text: string }} res
 * @param {string} what
 * @param {{ unavailable?: boolean }} [options] `unavailable`: a 503 is what the test asks for
 */
export function checkAnswer(res, what, { unavailable = false } = {}) {
  const ok = (res.status >= 200 && res.status < 500) || (unavailable && res.status === 503);
  assert.ok(ok, `${what}: ${res.status} ${res.text.slice(0, 200)}`);
  assert.equal(res.header('access-control-allow-credentials'), null, `${what}: Allow-Credentials`);
  if (res.status === 204) {
    assert.equal(res.text, '', `${what}: 204 with a body`);
    return undefined;
  }
  assert.equal(res.header('cache-control'), 'no-store', `${what}: Cache-Control`);
  assert.match(res.header('content-type') ?? '', /^application\/json; ?charset=utf-8$/i, `${what}: Content-Type`);
  let json;
  try {
    json = JSON.parse(res.text);
  } catch {
    assert.fail(`${what}: the body is not JSON: ${res.text.slice(0, 200)}`);
  }
  if (res.status >= 400) {
    assert.ok(
      json && typeof json === 'object' && !Array.isArray(json),
      `${what}: error body ${res.text.slice(0, 200)}`,
    );
    assert.equal(typeof json.error, 'string', `${what}: no "error" in ${res.text.slice(0, 200)}`);
    assert.ok(json.error.length > 0 && json.error.length <= 200, `${what}: error text length`);
    assert.doesNotMatch(json.error, LEAKS, `${what}: the error leaks: ${json.error}`);
  }
  return json;
}

/**
 * One exchange with `fetch`. A body that is not a string is sent as JSON with
 * `Content-Type: application/json` (`type` replaces it; null sends none).
 * @param {string} url
 * @param {Ask} [options]
 * @returns {Promise<Answer>}
 */
export async function ask(url, { method = 'GET', body, credential, headers = {}, type, unavailable } = {}) {
  /** @type {Record<string, string>} */
  const h = { ...headers };
  const contentType = type === undefined ? (body !== undefined ? 'application/json' : undefined) : type;
  if (contentType) h['Content-Type'] = contentType;
  if (credential !== undefined) h.Authorization = `Bearer ${credential}`;
  /** @type {string | Blob | undefined} */
  const payload =
    body === undefined
      ? undefined
      : typeof body === 'string'
        ? body
        : body instanceof Uint8Array
          ? new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (body)])
          : JSON.stringify(body);
  const res = await fetch(url, { method, headers: h, body: payload, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  const what = `${method} ${new URL(url).pathname.slice(-60)}${new URL(url).search.slice(0, 40)}`;
  const json = checkAnswer({ status: res.status, header: (n) => res.headers.get(n), text }, what, { unavailable });
  return { status: res.status, headers: res.headers, json, text };
}

/** A 4xx answer with `{ error }`: returns the answer. @param {Answer} res @param {number} status @param {string} [what] */
export function refused(res, status, what = '') {
  assert.equal(res.status, status, `${what}: expected ${status}, got ${res.status} ${res.text.slice(0, 200)}`);
  return res;
}

/**
 * One request over a socket, for paths fetch would resolve (`..`) or bytes it would not send.
 * `path` is appended to E's path as it is. The answer is not checked (see `checkAnswer`).
 * @param {string} E
 * @param {{ method?: string, path?: string, headers?: Record<string, string>, body?: string | Buffer }} request
 */
export async function raw(E, { method = 'GET', path = '', headers = {}, body }) {
  const url = new URL(E);
  const head = [
    `${method} ${url.pathname}${path} HTTP/1.1`,
    `Host: ${url.host}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ...(body !== undefined ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
    'Connection: close',
  ].join('\r\n');
  const res = await rawHttp(E, Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body ?? '')]));
  let text = res.body;
  if (/chunked/i.test(res.headers['transfer-encoding'] ?? '')) text = unchunk(text);
  return {
    status: res.status,
    headers: res.headers,
    text,
    header: (/** @type {string} */ n) => res.headers[n] ?? null,
  };
}

/** The body of a chunked answer. @param {string} text */
function unchunk(text) {
  let out = '';
  let rest = text;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, eol), 16);
    if (!(size > 0)) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}
