import type { Catalog, CatalogSource } from './catalog.js';

/**
 * Catalogs that arrive with lazy chunks (e.g. the config-issue words with the validation chunk).
 * Every element's translator reads them after its own and the core's; `version` tells translators
 * to rebuild after a chunk registered more.
 */
export const lazyCatalogs: Record<string, Catalog> = {};
export let catalogVersion = 0;

export function registerCatalogs(catalogs: Readonly<Record<string, Catalog>>): void {
  for (const [locale, catalog] of Object.entries(catalogs))
    lazyCatalogs[locale] = { ...lazyCatalogs[locale], ...catalog };
  catalogVersion += 1;
}

const loaded = new Map<CatalogSource, Catalog>();
const loading = new Map<CatalogSource, Promise<void>>();
/** Loaders whose chunk failed; tried again after `retryCatalogs()` (the Retry button), not on every render. */
const failed = new Set<CatalogSource>();

/** The catalog of a source, or undefined while its chunk has not arrived. */
export function catalogFrom<K extends string>(source: CatalogSource<K>): Catalog<K> | undefined {
  return typeof source === 'function' ? loaded.get(source) : source;
}

/**
 * Loads a lazy catalog once per page however many elements ask; resolves when it is there (or its
 * chunk failed: the translator then falls back to Indonesian). Undefined when nothing is to load.
 */
export function loadCatalog(source: CatalogSource): Promise<void> | undefined {
  if (typeof source !== 'function' || loaded.has(source) || failed.has(source)) return undefined;
  let pending = loading.get(source);
  if (!pending) {
    pending = source().then(
      (catalog) => {
        loaded.set(source, catalog);
        catalogVersion += 1;
      },
      (err: unknown) => {
        failed.add(source);
        console.warn('[sebaya] a language file could not be loaded; showing Bahasa Indonesia.', err);
      },
    );
    void pending.finally(() => loading.delete(source));
    loading.set(source, pending);
  }
  return pending;
}

/** Lets failed catalog chunks be tried again. */
export function retryCatalogs(): void {
  failed.clear();
}
