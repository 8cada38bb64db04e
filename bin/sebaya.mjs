#!/usr/bin/env node
// @ts-check
/**
 * The Sebaya command line for support teams (Node 20+, no build step).
 *
 *   sebaya keygen [--out sebaya-private-key.json] [--force]
 *       Makes a P-256 key pair for <sebaya-support-form>. Writes the PRIVATE key to a file only
 *       the team keeps (mode 600) and prints the PUBLIC key (a JWK) to paste into the site config
 *       as `supportForm.publicKey`.
 *
 *   sebaya open <file|-> [--key sebaya-private-key.json] [--json]
 *       Opens received envelopes: a JSON array, JSON lines, or the demo receiver's store file.
 *       Prints each request; skips (and reports on stderr) any it cannot open. Exit code 0 when
 *       every envelope opened, 2 when some were skipped, 1 on a usage error.
 *
 * HPKE (RFC 9180): DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode,
 * info "sebaya/support-request/v1", associated data = the envelope id (UTF-8).
 * The functions below are exported so tests and servers can use the same logic.
 */
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { readFileSync, realpathSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const SUITE = 'DHKEM-P256-HKDF-SHA256/HKDF-SHA256/AES-128-GCM';
export const INFO = 'sebaya/support-request/v1';
export const DEFAULT_KEY_FILE = 'sebaya-private-key.json';

const utf8 = new TextEncoder();
const B64URL = /^[A-Za-z0-9_-]+$/;

/** @returns {CipherSuite} */
export function createSuite() {
  return new CipherSuite({ kem: new DhkemP256HkdfSha256(), kdf: new HkdfSha256(), aead: new Aes128Gcm() });
}

/**
 * @typedef {{ kty: 'EC', crv: 'P-256', x: string, y: string, d?: string, kid?: string }} EcJwk
 * @typedef {{ comment: string, created: string, suite: string, info: string, privateKey: EcJwk, publicKey: EcJwk }} KeyFile
 * @typedef {{ topic?: string, message?: string, urgency?: string, lang?: string, contact?: { method: string, value?: string } }} SupportRequest
 * @typedef {{ id: string, sentAt: string, sealed: boolean, request: SupportRequest, receivedAt?: string }} Opened
 * @typedef {{ where: string, id?: string, reason: string }} Skipped
 */

/**
 * A new key pair as a key file (private + public JWK).
 * @param {string} [comment]
 * @returns {Promise<KeyFile>}
 */
export async function generateKeyFile(comment = 'PRIVATE KEY of the support team for <sebaya-support-form>. Keep it secret; never put it on a website.') {
  const pair = /** @type {CryptoKeyPair} */ (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
  const priv = /** @type {EcJwk} */ (await crypto.subtle.exportKey('jwk', pair.privateKey));
  const kid = `sebaya-${new Date().toISOString().slice(0, 10)}-${crypto.randomUUID().slice(0, 8)}`;
  const privateKey = /** @type {EcJwk} */ ({ kty: 'EC', crv: 'P-256', x: priv.x, y: priv.y, d: priv.d, kid });
  const publicKey = /** @type {EcJwk} */ ({ kty: 'EC', crv: 'P-256', x: priv.x, y: priv.y, kid });
  return { comment, created: new Date().toISOString(), suite: SUITE, info: INFO, privateKey, publicKey };
}

/**
 * Reads a key file (or a bare private JWK).
 * @param {string} text
 * @returns {EcJwk}
 */
export function parseKeyFile(text) {
  const json = JSON.parse(text);
  const jwk = json && typeof json === 'object' && json.privateKey ? json.privateKey : json;
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') throw new Error('not a P-256 private key (expected the file written by `sebaya keygen`)');
  return jwk;
}

/**
 * @param {string} text
 * @returns {Uint8Array}
 */
function fromBase64url(text) {
  if (typeof text !== 'string' || !B64URL.test(text)) throw new Error('not base64url');
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

/** @type {WeakMap<object, Promise<CryptoKey>>} */
const importedKeys = new WeakMap();

/**
 * Opens one envelope with the team's private key. Unsealed envelopes are returned as they are.
 * Throws an Error whose message says why it cannot be opened.
 * @param {unknown} envelope
 * @param {EcJwk} privateJwk
 * @returns {Promise<Opened>}
 */
export async function openEnvelope(envelope, privateJwk) {
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) throw new Error('not an envelope object');
  const e = /** @type {Record<string, unknown>} */ (envelope);
  if (e.v !== 1) throw new Error(`unsupported version ${JSON.stringify(e.v)}`);
  if (typeof e.id !== 'string' || !e.id) throw new Error('no id');
  const id = e.id;
  const sentAt = typeof e.sentAt === 'string' ? e.sentAt : '';
  if (e.sealed === false) {
    if (!e.request || typeof e.request !== 'object') throw new Error('unsealed envelope without a request');
    return { id, sentAt, sealed: false, request: /** @type {SupportRequest} */ (e.request) };
  }
  if (e.sealed !== true) throw new Error('"sealed" must be true or false');
  if (e.suite !== SUITE) throw new Error(`unknown suite ${JSON.stringify(e.suite)}`);
  const enc = fromBase64url(/** @type {string} */ (e.enc));
  const ct = fromBase64url(/** @type {string} */ (e.ct));
  const suite = createSuite();
  let key = importedKeys.get(privateJwk);
  if (!key) {
    const { kty, crv, x, y, d } = privateJwk;
    key = suite.kem.importKey('jwk', { kty, crv, x, y, d }, false);
    importedKeys.set(privateJwk, key);
  }
  let plain;
  try {
    plain = await suite.open({ recipientKey: await key, enc, info: utf8.encode(INFO) }, ct, utf8.encode(id));
  } catch {
    throw new Error('cannot decrypt (another key, or the envelope was changed)');
  }
  const request = JSON.parse(new TextDecoder().decode(plain));
  return { id, sentAt, sealed: true, request };
}

/**
 * Splits input into envelopes: a JSON array, one JSON document, or JSON lines. Lines of the
 * receiver's store file look like `{ "receivedAt": "…", "envelope": { … } }`.
 * @param {string} text
 * @returns {{ items: { where: string, envelope: unknown, receivedAt?: string }[], errors: Skipped[] }}
 */
export function parseEnvelopes(text) {
  /** @type {{ where: string, envelope: unknown, receivedAt?: string }[]} */
  const items = [];
  /** @type {Skipped[]} */
  const errors = [];
  /** @param {unknown} value @param {string} where */
  const add = (value, where) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'envelope' in value) {
      const rec = /** @type {{ envelope: unknown, receivedAt?: unknown }} */ (value);
      items.push({ where, envelope: rec.envelope, ...(typeof rec.receivedAt === 'string' ? { receivedAt: rec.receivedAt } : {}) });
    } else items.push({ where, envelope: value });
  };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { items, errors };
  try {
    const whole = JSON.parse(trimmed);
    if (Array.isArray(whole)) whole.forEach((v, i) => add(v, `item ${i + 1}`));
    else add(whole, 'document');
    return { items, errors };
  } catch {
    // not one JSON document: JSON lines
  }
  trimmed.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      add(JSON.parse(line), `line ${i + 1}`);
    } catch (err) {
      errors.push({ where: `line ${i + 1}`, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` });
    }
  });
  return { items, errors };
}

/**
 * Opens everything in `text`; never throws for one bad envelope.
 * @param {string} text
 * @param {EcJwk} privateJwk
 * @returns {Promise<{ opened: Opened[], skipped: Skipped[] }>}
 */
export async function openAll(text, privateJwk) {
  const { items, errors } = parseEnvelopes(text);
  /** @type {Opened[]} */
  const opened = [];
  const skipped = [...errors];
  for (const item of items) {
    try {
      const o = await openEnvelope(item.envelope, privateJwk);
      opened.push(item.receivedAt ? { ...o, receivedAt: item.receivedAt } : o);
    } catch (err) {
      const id = item.envelope && typeof item.envelope === 'object' && typeof (/** @type {{id?: unknown}} */ (item.envelope).id) === 'string' ? String(/** @type {{id: string}} */ (item.envelope).id) : undefined;
      skipped.push({ where: item.where, ...(id ? { id } : {}), reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { opened, skipped };
}

/** The reference code a visitor quotes: first 8 hex digits of the id, `AB12-CD34`. */
/** @param {string} id */
export function referenceCode(id) {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/**
 * Makes text safe for a terminal: control characters (escape sequences could rewrite the
 * screen) are shown as \u{…}; newlines and tabs are kept.
 * @param {unknown} value
 */
export function terminalSafe(value) {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return String(value ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/**
 * JSON on one line that is also safe for a terminal: JSON.stringify escapes C0 controls; C1
 * controls and bidi overrides are escaped here (as valid JSON `\\uXXXX`).
 * @param {unknown} value
 */
export function jsonLine(value) {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** @param {Opened} o */
function formatOpened(o) {
  const r = o.request ?? {};
  const contact = r.contact ? `${r.contact.method}${r.contact.value ? ` ${r.contact.value}` : ''}` : 'none';
  const lines = [
    `── ${referenceCode(o.id)}  id ${o.id}  sent ${o.sentAt || '?'}${o.receivedAt ? `  received ${o.receivedAt}` : ''}  ${o.sealed ? '[sealed]' : '[NOT sealed]'}`,
    `topic: ${r.topic ?? ''}   urgency: ${r.urgency ?? ''}${r.urgency === 'now' ? '  (!!)' : ''}   language: ${r.lang ?? ''}`,
    `contact: ${contact}`,
    'message:',
    ...String(r.message ?? '')
      .split('\n')
      .map((l) => `  ${l}`),
    '',
  ];
  return terminalSafe(lines.join('\n'));
}

/** @param {NodeJS.ReadableStream} stream */
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * @param {string[]} argv
 * @param {{ stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, stdin: NodeJS.ReadableStream }} io
 * @returns {Promise<number>} exit code
 */
export async function main(argv, io = process) {
  const [command, ...rest] = argv;
  /** @param {string} name */
  const option = (name) => {
    const i = rest.indexOf(name);
    if (i < 0) return undefined;
    const value = rest[i + 1];
    rest.splice(i, 2);
    return value;
  };
  /** @param {string} name */
  const flag = (name) => {
    const i = rest.indexOf(name);
    if (i >= 0) rest.splice(i, 1);
    return i >= 0;
  };
  if (command === 'keygen') {
    const out = option('--out') ?? DEFAULT_KEY_FILE;
    const force = flag('--force');
    if (existsSync(out) && !force) {
      io.stderr.write(`${out} exists; not overwriting a key (use --force, and keep the old one to open old requests).\n`);
      return 1;
    }
    const file = await generateKeyFile();
    writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    io.stderr.write(`Private key written to ${out}. Keep it secret and backed up: without it, sealed requests cannot be read.\nPaste this public key into your site config as "supportForm": { "publicKey": … }:\n`);
    io.stdout.write(`${JSON.stringify(file.publicKey, null, 2)}\n`);
    return 0;
  }
  if (command === 'open') {
    const keyPath = option('--key') ?? process.env.SEBAYA_KEY ?? DEFAULT_KEY_FILE;
    const json = flag('--json');
    const input = rest[0];
    if (!input) {
      io.stderr.write('usage: sebaya open <file|-> [--key sebaya-private-key.json] [--json]\n');
      return 1;
    }
    let key;
    try {
      key = parseKeyFile(readFileSync(keyPath, 'utf8'));
    } catch (err) {
      io.stderr.write(`cannot read the private key ${keyPath}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
    const text = input === '-' ? await readAll(io.stdin) : readFileSync(input, 'utf8');
    const { opened, skipped } = await openAll(text, key);
    for (const o of opened) io.stdout.write(json ? `${jsonLine(o)}\n` : `${formatOpened(o)}\n`);
    for (const s of skipped) io.stderr.write(`skipped ${s.where}${s.id ? ` (id ${terminalSafe(s.id)})` : ''}: ${terminalSafe(s.reason)}\n`);
    io.stderr.write(`${opened.length} opened, ${skipped.length} skipped\n`);
    return skipped.length ? 2 : 0;
  }
  io.stderr.write('usage:\n  sebaya keygen [--out sebaya-private-key.json] [--force]\n  sebaya open <file|-> [--key sebaya-private-key.json] [--json]\n');
  return command ? 1 : 0;
}

const invokedDirectly = (() => {
  try {
    return Boolean(process.argv[1]) && import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
})();
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
