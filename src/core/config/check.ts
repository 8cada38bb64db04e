/**
 * The validation chunk: valibot, the shared field schemas, issue paths and their words.
 * `SebayaElement` imports it lazily, beside the config fetch, so a page pays for validation only
 * when it has a config to check.
 */
export { validateConfig } from './validate.js';
export { describeIssue, formatPath, valueAt } from './issues.js';
