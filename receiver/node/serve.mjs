// @ts-check
/**
 * `sebaya serve` and `sebaya credential` (bin/sebaya.mjs hands these two commands over here).
 *
 *   sebaya serve [--config sebaya-receiver.json] [--port 8787] [--host 127.0.0.1]
 *                [--store .data/requests.jsonl | --database postgres://…]
 *       Runs the receiver (config keys: config.mjs). When it listens it prints one line on stdout,
 *       `sebaya receiver listening on http://<host>:<port><path>`; SIGTERM or SIGINT: it stops
 *       taking requests, finishes the writes under way, releases the store and exits 0. A bad
 *       config, a store in use or a database it cannot reach: exit 1 with a message.
 *
 *   sebaya credential
 *       Prints a new coordinator credential (for the inbox) and the `sha256:` line for the
 *       receiver's `credentials`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { credentialHash, newCredential } from './auth.mjs';
import { ConfigError, serveConfig } from './config.mjs';
import { createReceiver } from './receiver.mjs';
import { openStore } from './store.mjs';

/**
 * @typedef {{ stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream }} Io
 */

/**
 * `sebaya credential`.
 * @param {Io} io
 */
export function credentialCommand(io) {
  const credential = newCredential();
  io.stderr.write(
    'A new coordinator credential. Give the first line to the team (it opens the inbox; keep it like a password);\nput the second line in the receiver config\'s "credentials":\n',
  );
  io.stdout.write(`${credential}\n${credentialHash(credential)}\n`);
  return 0;
}

/**
 * The flags of `serve` (`--name value`); throws a ConfigError for another one.
 * @param {string[]} args
 */
function flagsOf(args) {
  /** @type {Record<string, string | undefined>} */
  const flags = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const m = /^--(config|port|host|store|database)$/.exec(name);
    if (!m) throw new ConfigError(`unknown option ${JSON.stringify(name.slice(0, 40))}`);
    const value = args[i + 1];
    if (value === undefined) throw new ConfigError(`${name} needs a value`);
    flags[m[1] ?? ''] = value;
  }
  return flags;
}

/**
 * `sebaya serve`: resolves with the exit code once the server has stopped (or could not start).
 * @param {string[]} args
 * @param {Io & { signals?: NodeJS.EventEmitter }} io `signals` (default `process`) emits SIGTERM/SIGINT
 * @returns {Promise<number>}
 */
export async function serveCommand(args, io) {
  const signals = io.signals ?? process;
  /** @param {string} line */
  const log = (line) => void io.stderr.write(`${line}\n`);
  /** @param {string} message */
  const fail = (message) => {
    io.stderr.write(`sebaya serve: ${message}\n`);
    return 1;
  };
  let config;
  try {
    const flags = flagsOf(args);
    let configText;
    if (flags.config !== undefined) {
      try {
        configText = readFileSync(flags.config, 'utf8');
      } catch (err) {
        return fail(
          `cannot read the config ${flags.config} (${/** @type {NodeJS.ErrnoException} */ (err).code ?? 'error'})`,
        );
      }
    }
    config = serveConfig({ configText, configPath: flags.config, flags });
  } catch (err) {
    if (err instanceof ConfigError) return fail(`config: ${err.message}`);
    throw err;
  }
  let store;
  try {
    store = await openStore({ store: config.store, database: config.database, log });
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  const receiver = createReceiver(store, { ...config, log });
  const server = createServer((req, res) => {
    res.on('error', () => undefined);
    if (receiver(req, res)) return;
    req.resume();
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: 'not found' }));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (_err, socket) => socket.destroy());
  const listening = await new Promise((resolve) => {
    server.once('error', (err) => resolve(err));
    server.listen(config.port, config.host, () => resolve(undefined));
  });
  if (listening) {
    await receiver.close();
    const code = /** @type {NodeJS.ErrnoException} */ (listening).code ?? 'error';
    return fail(`cannot listen on ${config.host}:${config.port} (${code})`);
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  io.stdout.write(`sebaya receiver listening on http://${host}:${port}${config.path}\n`);
  return new Promise((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      signals.off('SIGTERM', stop);
      signals.off('SIGINT', stop);
      // Stop taking connections; the requests under way are answered (at most 10 s), then the
      // store's pending writes finish and it is released.
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      server.close(() => {
        clearTimeout(force);
        clearInterval(idle);
        receiver.close().then(
          () => resolve(0),
          () => resolve(1),
        );
      });
      server.closeIdleConnections();
    };
    signals.on('SIGTERM', stop);
    signals.on('SIGINT', stop);
  });
}
