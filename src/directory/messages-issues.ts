import type { Catalog } from '../core/i18n/catalog.js';

/**
 * Config-issue strings of <sebaya-directory>: part of its catalogs, and on their own for the config
 * builder, which words the same problems without the element's whole catalog.
 */
export const directoryIssuesEn = {
  'directory.issue.source': 'needs either "resources" (a list of places) or "url", not both',
  'directory.issue.day': 'is not a day (mo, tu, we, th, fr, sa, su; 1sa = first Saturday of the month)',
  'directory.issue.time': 'is not a time such as "08:00"',
} as const satisfies Catalog;

export type DirectoryIssueKey = keyof typeof directoryIssuesEn;

export const directoryIssuesId: Catalog<DirectoryIssueKey> = {
  'directory.issue.source': 'perlu "resources" (daftar tempat) atau "url", tidak keduanya',
  'directory.issue.day': 'bukan nama hari (mo, tu, we, th, fr, sa, su; 1sa = Sabtu pertama setiap bulan)',
  'directory.issue.time': 'bukan jam seperti "08:00"',
};
