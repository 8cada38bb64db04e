/**
 * Reading a config: the fetch (once per URL per page, with the saved copy when the network
 * fails), inline JSON, and the words for what can go wrong. The base element requests this chunk
 * beside validation whenever it has a config to read. `sebaya.js` carries it in its main file
 * (the calendar's and directory's feeds use the same fetching code), so only a page that loads the
 * crisis panel alone fetches it separately — and a panel on its built-in lines never does.
 */
import type { Problem } from '../element.js';
import { formatBytes } from '../i18n/format.js';
import { loadEn, loadId, type LoadKey } from '../i18n/load-messages.js';
import { registerCatalogs } from '../i18n/registry.js';
import type { LoadError } from '../net/load-error.js';
import { absoluteUrl, servedFromCache } from './load.js';

registerCatalogs({ id: loadId, en: loadEn });

export { forget, loadJsonOnce, parseInlineJson } from './load.js';

/** When the config at `src` came from the saved copy because the network failed: when it was fetched. */
export function savedAt(src: string): number | undefined {
  return servedFromCache.get(absoluteUrl(src));
}

const KEYS = { network: 'core.load.network', timeout: 'core.load.timeout', http: 'core.load.http', 'not-json': 'core.load.notJson', syntax: 'core.load.syntax', 'too-large': 'core.load.tooLarge', aborted: 'core.load.network' } as const;

/** A load failure in the visitor's language. */
export function loadProblem(err: LoadError, t: (key: LoadKey, params: Record<string, string | number>) => string, locale: string): Problem {
  const p = { url: err.url, ...err.params } as Record<string, string | number>;
  if (err.code === 'syntax') p.found = err.params.found || t('core.load.end', {});
  if (err.code === 'too-large') {
    p.size = formatBytes(Number(err.params.size), locale);
    p.limit = formatBytes(Number(err.params.limit), locale);
  }
  const message = t(KEYS[err.code], p);
  return { code: `load-${err.code}`, message, details: [message], retryable: err.retryable };
}
