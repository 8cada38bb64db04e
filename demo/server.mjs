// @ts-check
// The demo village website: serves demo/ at /, the built library at /dist/, the site config at
// /sebaya.json, the reference receiver (receiver/node/) at /api/support, and the DEMO ONLY private
// key and coordinator credential at /demo-coordinator/ (only there: they are what the demo's
// "coordinator" opens and reads the demo's requests with; anyone can, so they are never a real
// team's). The receiver allows every origin (`allowOrigins: ["*"]`) and keeps requests 90 days.
// Plain Node, no dependencies. Served with the strict security headers a careful host would use,
// so the demo also proves Sebaya works under them.
//
// The support requests are stored in $SEBAYA_STORE, by default `.data/requests.jsonl` at the
// repository root: outside every served folder (the server refuses a store inside one), folder
// 0700, file 0600, locked to one receiver.
//
//   node demo/server.mjs            PORT (8080), HOST (127.0.0.1), SEBAYA_STORE
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { createReceiver } from '../receiver/node/receiver.mjs';
import { credentialHash } from '../receiver/node/auth.mjs';
import { DEMO_CREDENTIAL } from './coordinator/demo-credential.mjs';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_STORE = join(ROOT, '.data', 'requests.jsonl');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; require-trusted-types-for 'script'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=()',
};

const DEMO_ONLY_HEADERS = {
  'X-Sebaya-Demo-Only':
    'This private key is public. It opens only the demo site requests; never use it for a real team.',
  'X-Robots-Tag': 'noindex',
  'Cache-Control': 'no-store',
};

/**
 * URL prefix → folder, the sub-folders of it that are not served there, extra headers.
 * @type {{ prefix: string, dir: string, hidden?: string[], headers?: Record<string, string> }[]}
 */
const MOUNTS = [
  { prefix: '/demo-coordinator/', dir: join(ROOT, 'demo', 'coordinator'), headers: DEMO_ONLY_HEADERS },
  { prefix: '/dist/', dir: join(ROOT, 'dist') },
  { prefix: '/', dir: join(ROOT, 'demo'), hidden: ['coordinator'] },
];

/** @param {string} child @param {string} parent */
const isInside = (child, parent) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
};

/**
 * The demo server (not yet listening).
 * @param {{ store?: string, receiver?: import('../receiver/node/receiver.mjs').ReceiverOptions, log?: (line: string) => void }} [options]
 */
export function createDemoServer({
  store = DEFAULT_STORE,
  receiver: receiverOptions = {},
  log = (line) => console.error(line),
} = {}) {
  const storePath = resolve(store);
  for (const { dir } of MOUNTS) {
    if (isInside(storePath, dir))
      throw new Error(`the support-request store must not be inside a served folder (${dir}): ${storePath}`);
  }
  const receiver = createReceiver(storePath, {
    allowOrigins: ['*'],
    credentials: [credentialHash(DEMO_CREDENTIAL)],
    retentionDays: 90,
    log,
    ...receiverOptions,
  });

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {string} body */
  const send = (res, status, body) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end(body);
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const serveStatic = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      log(`demo server: 400 malformed path`);
      return send(res, 400, 'Bad request: malformed path');
    }
    if (pathname.includes('\0')) return send(res, 400, 'Bad request: malformed path');
    for (const { prefix, dir, hidden = [], headers = {} } of MOUNTS) {
      if (!pathname.startsWith(prefix)) continue;
      let file = normalize(join(dir, pathname.slice(prefix.length)));
      if (!isInside(file, dir)) return send(res, 403, 'Forbidden');
      const rel = relative(dir, file);
      if (rel.split(sep).some((part) => part.startsWith('.')) || hidden.some((h) => isInside(file, join(dir, h))))
        continue;
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) continue;
      res.writeHead(200, {
        'Content-Type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...SECURITY_HEADERS,
        ...headers,
      });
      if (req.method === 'HEAD') return void res.end();
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      return;
    }
    send(res, 404, 'Not found');
  };

  const server = createServer((req, res) => {
    res.on('error', () => undefined);
    try {
      if (receiver(req, res)) return;
    } catch {
      log('demo server: receiver failed; answered 500');
      return send(res, 500, 'Server error');
    }
    serveStatic(req, res).catch((/** @type {unknown} */ err) => {
      log(`demo server: ${err instanceof Error ? err.name : 'error'} while serving a file; answered 500`);
      send(res, 500, 'Server error');
    });
  });
  // Slow clients: headers within 10 s, a whole request within 30 s (the receiver has its own,
  // shorter body deadline).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('close', () => void receiver.close());
  return { server, receiver, store: storePath };
}

const invokedDirectly = (() => {
  try {
    return Boolean(process.argv[1]) && import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  let demo;
  try {
    demo = createDemoServer({ store: process.env.SEBAYA_STORE ?? DEFAULT_STORE });
  } catch (err) {
    console.error(`Sebaya demo cannot start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  const { server, store } = demo;
  console.log(`Support requests are stored in ${store}`);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      void demo.receiver.close().finally(() => process.exit(0));
    });
  }
  server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Sebaya demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`);
  });
}
