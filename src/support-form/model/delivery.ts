/**
 * One attempt to deliver an envelope, and what its answer means (DESIGN.md):
 * 2xx or 409 (the receiver already has this id) = delivered; a network error, a timeout, 5xx,
 * 408 or 429 = try again later; any other 4xx, and 501 (no receiver for POST here) = refused
 * (the draft stays, the error is shown).
 */
export type Attempt =
  | { readonly kind: 'delivered'; readonly status: number }
  | { readonly kind: 'retry'; readonly status?: number; readonly why: 'network' | 'timeout' | 'server' }
  | { readonly kind: 'rejected'; readonly status: number; readonly reason: string };

export const DEFAULT_TIMEOUT_MS = 20_000;

/** `application/json` (the contract), or `text/plain` for receivers that cannot answer a CORS preflight. */
export const BODY_TYPES = ['application/json', 'text/plain'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** The receiver's reason for a refusal: `{ "error": "…" }` or plain text, cut to 200 characters. */
async function reasonOf(res: Response): Promise<string> {
  try {
    const text = (await res.text()).slice(0, 2_000);
    let reason = text;
    try {
      const json = JSON.parse(text) as unknown;
      if (json && typeof json === 'object' && typeof (json as { error?: unknown }).error === 'string')
        reason = (json as { error: string }).error;
    } catch {
      // plain text
    }
    return reason.replace(/\s+/g, ' ').trim().slice(0, 200);
  } catch {
    return '';
  }
}

/** POSTs `body` to `endpoint`: no cookies, no referrer, nothing cached. */
export async function attempt(
  endpoint: string,
  body: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  signal?: AbortSignal,
  type: BodyType = 'application/json',
): Promise<Attempt> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': type === 'text/plain' ? 'text/plain;charset=UTF-8' : 'application/json' },
      body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch {
    return { kind: 'retry', why: timeout.aborted ? 'timeout' : 'network' };
  }
  const status = res.status;
  if ((status >= 200 && status < 300) || status === 409) {
    void res.body?.cancel().catch(() => undefined);
    return { kind: 'delivered', status };
  }
  if ((status >= 500 && status !== 501) || status === 408 || status === 429) {
    void res.body?.cancel().catch(() => undefined);
    return { kind: 'retry', status, why: 'server' };
  }
  return { kind: 'rejected', status, reason: await reasonOf(res) };
}

/** Retry schedule: `base · 2^(attempts−1)` capped at `cap`, with "equal jitter" (half fixed, half random). */
export function backoff(
  attempts: number,
  baseMs: number,
  capMs = 15 * 60_000,
  random: () => number = Math.random,
): number {
  const full = Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(full / 2 + random() * (full / 2));
}
