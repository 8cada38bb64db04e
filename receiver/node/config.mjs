// @ts-check
/**
 * The `sebaya serve` config (a JSON file; keys as in docs/receiver-contract.md and the PHP
 * receiver's config): checked key by key, so a bad config stops the start with a message that
 * names the key. Keys starting with "$" (`$comment`, `$schema`) are ignored.
 *
 *   {
 *     "credentials": ["sha256:<64 hex>"],    coordinator credentials (none: the inbox is closed)
 *     "allowOrigins": ["https://desa.example"], exact origins, or "*" (default: none, same origin)
 *     "retentionDays": 90,                  1–3650
 *     "maxBodyBytes": 65536,
 *     "minPowBits": 0,
 *     "rateLimits": { "submit": { "burst": 10, "refillSeconds": 360 }, … } or false,
 *     "path": "/api/support", "host": "127.0.0.1", "port": 8787,
 *     "store": ".data/requests.jsonl"       or "database": "postgres://…"
 *   }
 *
 * A relative `store` in the file is taken from the file's folder; from a flag or by default,
 * from the current folder.
 */
import { dirname, resolve } from 'node:path';
import { isCredentialHash } from './auth.mjs';
import { DEFAULT_RATE_LIMITS } from './receiver.mjs';

export class ConfigError extends Error {}

/**
 * @typedef {{
 *   credentials: string[], allowOrigins: string[], retentionDays: number, maxBodyBytes: number,
 *   minPowBits: number, rateLimits: import('./receiver.mjs').RateLimits | false, path: string,
 *   host: string, port: number, store: string, database?: string,
 * }} ServeConfig
 */

const KEYS = [
  'credentials',
  'allowOrigins',
  'retentionDays',
  'maxBodyBytes',
  'minPowBits',
  'rateLimits',
  'path',
  'host',
  'port',
  'store',
  'database',
];

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * @param {unknown} v
 * @param {number} min
 * @param {number} max
 * @returns {v is number}
 */
const isInt = (v, min, max) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Checks a config value (the parsed file, flags already merged in) and fills in the defaults.
 * Throws a ConfigError naming the first bad key.
 * @param {unknown} value
 * @param {{ base?: string }} [options] the folder a relative `store` is taken from
 * @returns {ServeConfig}
 */
