/**
 * The directory's working parts (reading sources, areas, the listing (filters, order, pages), opening hours, phone links, crisis lines)
 * and the views of the loaded list (`../views.ts`): one lazy chunk, fetched beside the site config, so pages without a
 * directory never load them, and nothing of it is drawn before it is in. The search index is a chunk of its own (`search.ts`).
 */
// The words about a source that could not be read come with the engine (never in sebaya.js).
import '../messages-sources.js';
export { AreaTree } from './areas.js';
export { crisisLineIds } from './crisis.js';
export { applyFilters, filterLists, paging, withAreas } from './listing.js';
export { loadSources } from './sources.js';
export { names, renderNoResults, renderNotices, renderPlace, renderSearch, sourceLines, time, weekday } from '../views.js';
