/**
 * "Download this list (CSV)": builds the file and hands it to the browser. A lazy chunk with the
 * CSV writer, loaded when a visitor asks for it, so the list itself stays small.
 */
import { downloadFile } from '../core/download.js';
import { resourcesToCsv } from './model/export.js';
import type { Resource } from './model/resource.js';

/** Saves `places` as `fileName` (UTF-8 with a byte-order mark, so Excel keeps accents). */
export function downloadCsv(root: Node, places: readonly Resource[], locale: string, fileName: string): void {
  downloadFile(root, fileName, 'text/csv;charset=utf-8', `\uFEFF${resourcesToCsv(places, locale)}`);
}
