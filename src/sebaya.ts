/**
 * The script-tag entry: registers every element. Parts only some configs need (ICS parsing,
 * CSV, sealing) are lazy chunks loaded relative to this module's own URL.
 */
import './calendar/define.js';
import './crisis-help/define.js';
import './directory/define.js';
import './quiz/define.js';
import './support-form/define.js';
// Config reading: a lazy chunk of the base element, here in the main file (no extra round trip).
import './core/config/source.js';
import { sizeFramesToContent } from './core/frame-host.js';
import { watchPlaceholders } from './core/placeholders-watch.js';

// <div data-sebaya="…"> placeholders (for CMSs that strip custom elements) become elements; the
// code that does it loads only on a page that has one.
watchPlaceholders();
// <iframe data-sebaya-frame src="…/frame/quiz.html?config=…"> grows to its content.
sizeFramesToContent();

export * from './index.js';
