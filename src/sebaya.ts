/**
 * The script-tag entry: registers every element. Parts only some configs need (ICS parsing,
 * CSV, sealing) are lazy chunks loaded relative to this module's own URL.
 */
import './crisis-help/define.js';

export * from './index.js';
