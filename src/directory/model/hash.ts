/**
 * What the visitor has chosen (search words and filters) and its place in the URL hash so a link
 * can be shared. Pure, and small: it is in the main bundle, the filtering itself is not.
 *
 * The hash holds the filters, never the typed words or a position: on a shared family phone
 * the browser history should not tell what someone searched for.
 */

export interface Filters {
  readonly query: string;
  readonly category: string;
  readonly area: string;
  readonly language: string;
  readonly openNow: boolean;
  readonly free: boolean;
}

export const NO_FILTERS: Filters = { query: '', category: '', area: '', language: '', openNow: false, free: false };

/** Whether anything narrows the list. */
export const isFiltered = (f: Filters): boolean =>
  !!(f.query.trim() || f.category || f.area || f.language || f.openNow || f.free);

const HASH_KEYS = { category: 'category', area: 'area', language: 'lang', openNow: 'open', free: 'free' } as const;

/** `#directory?category=puskesmas&open=1` (empty when nothing is chosen). */
export function toHash(key: string, f: Filters): string {
  const p = new URLSearchParams();
  if (f.category) p.set(HASH_KEYS.category, f.category);
  if (f.area) p.set(HASH_KEYS.area, f.area);
  if (f.language) p.set(HASH_KEYS.language, f.language);
  if (f.openNow) p.set(HASH_KEYS.openNow, '1');
  if (f.free) p.set(HASH_KEYS.free, '1');
  const s = p.toString();
  return s ? `#${key}?${s}` : '';
}

/** The filters in a hash written by `toHash` for `key`; undefined when the hash is someone else's. */
export function fromHash(key: string, hash: string): Omit<Filters, 'query'> | undefined {
  const raw = hash.replace(/^#/, '');
  if (raw !== key && !raw.startsWith(`${key}?`)) return undefined;
  const p = new URLSearchParams(raw.slice(key.length + 1));
  const flag = (k: string) => p.get(k) === '1' || p.get(k) === 'true';
  return {
    category: (p.get(HASH_KEYS.category) ?? '').slice(0, 200),
    area: (p.get(HASH_KEYS.area) ?? '').slice(0, 200),
    language: (p.get(HASH_KEYS.language) ?? '').slice(0, 20),
    openNow: flag(HASH_KEYS.openNow),
    free: flag(HASH_KEYS.free),
  };
}
