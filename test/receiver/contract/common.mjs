// @ts-check
/**
 * What the contract suite's tests share: the usual receiver config and its credentials, a
 * receiver per test, paging through the inbox, and the checks for path-like requests.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { credential } from './data.mjs';
import { ask, checkAnswer } from './http.mjs';

/**
 * @typedef {import('./targets.mjs').Instance} Instance
 * @typedef {{
 *   start: (config: Record<string, unknown>, env?: Record<string, string>) => Promise<Instance>,
 *   frontServer: boolean,
 * }} Context
 */

export const ORIGIN = 'https://desa.example';
export const cred = credential();
export const cred2 = credential();
/** The usual receiver: two credentials, one site, no rate limits (they have their own test). */
export const OPEN = { credentials: [cred.line, cred2.line], allowOrigins: [ORIGIN], rateLimits: false };
export const CREDENTIAL = cred.value;
export const auth = { credential: cred.value };

/**
 * Runs `body` with a receiver started from `config`, stopped afterwards whatever happens.
 * @param {Context} ctx
 * @param {Record<string, unknown>} config
 * @param {(r: Instance) => Promise<void>} body
 * @param {Record<string, string>} [env]
 */
export async function withReceiver(ctx, config, body, env) {
  const r = await ctx.start(config, env);
  try {
    await body(r);
  } finally {
    await r.stop();
  }
}

/** Every request in the inbox, page by page. @param {string} E @returns {Promise<any[]>} */
export async function listAll(E) {
  const items = [];
  let after = '';
  for (;;) {
    const page = await ask(`${E}/inbox?limit=500${after ? `&after=${after}` : ''}`, auth);
    assert.equal(page.status, 200);
    items.push(...page.json.requests);
    if (page.json.next === null) return items;
    after = page.json.next;
  }
}

/** @param {string} E @param {unknown} envelope */
export const submit = (E, envelope) => ask(E, { method: 'POST', body: envelope });

/**
 * A path-like request is answered by the receiver with `status` and a JSON error, or, where a web
 * server stands before the receiver and the decoded path leaves the receiver's script, by the web
 * server with a 4xx (the receiver never saw it).
 * @param {Context} ctx
 * @param {string} E
 * @param {string} path
 * @param {{ status: number, text: string, header: (name: string) => string | null }} res
 * @param {number} status
 */
export function expectPathRefused(ctx, E, path, res, status) {
  const base = new URL(E);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // not decodable: the path as it is
  }
  const resolved = new URL(`${base.pathname}${decoded}`.replace(/\0/g, ''), base).pathname;
  const leaves = !resolved.startsWith(`${base.pathname}/`) && resolved !== base.pathname;
  if (ctx.frontServer && leaves && !(res.header('content-type') ?? '').includes('json')) {
    assert.ok(res.status >= 400 && res.status < 500, `${path.slice(0, 60)}: the web server answered ${res.status}`);
    return;
  }
  assert.equal(res.status, status, `${path.slice(0, 60)}: ${res.status} ${res.text.slice(0, 120)}`);
  checkAnswer(res, path.slice(0, 60));
}

/** Header names of an answer but Date and connection details (no oracle in the headers either). @param {Headers} h */
export function headerNames(h) {
  return [...h.keys()]
    .filter((k) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k))
    .sort();
}

/**
 * Sends the head of a POST with a wrong credential and only `first` of a `length`-byte body;
 * resolves with the status if the answer comes within 5 s (0 if not).
 * @param {string} E
 * @param {string} path
 * @param {number} length
 * @param {string} first
 * @returns {Promise<number>}
 */
export function partialPost(E, path, length, first) {
  const url = new URL(E);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let head = '';
    const timer = setTimeout(() => (socket.destroy(), resolve(0)), 5000);
    socket.on('error', () => (clearTimeout(timer), resolve(0)));
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n')) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(head.split(' ')[1]));
    });
    socket.write(
      `POST ${url.pathname}${path} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer sbc_wrong\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${first}`,
    );
  });
}
