import { locateJsonError } from '../config/json-error.js';
import { recall, remember } from './cache.js';
import { LoadError } from './load-error.js';

/**
 * Fetching for configs and feeds: a timeout, an abort signal, a size limit, no cookies, and
 * every failure a classified LoadError.
 */
export { LoadError, type LoadErrorCode } from './load-error.js';

export interface FetchTextOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Fetches `url` as text, reading at most `maxBytes`. */
export async function fetchText(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES }: FetchTextOptions = {},
): Promise<{ text: string; type: string }> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, {
      signal: combined,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json, text/calendar, text/csv, */*;q=0.5' },
    });
  } catch (err) {
    throw classifyAbort(err, url, signal, timeout);
  }
  if (!res.ok) {
    void res.body?.cancel().catch(() => undefined);
    throw new LoadError('http', url, { status: res.status });
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    throw new LoadError('too-large', url, { size: declared, limit: maxBytes });
  }
  try {
    const text = await readLimited(res, maxBytes, url);
    return { text: text.replace(/^\uFEFF/, ''), type: res.headers.get('content-type') ?? '' };
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw classifyAbort(err, url, signal, timeout);
  }
}

function classifyAbort(err: unknown, url: string, signal: AbortSignal | undefined, timeout: AbortSignal): LoadError {
  if (signal?.aborted) return new LoadError('aborted', url);
  if (timeout.aborted || (err instanceof DOMException && err.name === 'TimeoutError'))
    return new LoadError('timeout', url);
  return new LoadError('network', url);
}

async function readLimited(res: Response, maxBytes: number, url: string): Promise<string> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let out = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new LoadError('too-large', url, { size, limit: maxBytes });
    }
    out += decoder.decode(value, { stream: true });
  }
  return out + decoder.decode();
}

/** Whether a failure is the network's (worth falling back to a saved copy), not the file's. */
export function isNetworkFailure(err: unknown): boolean {
  return (
    err instanceof LoadError &&
    (err.code === 'network' || err.code === 'timeout' || (err.code === 'http' && Number(err.params.status) >= 500))
  );
}

/**
 * `fetchText`, remembering each good answer; when the network fails, the last good copy is
 * returned with `asOf` (when it was fetched). Other failures (404, too large) are not hidden.
 */
export async function fetchTextCached(
  url: string,
  options: FetchTextOptions = {},
): Promise<{ text: string; type: string; asOf?: number }> {
  try {
    const fresh = await fetchText(url, options);
    // Written in a task of its own: the copy (a structured clone of the text) stays out of the way
    // of reading and showing the answer, which follows in this task's microtasks.
    setTimeout(remember, 0, { url, text: fresh.text, type: fresh.type, at: Date.now() });
    return fresh;
  } catch (err) {
    if (!isNetworkFailure(err)) throw err;
    const saved = await recall(url);
    if (!saved) throw err;
    return { text: saved.text, type: saved.type, asOf: saved.at };
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses JSON, turning a syntax error into a LoadError that names the line, the column and the
 * unexpected character (found by our own scanner: engines word and place this differently).
 */
export function parseJson(text: string, url: string, contentType = ''): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const trimmed = text.trimStart();
    if (/html/i.test(contentType) || /^<(!doctype|html|head|body)/i.test(trimmed)) throw new LoadError('not-json', url);
    const at = locateJsonError(text) ?? { offset: text.length, found: '' };
    throw new LoadError('syntax', url, {
      ...lineColumn(text, at.offset),
      found: at.found ? JSON.stringify(at.found) : '',
      ...(at.kind && { kind: at.kind }),
    });
  }
}
