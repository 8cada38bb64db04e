/**
 * The directory's working parts (reading sources, areas, filtering, opening hours, phone links, crisis lines):
 * one lazy chunk, fetched beside the site config, so pages without a directory never load them.
 * The search index is a chunk of its own (`search.ts`).
 */
// The words about a source that could not be read come with the engine (never in sebaya.js).
import '../messages-sources.js';
export { AreaTree } from './areas.js';
export { crisisLineIds } from './crisis.js';
export { applyFilters } from './filters.js';
export { localTime, openStatus } from './hours.js';
export { phoneLines } from './phone.js';
export { loadSources } from './sources.js';
