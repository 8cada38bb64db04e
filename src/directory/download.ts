/**
 * "Download this list (CSV)": builds the file and hands it to the browser. A lazy chunk with the
 * CSV writer, loaded when a visitor asks for it, so the list itself stays small.
 */
import { resourcesToCsv } from './model/export.js';
import type { Resource } from './model/resource.js';

/** Saves `places` as `fileName` (UTF-8 with a byte-order mark, so Excel keeps accents). */
export function downloadCsv(root: Node, places: readonly Resource[], locale: string, fileName: string): void {
  const blob = new Blob(['\uFEFF', resourcesToCsv(places, locale)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