export function checkConfig(value, { base = process.cwd() } = {}) {
  if (!isObject(value)) throw new ConfigError('the config must be a JSON object');
  const c = value;
  const unknown = Object.keys(c).find((k) => !KEYS.includes(k) && !k.startsWith('$'));
  if (unknown) throw new ConfigError(`unknown key "${unknown.slice(0, 40)}" (known: ${KEYS.join(', ')})`);
  /** @param {string} key @param {string} what */
  const bad = (key, what) => new ConfigError(`"${key}" ${what}`);

  const credentials = c.credentials ?? [];
  if (!Array.isArray(credentials)) throw bad('credentials', 'must be an array of "sha256:<64 hex>" lines');
  credentials.forEach((h, i) => {
    if (!isCredentialHash(h))
      throw bad(
        `credentials[${i}]`,
        'must be "sha256:" followed by 64 lower-case hex digits (see `sebaya credential`)',
      );
  });
  const allowOrigins = c.allowOrigins ?? [];
  if (!Array.isArray(allowOrigins)) throw bad('allowOrigins', 'must be an array of origins');
  allowOrigins.forEach((o, i) => {
    if (o !== '*' && (typeof o !== 'string' || !/^https?:\/\/[^/?#\s@]+$/.test(o)))
      throw bad(`allowOrigins[${i}]`, 'must be "*" or an origin such as "https://desa.example" (no path)');
  });
  const retentionDays = c.retentionDays ?? 90;
  if (!isInt(retentionDays, 1, 3650)) throw bad('retentionDays', 'must be a whole number of days, 1 to 3650');
  const maxBodyBytes = c.maxBodyBytes ?? 65536;
  if (!isInt(maxBodyBytes, 1024, 16 * 1024 * 1024)) throw bad('maxBodyBytes', 'must be 1024 to 16777216');
  const minPowBits = c.minPowBits ?? 0;
  if (!isInt(minPowBits, 0, 32)) throw bad('minPowBits', 'must be 0 to 32');

  const rateLimits = c.rateLimits ?? {};
  if (rateLimits !== false) {
    if (!isObject(rateLimits)) throw bad('rateLimits', 'must be an object or false');
    for (const [kind, bucket] of Object.entries(rateLimits)) {
      if (!(kind in DEFAULT_RATE_LIMITS))
        throw bad(`rateLimits.${kind.slice(0, 40)}`, `is not a limit (${Object.keys(DEFAULT_RATE_LIMITS).join(', ')})`);
      if (bucket === false) continue;
      if (
        !isObject(bucket) ||
        Object.keys(bucket).some((k) => k !== 'burst' && k !== 'refillSeconds') ||
        !isInt(bucket.burst, 1, 1_000_000) ||
        typeof bucket.refillSeconds !== 'number' ||
        !(bucket.refillSeconds > 0 && bucket.refillSeconds <= 86_400)
      )
        throw bad(`rateLimits.${kind}`, 'must be { "burst": 1…, "refillSeconds": > 0 } or false');
    }
  }
  const path = c.path ?? '/api/support';
  if (typeof path !== 'string' || !/^\/[A-Za-z0-9._~\-/]*$/.test(path) || path.includes('//'))
    throw bad('path', 'must be a URL path such as "/api/support"');
  const host = c.host ?? '127.0.0.1';
  if (typeof host !== 'string' || !host || host.length > 255) throw bad('host', 'must be a host name or address');
  const port = c.port ?? 8787;
  if (!isInt(port, 0, 65535)) throw bad('port', 'must be 0 to 65535 (0: any free port)');
  if (c.store !== undefined && c.database !== undefined)
    throw bad('database', 'and "store" are both set: give one (a database or a file store)');
  if (c.store !== undefined && (typeof c.store !== 'string' || !c.store)) throw bad('store', 'must be a file path');
  const database = c.database;
  if (database !== undefined && (typeof database !== 'string' || !/^postgres(ql)?:\/\//.test(database)))
    throw bad('database', 'must be a PostgreSQL URL, postgres://user:password@host:5432/name');
  return {
    credentials: /** @type {string[]} */ (credentials),
    allowOrigins: /** @type {string[]} */ (allowOrigins),
    retentionDays,
    maxBodyBytes,
    minPowBits,
    rateLimits: /** @type {import('./receiver.mjs').RateLimits | false} */ (rateLimits),
    path: path.length > 1 ? path.replace(/\/$/, '') : path,
    host,
    port,
    store: resolve(base, typeof c.store === 'string' ? c.store : '.data/requests.jsonl'),
    ...(database ? { database } : {}),
  };
}

/**
 * The config of `sebaya serve`: the file (`--config`), then the flags over it.
 * @param {{ configText?: string, configPath?: string, flags: Record<string, string | undefined> }} input
 * @returns {ServeConfig}
 */
export function serveConfig({ configText, configPath, flags }) {
  /** @type {Record<string, unknown>} */
  let file = {};
  if (configText !== undefined) {
    try {
      file = JSON.parse(configText);
    } catch (err) {
      throw new ConfigError(
        `the config file is not JSON (${err instanceof Error ? err.message.slice(0, 80) : 'error'})`,
      );
    }
    if (!isObject(file)) throw new ConfigError('the config must be a JSON object');
  }
  const merged = { ...file };
  /** @type {Record<string, string>} */
  const storeFrom = {};
  if (flags.port !== undefined) {
    if (!/^\d{1,5}$/.test(flags.port)) throw new ConfigError('"--port" must be a number, 0 to 65535');
    merged.port = Number(flags.port);
  }
  if (flags.host !== undefined) merged.host = flags.host;
  if (flags.store !== undefined) {
    merged.store = resolve(flags.store);
    delete merged.database;
    storeFrom.store = 'flag';
  }
  if (flags.database !== undefined) {
    merged.database = flags.database;
    delete merged.store;
  }
  const base = configPath && !storeFrom.store ? dirname(resolve(configPath)) : process.cwd();
  return checkConfig(merged, { base });
}
