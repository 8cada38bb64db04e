// The demo village website: serves demo/ at /, the built library at /dist/, the site config at
// /sebaya.json, and (when present) the reference support-form receiver at /api/support.
// Plain Node, no dependencies. Served with the strict security headers a careful host would use,
// so the demo also proves Sebaya works under them.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

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
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; require-trusted-types-for 'script'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=()',
};

/** URL prefix → folder. */
const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/', join(root, 'demo')],
];

let receiver;
const receiverModule = join(root, 'demo', 'receiver.mjs');
if (existsSync(receiverModule)) {
  const mod = await import(pathToFileURL(receiverModule).href);
  const store = process.env.SEBAYA_STORE ?? join(root, 'demo', 'data', 'requests.jsonl');
  receiver = mod.createReceiver?.(store);
  if (receiver) console.log(`Support requests are stored in ${store}`);
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  res.end(body);
}

const server = createServer(async (req, res) => {
  try {
    if (receiver && (await receiver(req, res))) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const pathname = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of MOUNTS) {
      if (!pathname.startsWith(prefix)) continue;
      let file = normalize(join(dir, pathname.slice(prefix.length)));
      if (!file.startsWith(dir)) return send(res, 403, 'Forbidden');
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
      return;
    }
    send(res, 404, 'Not found');
  } catch (err) {
    console.error(err);
    if (!res.headersSent) send(res, 500, 'Server error');
  }
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Sebaya demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`);
});
