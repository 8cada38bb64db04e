import { fetchTextCached, LoadError, parseJson, type FetchTextOptions } from '../net/fetch-text.js';

/**
 * Fetches JSON once per absolute URL per page, however many elements ask. Each caller may stop
 * waiting (its own signal) without cancelling the shared request; a failed request is forgotten
 * so that Retry fetches again.
 */
const inflight = new Map<string, Promise<unknown>>();

/** When a config came from the saved copy because the network failed: URL → fetched-at time. */
export const servedFromCache = new Map<string, number>();

export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

export function loadJsonOnce(url: string, { signal, ...options }: FetchTextOptions = {}): Promise<unknown> {
  const key = absoluteUrl(url);
  let shared = inflight.get(key);
  if (!shared) {
    shared = fetchTextCached(key, options).then(({ text, type, asOf }) => {
      if (asOf === undefined) servedFromCache.delete(key);
      else servedFromCache.set(key, asOf);
      return parseJson(text, url, type);
    });
    inflight.set(key, shared);
    shared.catch(() => {
      if (inflight.get(key) === shared) inflight.delete(key);
    });
  }
  return signal ? untilAborted(shared, signal, url) : shared;
}

/** Forgets a URL so the next request fetches it again (Retry). */
export function forget(url: string): void {
  inflight.delete(absoluteUrl(url));
}

export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, url: string): Promise<T> {
  if (signal.aborted) return Promise.reject(new LoadError('aborted', url));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new LoadError('aborted', url));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/** The source of an inline config in a LoadError (a fetched one has its absolute URL): worded when shown. */
export const INLINE = 'inline';

/**
 * Reads an inline `<script type="application/json">` config. Tolerates what CMS sanitisers do to
 * it: a `<![CDATA[ … ]]>` wrapper, an HTML comment wrapper, or HTML-escaped quotes.
 */
export function parseInlineJson(raw: string): unknown {
  let text = raw
    .trim()
    .replace(/^<!\[CDATA\[/, '')
    .replace(/\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
  if (/^\{\s*&quot;/.test(text) || text.includes('&quot;')) {
    text = text.replace(
      /&(quot|amp|lt|gt|apos|#39|#x27);/g,
      (_m, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", '#39': "'", '#x27': "'" })[e] ?? '',
    );
  }
  return parseJson(text, INLINE);
}
