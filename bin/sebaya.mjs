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
 *       Opens received envelopes: JSON lines (the demo receiver's store file; read line by line,
 *       any size), a JSON array or one JSON document. Prints each request as soon as it is opened;
 *       skips (and reports on stderr) any it cannot open or whose content is not a request (wrong
 *       fields, types or shapes), one by one, so one bad request never hides the next. Exit code
 *       0 when every envelope opened, 2 when some were skipped, 1 on a usage error.
 *
 *   sebaya serve [--config sebaya-receiver.json] [--port 8787] [--host 127.0.0.1]
 *                [--store .data/requests.jsonl | --database postgres://…]
 *       Runs the receiver for the form and the team's inbox (receiver/node/serve.mjs).
 *
 *   sebaya credential
 *       Prints a new coordinator credential and the `sha256:` line for the receiver's config.
 *
 * HPKE (RFC 9180): DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode,
 * info "sebaya/support-request/v1", associated data = the envelope id (UTF-8).
 * The functions below are exported so tests and servers can use the same logic.
 */
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import {
  closeSync,
  createReadStream,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { envelopesOf } from './envelopes.mjs';
import { INFO, METHODS, SUITE, URGENCIES } from './wire.mjs';

export { INFO, METHODS, SUITE, URGENCIES };
export { envelopesOf };
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
 * @typedef {{ topic?: string, message?: string, urgency?: string, lang?: string, contact?: { method: string, value?: string }, reply?: { key: string, token: string } }} SupportRequest
 * @typedef {{ id: string, sentAt: string, sealed: boolean, request: SupportRequest, receivedAt?: string }} Opened
 * @typedef {{ where: string, id?: string, reason: string }} Skipped
 */

/**
 * A new key pair as a key file (private + public JWK).
 * @param {string} [comment]
 * @returns {Promise<KeyFile>}
 */
export async function generateKeyFile(
  comment = 'PRIVATE KEY of the support team for <sebaya-support-form>. Keep it secret; never put it on a website.',
) {
  const pair = /** @type {CryptoKeyPair} */ (
    await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])
  );
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
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string')
    throw new Error('not a P-256 private key (expected the file written by `sebaya keygen`)');
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

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * The request rebuilt from its known fields, each checked for its type and size; throws an Error
 * saying what is wrong. Unknown fields are dropped without being looked into, so a hostile
 * request (nested thousands deep, say) cannot stop the output.
 * @param {unknown} value
 * @returns {SupportRequest}
 */
export function checkRequest(value) {
  if (!isObject(value)) throw new Error('the request is not an object');
  const { topic, message, urgency, lang, contact, reply } = value;
  /** @param {unknown} v @param {number} max */
  const text = (v, max) => typeof v === 'string' && v.length <= max;
  if (!text(topic, 200)) throw new Error('the request has no valid "topic"');
  if (!text(message, 100_000)) throw new Error('the request has no valid "message"');
  if (typeof urgency !== 'string' || !URGENCIES.includes(urgency))
    throw new Error('the request has no valid "urgency"');
  if (!text(lang, 35)) throw new Error('the request has no valid "lang"');
  if (!isObject(contact) || typeof contact.method !== 'string' || !METHODS.includes(contact.method))
    throw new Error('the request has no valid "contact.method"');
  if (contact.value !== undefined && !text(contact.value, 254))
    throw new Error('the request has no valid "contact.value"');
  const method = contact.method;
  // The visitor's reply key and token (supportForm.replies) are kept for the inbox; a malformed pair is dropped.
  const replyTo = isObject(reply) && /^[\w-]{87}$/.test(String(reply.key)) && /^[\w-]{22}$/.test(String(reply.token));
  return {
    topic: /** @type {string} */ (topic),
    message: /** @type {string} */ (message),
    urgency,
    lang: /** @type {string} */ (lang),
    contact: contact.value === undefined ? { method } : { method, value: /** @type {string} */ (contact.value) },
    ...(replyTo ? { reply: { key: String(reply.key), token: String(reply.token) } } : {}),
  };
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
  if (typeof e.id !== 'string' || !e.id || e.id.length > 64) throw new Error('no id');
  const id = e.id;
  const sentAt = typeof e.sentAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.sentAt) ? e.sentAt : '';
  if (e.sealed === false) {
    if (!e.request || typeof e.request !== 'object') throw new Error('unsealed envelope without a request');
    return { id, sentAt, sealed: false, request: checkRequest(e.request) };
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
  let request;
  try {
    request = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new Error('the sealed content is not JSON');
  }
  return { id, sentAt, sealed: true, request: checkRequest(request) };
}

/**
 * Opens the envelopes of `stream` one at a time and hands each result on as soon as it is known;
 * never throws for one bad envelope.
 * @param {AsyncIterable<Buffer | Uint8Array | string>} stream
 * @param {EcJwk} privateJwk
 * @param {{ opened: (o: Opened) => void | Promise<void>, skipped: (s: Skipped) => void | Promise<void> }} on
 */
export async function openStream(stream, privateJwk, on) {
  for await (const item of envelopesOf(stream)) {
    if ('error' in item) {
      await on.skipped({ where: item.where, reason: item.error });
      continue;
    }
    let o;
    try {
      o = await openEnvelope(item.envelope, privateJwk);
    } catch (err) {
      const e = item.envelope;
      const id = isObject(e) && typeof e.id === 'string' ? e.id.slice(0, 64) : undefined;
      await on.skipped({
        where: item.where,
        ...(id ? { id } : {}),
        reason: err instanceof Error ? err.message : String(err),
      });
      continue;
    }
    await on.opened(item.receivedAt ? { ...o, receivedAt: item.receivedAt } : o);
  }
}

/**
 * Opens everything in `text` (see `envelopesOf`); never throws for one bad envelope.
 * @param {string} text
 * @param {EcJwk} privateJwk
 * @returns {Promise<{ opened: Opened[], skipped: Skipped[] }>}
 */
export async function openAll(text, privateJwk) {
  /** @type {Opened[]} */
  const opened = [];
  /** @type {Skipped[]} */
  const skipped = [];
  await openStream(Readable.from([Buffer.from(text, 'utf8')]), privateJwk, {
    opened: (o) => void opened.push(o),
    skipped: (s) => void skipped.push(s),
  });
  return { opened, skipped };
}

/** The reference code a visitor quotes: first 8 hex digits of the id, `AB12-CD34`. */
/** @param {string} id */
export function referenceCode(id) {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

/**
 * Characters a terminal must not get raw: control characters (C0 but newline and tab, DEL, C1:
 * escape sequences could rewrite the screen), format characters (bidi marks, embeddings,
 * overrides and isolates such as U+200F and U+061C, which reorder what is shown; invisible ones
 * such as U+200B, U+2060, U+FEFF and tag characters) and line/paragraph separators. The joiners
 * U+200C and U+200D stay: emoji and some scripts need them, and they move nothing.
 */
const UNSAFE = /(?![\n\t\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * Makes text safe for a terminal: the characters above are shown as \u{…}; newlines and tabs
 * are kept.
 * @param {unknown} value
 */
export function terminalSafe(value) {
  return String(value ?? '').replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/**
 * JSON on one line that is also safe for a terminal: JSON.stringify escapes C0 controls; the other
 * characters above are escaped here (as valid JSON `\\uXXXX`, a surrogate pair past U+FFFF).
 * @param {unknown} value
 */
export function jsonLine(value) {
  return JSON.stringify(value).replace(UNSAFE, (c) =>
    [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** @param {Opened} o */
function formatOpened(o) {
  const r = o.request ?? {};
  const contact = r.contact ? `${r.contact.method}${r.contact.value ? ` ${r.contact.value}` : ''}` : 'none';
  const lines = [
    `── ${referenceCode(o.id)}  id ${o.id}  sent ${o.sentAt || '?'}${o.receivedAt ? `  received ${o.receivedAt}` : ''}  ${o.sealed ? '[sealed]' : '[NOT sealed]'}`,
    `topic: ${r.topic ?? ''}   urgency: ${r.urgency ?? ''}${r.urgency === 'now' ? '  (!!)' : ''}   language: ${r.lang ?? ''}`,
    `contact: ${contact}${r.reply ? '   anonymous reply: possible (answer it from the inbox)' : ''}`,
    'message:',
    ...String(r.message ?? '')
      .split('\n')
      .map((l) => `  ${l}`),
    '',
  ];
  return terminalSafe(lines.join('\n'));
}

/**
 * Writes a secret file readable only by its owner (mode 600, whatever mode a file it replaces
 * had): into a new file created with mode 600, fsynced, then renamed into place. Without `force`
 * it never replaces a file (throws an EEXIST error).
 * @param {string} path
 * @param {string} text
 * @param {{ force?: boolean }} [options]
 */
export function writePrivateFile(path, text, { force = false } = {}) {
  const target = force
    ? join(dirname(path), `.${basename(path)}.${process.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`)
    : path;
  const fd = openSync(target, 'wx', 0o600);
  try {
    try {
      fchmodSync(fd, 0o600);
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) renameSync(target, path);
  } catch (err) {
    unlinkSync(target);
    throw err;
  }
}

/**
 * Writes `text`, waiting when the stream asks to (a store of any size, piped to a pager).
 * @param {NodeJS.WritableStream} stream
 * @param {string} text
 */
async function put(stream, text) {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
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
    const file = await generateKeyFile();
    try {
      writePrivateFile(out, `${JSON.stringify(file, null, 2)}\n`, { force });
    } catch (err) {
      const code = /** @type {NodeJS.ErrnoException} */ (err).code;
      io.stderr.write(
        code === 'EEXIST'
          ? `${out} exists; not overwriting a key (use --force, and keep the old one to open old requests).\n`
          : `cannot write ${out}: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      return 1;
    }
    io.stderr.write(
      `Private key written to ${out}. Keep it secret and backed up: without it, sealed requests cannot be read.\nPaste this public key into your site config as "supportForm": { "publicKey": … }:\n`,
    );
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
    const stream = input === '-' ? io.stdin : createReadStream(input);
    let opened = 0;
    let skipped = 0;
    /** @param {Skipped} s */
    const report = (s) => {
      skipped += 1;
      return put(
        io.stderr,
        `skipped ${terminalSafe(s.where)}${s.id ? ` (id ${terminalSafe(s.id)})` : ''}: ${terminalSafe(s.reason)}\n`,
      );
    };
    try {
      await openStream(/** @type {AsyncIterable<Buffer>} */ (stream), key, {
        opened: (o) => {
          let text;
          try {
            text = json ? `${jsonLine(o)}\n` : `${formatOpened(o)}\n`;
          } catch (err) {
            return report({
              where: 'output',
              id: o.id,
              reason: `cannot be shown (${err instanceof Error ? err.name : 'error'})`,
            });
          }
          opened += 1;
          return put(io.stdout, text);
        },
        skipped: report,
      });
    } catch (err) {
      io.stderr.write(
        `cannot read ${input === '-' ? 'the input' : input}: ${err instanceof Error ? terminalSafe(err.message) : 'error'}\n`,
      );
      return 1;
    }
    await put(io.stderr, `${opened} opened, ${skipped} skipped\n`);
    return skipped ? 2 : 0;
  }
  if (command === 'serve' || command === 'credential') {
    const { serveCommand, credentialCommand } = await import('../receiver/node/serve.mjs');
    return command === 'serve' ? serveCommand(rest, io) : credentialCommand(io);
  }
  io.stderr.write(
    [
      'usage:',
      '  sebaya keygen [--out sebaya-private-key.json] [--force]',
      '  sebaya open <file|-> [--key sebaya-private-key.json] [--json]',
      '  sebaya serve [--config sebaya-receiver.json] [--port 8787] [--host 127.0.0.1] [--store <file> | --database postgres://…]',
      '  sebaya credential',
      '',
    ].join('\n'),
  );
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
