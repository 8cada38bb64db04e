// @ts-check
/**
 * Per-address rate limits for the reference receiver: a token bucket per client address, in
 * memory only (addresses are never written or logged). The receiver keeps one limiter per kind
 * (submit, replies, authFailures, coordinator: see docs/receiver-contract.md and `config.mjs`).
 *
 * The defaults fit a village: a visitor sends one request, and the browser retries a few times
 * at most, so an address may send `burst` (10) requests at once and then one every `refillMs`
 * (6 minutes: 10 an hour). Beyond that the receiver answers 429 with `Retry-After`; the form
 * keeps the request and tries again later.
 */

/** @typedef {{ burst?: number, refillMs?: number, maxAddresses?: number, now?: () => number }} RateLimitOptions */

/**
 * The key an address is limited by: IPv4 as it is; IPv6 by its /64 (one household or phone gets a
 * whole /64, so single IPv6 addresses are free to change).
 * @param {string | undefined} address
 */
export function addressKey(address) {
  if (!address) return '?';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] ?? address;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * @typedef {((key: string) => number) & { peek: (key: string) => number }} RateLimit
 *   `limit(key)` takes one request for `key`: 0 when allowed, otherwise the milliseconds until the
 *   next one is; `limit.peek(key)` says the same without taking one.
 */

/** A limit that never says no. @type {RateLimit} */
export const NO_LIMIT = Object.assign(() => 0, { peek: () => 0 });

/**
 * @param {RateLimitOptions} [options]
 * @returns {RateLimit}
 */
export function createRateLimit({ burst = 10, refillMs = 6 * 60_000, maxAddresses = 10_000, now = Date.now } = {}) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  /** @param {string} key */
  const peek = (key) => {
    const b = buckets.get(key);
    if (!b) return 0;
    const tokens = Math.min(burst, b.tokens + (now() - b.at) / refillMs);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * refillMs);
  };
  /** @param {string} key */
  const take = (key) => {
    const t = now();
    const b = buckets.get(key) ?? { tokens: burst, at: t };
    buckets.delete(key); // re-inserted below: the map stays in least-recently-used order
    const tokens = Math.min(burst, b.tokens + (t - b.at) / refillMs);
    const allowed = tokens >= 1;
    buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: t });
    while (buckets.size > maxAddresses) {
      const oldest = buckets.keys().next().value;
      if (oldest === undefined) break;
      buckets.delete(oldest);
    }
    return allowed ? 0 : Math.ceil((1 - tokens) * refillMs);
  };
  return Object.assign(take, { peek });
}
