import type { Catalog } from './catalog.js';

/**
 * Catalogs that arrive with lazy chunks (e.g. the config-issue words with the validation chunk).
 * Every element's translator reads them after its own and the core's; `version` tells translators
 * to rebuild after a chunk registered more.
 */
export const lazyCatalogs: Record<string, Catalog> = {};
export let catalogVersion = 0;

export function registerCatalogs(catalogs: Readonly<Record<string, Catalog>>): void {
  for (const [locale, catalog] of Object.entries(catalogs)) lazyCatalogs[locale] = { ...lazyCatalogs[locale], ...catalog };
  catalogVersion += 1;
}
