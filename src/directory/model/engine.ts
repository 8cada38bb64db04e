/**
 * The directory's working parts (reading sources, areas, the listing (filters, order, pages), opening hours, phone links, crisis lines)
 * and the views of the loaded list (`../views.ts`) and of its sources (`../notices.ts`, with their words): one lazy chunk, fetched
 * beside the site config, so pages without a directory never load them, and nothing of it is drawn before it is in. The search index
 * is a chunk of its own (`search.ts`).
 */
export { AreaTree } from './areas.js';
export { crisisLineIds } from './crisis.js';
export { applyFilters, filterLists, paging, withAreas } from './listing.js';
export { loadSources } from './sources.js';
export { names, renderList, renderPlace, renderSearch } from '../views.js';
export { consoleLines, renderNotices, retryable, sourceLines, sourcesProblem } from '../notices.js';
